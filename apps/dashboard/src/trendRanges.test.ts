import { chartNumberFormat } from "@tally/ui";
import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import {
  assessedText,
  assessmentsByGroup,
  drawsMostCorroborated,
  mostCorroboratedCell,
  reconciledCells,
  reconciledColumns,
  reconciledLabel,
  reconciledOf,
  reconciledText,
  trendAssessments,
  trendRanges,
} from "./trendRanges.js";

const row = (over: Record<string, unknown>) => ({
  event_id: "repatriation-2023-10-09",
  metric: "repatriated_persons",
  verdict: "conflict",
  reading_count: 2,
  envelope_low: 200,
  envelope_high: 660,
  reading: 0,
  low: 200,
  high: 220,
  low_open: false,
  high_open: false,
  origins: 2,
  claim_count: 3,
  ...over,
});

// TREND_RANGES_SQL's rows: the shipped conflict (one most corroborated reading), a tie with an
// unbounded envelope, and a consistent group (its one reading is not listed as most corroborated).
const ROWS = [
  row({}),
  row({ event_id: "tie", envelope_high: null, reading: 0, low: 40, high: 50 }),
  row({ event_id: "tie", envelope_high: null, reading: 1, low: 120, high: 150 }),
  row({
    event_id: "ok",
    verdict: "consistent",
    reading_count: 1,
    envelope_low: 54,
    envelope_high: 66,
    low: 54,
    high: 66,
  }),
];

describe("reconciled ranges for the trend chart", () => {
  const reconciled = reconciledOf(ROWS);

  it("gathers one range per group with its most corroborated reading(s)", () => {
    expect(reconciled.size).toBe(3);
    expect(reconciled.get("tie\u0000repatriated_persons")?.most.map((m) => [m.low, m.high])).toEqual([
      [40, 50],
      [120, 150],
    ]);
    expect(reconciled.get("ok\u0000repatriated_persons")?.most).toEqual([]);
  });

  it("names the range as the envelope of the readings, and a tie as a tie", () => {
    expect(reconciledLabel(reconciled.get("repatriation-2023-10-09\u0000repatriated_persons")!)).toBe(
      "reconciled range (envelope of the 2 readings): 200–660; most corroborated reading 200–220, 3 claims, 2 independent origins",
    );
    expect(reconciledLabel(reconciled.get("tie\u0000repatriated_persons")!)).toMatch(
      /^reconciled range \(envelope of the 2 readings\): at least 200; most corroborated readings, tied: 40–50, .*; 120–150, /,
    );
    expect(reconciledLabel(reconciled.get("ok\u0000repatriated_persons")!)).toBe(
      "reconciled range (one reading, the claims' common range): 54–66",
    );
  });

  it("says a darker most corroborated part is drawn only for claims of a group of two readings or more", () => {
    const of = (event_id: string) => claim({ event_id, metric: "repatriated_persons" });
    expect(drawsMostCorroborated(reconciled, [of("ok")])).toBe(false);
    expect(drawsMostCorroborated(reconciled, [of("ok"), of("elsewhere")])).toBe(false);
    expect(drawsMostCorroborated(reconciled, [of("ok"), of("tie")])).toBe(true);
    expect(drawsMostCorroborated(reconciled, [of("repatriation-2023-10-09")])).toBe(true);
    expect(drawsMostCorroborated(reconciled, [claim({ event_id: "tie", metric: "other" })])).toBe(false);
  });

  it("sets each range behind its group's claims on the chart, in their series", () => {
    const claims = [
      claim({ claim_id: "c001" }),
      claim({ claim_id: "c004" }),
      claim({ claim_id: "other", event_id: "nowhere" }),
      claim({ claim_id: "c009", metric: "detention_group_size" }),
    ];
    const ranges = trendRanges(reconciled, claims, (c) => `${c.category} · ${c.metric}`);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({
      // An SVG attribute: printable, or the exported image cannot be read.
      id: "repatriation-2023-10-09/repatriated_persons",
      series: "forced_repatriation · repatriated_persons",
      pointIds: ["c001", "c004"],
      low: 200,
      high: 660,
      most: [{ low: 200, high: 220 }],
    });
  });

  it("marks an assessment beside the claims it assesses, and puts both in each claim's CSV row", () => {
    const assessments = [
      {
        event_id: "repatriation-2023-10-09",
        metric: "repatriated_persons",
        low: 200,
        best: 400,
        high: 700,
        claim_ids: "c001 c004",
        rationale: "Why.",
        assessed_by: "An editor",
        assessed_on: "2024-02-01",
      },
    ];
    const c = claim({ claim_id: "c001" });
    const [mark] = trendAssessments(assessments, [c], (x) => x.metric);
    expect(mark).toMatchObject({
      id: "repatriation-2023-10-09/repatriated_persons",
      best: 400,
      low: 200,
      high: 700,
      pointIds: ["c001"],
    });
    expect(mark!.label).toBe("editorial assessment (An editor, 2024-02-01): best 400, range 200–700. Why.");
    expect(reconciledColumns(c, reconciled, assessmentsByGroup(assessments))).toEqual({
      reconciled_low: 200,
      reconciled_high: 660,
      most_corroborated: "200–220",
      assessed_low: 200,
      assessed_best: 400,
      assessed_high: 700,
    });
    expect(trendAssessments(assessments, [claim({ event_id: "elsewhere" })], (x) => x.metric)).toEqual([]);
  });

  it("keeps an unbounded envelope as null, and gives nothing for no rows, claims or assessments", () => {
    const open = reconciledOf([row({ envelope_low: null, envelope_high: null })]);
    expect(open.get("repatriation-2023-10-09\u0000repatriated_persons")).toMatchObject({
      low: null,
      high: null,
    });
    expect(reconciledOf([])).toEqual(new Map());
    expect(trendRanges(new Map(), [claim({})], (c) => c.metric)).toEqual([]);
    expect(trendRanges(reconciled, [], (c) => c.metric)).toEqual([]);
    expect(trendAssessments([], [claim({})], (c) => c.metric)).toEqual([]);
  });

  it("groups interleaved claims by event and metric, in the order each group first appears", () => {
    const claims = [
      claim({ claim_id: "t1", event_id: "tie", outlet: "A" }),
      claim({ claim_id: "c001", outlet: "B" }),
      claim({ claim_id: "t2", event_id: "tie", outlet: "C" }),
      claim({ claim_id: "c004", outlet: "D" }),
    ];
    // The series is the group's first claim's, so it does not depend on later claims.
    const ranges = trendRanges(reconciled, claims, (c) => c.outlet);
    expect(ranges.map((r) => [r.id, r.series, r.pointIds])).toEqual([
      ["tie/repatriated_persons", "A", ["t1", "t2"]],
      ["repatriation-2023-10-09/repatriated_persons", "B", ["c001", "c004"]],
    ]);
  });

  it("marks several assessments in their own order, each with only its group's claims", () => {
    const assessment = (event_id: string, best: number) => ({
      event_id,
      metric: "repatriated_persons",
      low: best - 10,
      best,
      high: best + 10,
      claim_ids: null,
      rationale: null,
      assessed_by: null,
      assessed_on: null,
    });
    const claims = [
      claim({ claim_id: "c001" }),
      claim({ claim_id: "t1", event_id: "tie" }),
      claim({ claim_id: "c004" }),
    ];
    const marks = trendAssessments(
      [assessment("tie", 45), assessment("nowhere", 1), assessment("repatriation-2023-10-09", 400)],
      claims,
      (c) => c.claim_id,
    );
    expect(marks.map((m) => [m.id, m.series, m.pointIds, m.best, m.label])).toEqual([
      ["tie/repatriated_persons", "t1", ["t1"], 45, "editorial assessment: best 45, range 35–55"],
      [
        "repatriation-2023-10-09/repatriated_persons",
        "c001",
        ["c001", "c004"],
        400,
        "editorial assessment: best 400, range 390–410",
      ],
    ]);
  });
});

