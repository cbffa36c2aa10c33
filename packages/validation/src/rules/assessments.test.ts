import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCleanCopy } from "../__fixtures__/cleanCopy.js";
import { assessment, claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { findingSchema } from "../finding.js";
import { RULE_CODES } from "../ruleCodes.js";
import { validate } from "../validate.js";
import { assessments } from "./assessments.js";

type Cells = Record<string, string>;

/** "about 200" and "about 600": two readings, [180, 220] and [540, 660] at tolerance 0.1. */
const TWO_READINGS = [claim("c1", "about", "200", "200"), claim("c2", "about", "600", "600")];

const run = (rows: { claims?: Cells[]; assessments: Cells[]; events?: Cells[] }, tolerance = 0.1) =>
  assessments.check({ dataset: makeDataset(rows), datasetLabel: "t", tolerance });

/** What a test asserts of a finding: where it is, how bad, and about what. */
const placed = ({ severity, file, row, line, column }: Record<string, unknown>) => ({
  severity,
  file,
  row,
  line,
  column,
});

describe("assessments rule", () => {
  it("finds nothing in a dataset without assessments", () => {
    expect(run({ claims: TWO_READINGS, assessments: [] })).toEqual([]);
  });

  it("finds nothing wrong with a best figure inside a range that meets the readings", () => {
    expect(run({ claims: TWO_READINGS, assessments: [assessment("c1 c2", "200", "300", "600")] })).toEqual(
      [],
    );
  });

  it("reports a best figure outside low–high at the row's best column", () => {
    const [finding, ...rest] = run({
      claims: TWO_READINGS,
      assessments: [assessment("c1", "180", "700", "660")],
    });
    expect(rest).toEqual([]);
    expect(placed(finding!)).toEqual({
      severity: "error",
      file: "data/assessments.csv",
      row: 1,
      line: 2,
      column: "best",
    });
    expect(finding).toMatchObject({
      rule: "assessments",
      event_id: "e1",
      metric: "persons",
      claim_ids: ["c1"],
      message: "e1 / persons: best 700 lies outside low–high [180, 660]",
      details: { low: 180, best: 700, high: 660 },
    });
  });

  it("reports an assessment that cites no claim of its group, naming where its claims belong", () => {
    const findings = run({
      events: [event("e1"), event("e2")],
      claims: [...TWO_READINGS, claim("c9", "about", "50", "50", { event_id: "e2" })],
      assessments: [assessment("c9 c404", "180", "200", "220")],
    });
    expect(findings.map(placed)).toEqual([
      { severity: "error", file: "data/assessments.csv", row: 1, line: 2, column: "claim_ids" },
    ]);
    expect(findings[0]!.message).toBe(
      "e1 / persons: the assessment cites no claim of its event and metric: c9 is about e2 / persons; c404 is not in claims.csv",
    );
    expect(findings[0]!.details).toEqual({
      code: "assessments/cites-other-group",
      elsewhere: [{ claim_id: "c9", event_id: "e2", metric: "persons" }],
      unknown: ["c404"],
    });
  });

  it("accepts an assessment that also cites a claim of another group (a share, say)", () => {
    const share = claim("s1", "about", "80", "80", { metric: "share_women", base_claim_id: "c2" });
    expect(
      run({ claims: [...TWO_READINGS, share], assessments: [assessment("c2 s1", "540", "600", "660")] }),
    ).toEqual([]);
  });

  it("reports an assessment of an event and metric that has no claims at all, and no envelope", () => {
    const findings = run({
      claims: TWO_READINGS,
      assessments: [assessment("c1", "1", "2", "3", { metric: "duration" })],
    });
    expect(findings.map((f) => [f.severity, f.column])).toEqual([["error", "claim_ids"]]);
    expect(findings[0]!.message).toBe(
      "e1 / duration: the assessment cites no claim of its event and metric: c1 is about e1 / persons",
    );
  });

  it("warns when low–high lies above or below the envelope, at the end that misses", () => {
    const above = run({ claims: TWO_READINGS, assessments: [assessment("c2", "700", "800", "900")] });
    expect(above.map(placed)).toEqual([
      { severity: "warning", file: "data/assessments.csv", row: 1, line: 2, column: "low" },
    ]);
    expect(above[0]!.message).toBe(
      "e1 / persons: low–high [700, 900] lies above the envelope of the claims' readings, [180, 660] (180 to 660): if any reading is right, the figure lies in the envelope",
    );
    expect(above[0]!.details).toMatchObject({
      envelope: { low: 180, high: 660 },
      readings: 2,
      tolerance: 0.1,
    });
    const below = run({ claims: TWO_READINGS, assessments: [assessment("c1", "100", "120", "150")] });
    expect(below.map((f) => [f.severity, f.column])).toEqual([["warning", "high"]]);
  });

  it("counts a range that touches a closed end of the envelope as meeting it", () => {
    expect(run({ claims: TWO_READINGS, assessments: [assessment("c2", "660", "700", "800")] })).toEqual([]);
    expect(run({ claims: TWO_READINGS, assessments: [assessment("c1", "100", "150", "180")] })).toEqual([]);
  });

  it("leaves out the open end of a reading: more than 100 does not meet a range that ends at 100", () => {
    const more = [claim("m", "more_than", "100", "")];
    const touching = run({ claims: more, assessments: [assessment("m", "50", "80", "100")] });
    expect(touching.map((f) => [f.severity, f.column])).toEqual([["warning", "high"]]);
    expect(touching[0]!.message).toContain("(100, ∞) (100 upward)");
    expect(run({ claims: more, assessments: [assessment("m", "50", "80", "101")] })).toEqual([]);
  });

  it("reads the envelope at the tolerance it is given", () => {
    // "about 600" is [540, 660] at 0.1 and [480, 720] at 0.2.
    const rows = { claims: TWO_READINGS, assessments: [assessment("c2", "700", "700", "710")] };
    expect(run(rows, 0.1).map((f) => f.column)).toEqual(["low"]);
    expect(run(rows, 0.2)).toEqual([]);
  });

  it("reports an event and metric assessed twice at the later row", () => {
    const findings = run({
      claims: TWO_READINGS,
      assessments: [assessment("c1 c2", "200", "300", "600"), assessment("c2", "540", "600", "660")],
    });
    expect(findings.map(placed)).toEqual([
      { severity: "error", file: "data/assessments.csv", row: 2, line: 3, column: "event_id" },
    ]);
    expect(findings[0]!.message).toBe(
      "e1 / persons is assessed twice; it is first assessed on row 1 (line 2): one assessment per event and metric",
    );
  });

  it("leaves an assessment whose every claim id is unknown to the loader's ref/claim error", () => {
    expect(
      run({ claims: TWO_READINGS, assessments: [assessment("c404 c405", "180", "200", "220")] }),
    ).toEqual([]);
  });

  it("checks every row, several findings to one row in column order", () => {
    const findings = run({
      events: [event("e1"), event("e2")],
      claims: [...TWO_READINGS, claim("c9", "about", "50", "50", { event_id: "e2" })],
      assessments: [assessment("c9", "700", "950", "900")],
    });
    expect(findings.map((f) => [f.severity, f.column])).toEqual([
      ["error", "best"],
      ["error", "claim_ids"],
      ["warning", "low"],
    ]);
    for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
  });
});

describe("assessments on hostile input, end to end", () => {
  it("reports garbage cells, an empty claim_ids and unknown ids as located errors, and judges the sound row", async () => {
    const { dataset } = await loadCleanCopy({
      "assessments.csv": [
        "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision",
        'rep,persons,½,"1e999",NaN,"c1,c2",,"\u0000",2024-02-30,fortnight',
        "rep,persons,200,250,300,,Empty claim ids,A. Maintainer,2024-02-01,day",
        "nowhere,no_metric,1,2,3,c404 c405,Unknown everything,A. Maintainer,2024-02-01,day",
        "rep,persons,700,950,900,c3,Best above high; cites a share,A. Maintainer,2024,year",
      ].join("\n"),
    });
    const { findings } = validate(dataset, { tolerance: 0.1 });
    for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
    const inAssessments = findings.filter((f) => f.file?.endsWith("assessments.csv"));
    expect(inAssessments.map((f) => [f.rule, f.severity, f.row, f.column])).toEqual([
      ["integrity", "error", 1, "low"],
      ["integrity", "error", 1, "best"],
      ["integrity", "error", 1, "high"],
      ["integrity", "error", 1, "claim_ids"],
      ["integrity", "error", 1, "rationale"],
      ["integrity", "error", 1, "assessed_on_precision"],
      // Its NUL is told though other cells of the row failed.
      ["integrity", "error", 1, "assessed_by"],
      ["integrity", "error", 2, "claim_ids"],
      ["integrity", "error", 3, "event_id"],
      ["integrity", "error", 3, "metric"],
      ["integrity", "error", 3, "claim_ids"],
      // Rows 2 and 4 assess rep / persons again, row 1 first (its cells bad, its group plain).
      ["assessments", "error", 2, "event_id"],
      // The one row that loads: its best lies above high, its one claim is of another metric, and
      // its range lies above the readings of rep / persons.
      ["assessments", "error", 4, "event_id"],
      ["assessments", "error", 4, "best"],
      ["assessments", "error", 4, "claim_ids"],
      ["assessments", "warning", 4, "low"],
    ]);
    // Row 3 is well formed, so it loads; its references are the loader's to report.
    expect(dataset.tables.assessments.map((a) => a.event_id)).toEqual(["nowhere", "rep"]);
  });
});

describe("assessments repeated where a row did not load", () => {
  const HEADER =
    "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision";
  const BAD = "rep,persons,200,abc,300,c1,Best is no number,A. Maintainer,2024-02-01,day";
  const GOOD = "rep,persons,200,250,300,c1 c2,Sound,A. Maintainer,2024-02-01,day";
  const repeats = async (rows: string[]) => {
    const { dataset } = await loadCleanCopy({ "assessments.csv": [HEADER, ...rows].join("\n") });
    return validate(dataset, { tolerance: 0.1 })
      .findings.filter((f) => f.rule === "assessments" && f.details?.code === RULE_CODES.assessmentsDuplicate)
      .map((f) => [f.row, f.line, f.column, f.message]);
  };
  const TWICE =
    "rep / persons is assessed twice; it is first assessed on row 1 (line 2): one assessment per event and metric";

  // An outside audit: a group written twice was said only once its bad cell was mended, a second run.
  it("reports a loaded row that repeats a row left out for a bad cell", async () => {
    expect(await repeats([BAD, GOOD])).toEqual([[2, 3, "event_id", TWICE]]);
  });

  it("reports a row left out for a bad cell that repeats a loaded row", async () => {
    expect(await repeats([GOOD, BAD])).toEqual([[2, 3, "event_id", TWICE]]);
  });

  it("reports nothing of rows left out that assess other groups", async () => {
    expect(await repeats([GOOD, BAD.replace("rep,persons", "rep,women_share")])).toEqual([]);
  });

  it("compares a key with a space or zero-width character around it as the key it means", async () => {
    const spaced = [GOOD.replace("rep,", "rep ,"), GOOD.replace(",persons,", ", persons\u200b,")];
    expect(await repeats([GOOD, ...spaced])).toEqual([
      [2, 3, "event_id", TWICE],
      [3, 4, "event_id", TWICE],
    ]);
    // Trimmed, a cell wrong for more than its space still names no group assessed before.
    expect(await repeats([GOOD, GOOD.replace("rep,", "r p ,")])).toEqual([]);
  });
});

describe("assessments citing a claim whose row did not load", () => {
  const HEADER =
    "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision";
  const CLAIMS = readFileSync(new URL("../../fixtures/integrity/clean/claims.csv", import.meta.url), "utf8");
  /** The clean claims with c2's `vague` written "TRUE", so that its row does not load. */
  const C2_NOT_LOADED = CLAIMS.replace(/(\nc2,rep,.*),false,\n/, "$1,TRUE,\n");
  const cites = async (claimsCsv: string, row: string) => {
    const { dataset } = await loadCleanCopy({
      "claims.csv": claimsCsv,
      "assessments.csv": [HEADER, row].join("\n"),
    });
    expect(dataset.tables.claims.map((c) => c.claim_id)).toEqual(["c1", "c3"]);
    return validate(dataset, { tolerance: 0.1 }).findings.filter((f) => f.rule === "assessments");
  };

  it("places it in its group by its own cells: an assessment of that group cites a claim of it", async () => {
    const row = "rep,persons,200,250,300,c2 c3,Rests on c2,A. Maintainer,2024-02-01,day";
    expect(await cites(C2_NOT_LOADED, row)).toEqual([]);
  });

  it("names it as a claim of its own group, not as no claim at all, when it is of another group", async () => {
    const row = "rep,women_share,70,80,90,c2,Rests on a count,A. Maintainer,2024-02-01,day";
    const [f, ...rest] = await cites(C2_NOT_LOADED, row);
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "rep / women_share: the assessment cites no claim of its event and metric: c2 is about rep / persons",
    );
  });

  it("says it did not load when the cells that would place it failed too", async () => {
    const noMetric = C2_NOT_LOADED.replace("\nc2,rep,dnk,persons,", "\nc2,rep,dnk,,");
    const row = "rep,women_share,70,80,90,c1 c2,Rests on counts,A. Maintainer,2024-02-01,day";
    const [f] = await cites(noMetric, row);
    expect(f!.message).toBe(
      "rep / women_share: the assessment cites no claim of its event and metric: c1 is about rep / persons; c2 did not load from claims.csv, so its event and metric are not known",
    );
    expect(f!.details).toMatchObject({ not_loaded: ["c2"], unknown: [] });
    // A row with a cell too many keeps its id alone.
    const cellTooMany = C2_NOT_LOADED.replace(",TRUE,\n", ",false,,\n");
    const [g] = await cites(cellTooMany, row);
    expect(g!.message).toBe(f!.message);
  });
});