describe("reconciledText", () => {
  it("writes a range whose ends meet as its one figure, not '7–7'", () => {
    expect(reconciledText(7, 7)).toBe("7");
    expect(reconciledText(60, 60)).toBe("60");
    expect(reconciledText(200, 660)).toBe("200–660");
    expect(reconciledText(100, null)).toBe("100–∞");
    expect(reconciledText(null, 10)).toBe("−∞–10");
    expect(reconciledText(null, null)).toBe("");
  });
});

describe("the data table's reconciled cells", () => {
  const most = (low: number, high: number) => ({
    low,
    high,
    low_open: false,
    high_open: false,
    origins: 1,
    claims: 1,
  });

  it("prints each number as the chart does: thousands grouped, a symbol unit on each", () => {
    expect(reconciledText(1500, 20000, chartNumberFormat("persons"))).toBe("1,500–20,000");
    expect(reconciledText(72, 88, chartNumberFormat("%"))).toBe("72%–88%");
    expect(reconciledText(1500, null, chartNumberFormat("persons"))).toBe("1,500–∞");
  });

  it("names a tie of most corroborated readings as one, not as 'a;b'", () => {
    expect(mostCorroboratedCell([])).toBe("");
    expect(mostCorroboratedCell([most(200, 220)])).toBe("200–220");
    expect(mostCorroboratedCell([most(81, 99), most(150, 150)])).toBe("tied: 81–99 and 150");
    expect(mostCorroboratedCell([most(45, 45), most(70, 70), most(1250, 1250)], chartNumberFormat(""))).toBe(
      "tied: 45, 70 and 1,250",
    );
  });

  it("gives an assessment's best with its range, as its mark on the chart has whiskers", () => {
    expect(assessedText(undefined)).toBe("");
    const a = {
      event_id: "e",
      metric: "m",
      low: 200,
      best: 1400,
      high: 2000,
      claim_ids: null,
      rationale: null,
      assessed_by: null,
      assessed_on: null,
    };
    expect(assessedText(a, chartNumberFormat("persons"))).toBe("1,400 (200–2,000)");
    expect(assessedText({ ...a, low: 400, best: 400, high: 400 })).toBe("400");
    expect(assessedText({ ...a, low: 400, best: 400, high: 500 })).toBe("400 (400–500)");
  });

  it("reads a claim's group: the tie of ROWS, and nothing for a claim of no group", () => {
    const reconciled = reconciledOf(ROWS);
    const format = chartNumberFormat("persons");
    expect(reconciledCells(claim({ event_id: "tie" }), reconciled, new Map(), format)).toEqual({
      range: "200–∞",
      most: "tied: 40–50 and 120–150",
      assessed: "",
    });
    expect(reconciledCells(claim({ event_id: "nowhere" }), reconciled, new Map(), format)).toEqual({
      range: "",
      most: "",
      assessed: "",
    });
  });
});
