import { RowLocations } from "@tally/dataset/node";
import { describe, expect, it } from "vitest";
import { assessment, claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { RULE_CODES } from "../ruleCodes.js";
import { assessments } from "./assessments.js";

type Cells = Record<string, string>;

/** "about 200" and "about 600": two readings, [180, 220] and [540, 660] at tolerance 0.1. */
const TWO_READINGS = [claim("c1", "about", "200", "200"), claim("c2", "about", "600", "600")];

const check = (dataset: ReturnType<typeof makeDataset>) =>
  assessments.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
const run = (rows: { claims?: Cells[]; assessments: Cells[]; events?: Cells[] }) => check(makeDataset(rows));
const code = (f: { details?: Record<string, unknown> }) => f.details?.code;

describe("assessments: best, low and high", () => {
  it("reports a best figure below low as well as one above high, and none at either end", () => {
    const [below, ...more] = run({
      claims: TWO_READINGS,
      assessments: [assessment("c1", "180", "150", "660")],
    });
    expect(more).toEqual([]);
    expect(below).toMatchObject({
      column: "best",
      details: { code: RULE_CODES.assessmentsBestOutsideRange },
    });
    expect(below!.message).toBe("e1 / persons: best 150 lies outside low–high [180, 660]");
    expect(run({ claims: TWO_READINGS, assessments: [assessment("c1", "180", "660", "660")] })).toEqual([]);
    expect(run({ claims: TWO_READINGS, assessments: [assessment("c1", "180", "180", "660")] })).toEqual([]);
  });

  it("says below when low–high lies below the envelope", () => {
    const [f] = run({ claims: TWO_READINGS, assessments: [assessment("c1", "100", "120", "150")] });
    expect(f!.message).toBe(
      "e1 / persons: low–high [100, 150] lies below the envelope of the claims' readings, [180, 660] (180 to 660): if any reading is right, the figure lies in the envelope",
    );
  });

  it("leaves out the open upper end of a reading: fewer than 100 does not meet a range from 100", () => {
    const fewer = [claim("f", "fewer_than", "", "100")];
    const touching = run({ claims: fewer, assessments: [assessment("f", "100", "110", "120")] });
    expect(touching.map((f) => [f.severity, f.column])).toEqual([["warning", "low"]]);
    expect(touching[0]!.message).toContain("lies above the envelope");
    expect(run({ claims: fewer, assessments: [assessment("f", "50", "60", "99")] })).toEqual([]);
    expect(run({ claims: fewer, assessments: [assessment("f", "99", "110", "120")] })).toEqual([]);
  });

  it("finds nothing below an envelope unbounded below, even a range of negative figures", () => {
    const fewer = [claim("f", "fewer_than", "", "100")];
    expect(run({ claims: fewer, assessments: [assessment("f", "-20", "-15", "-10")] })).toEqual([]);
  });
});

describe("assessments: citations and repeats", () => {
  it("names every unknown id among the citations, in the plural", () => {
    const [f] = run({
      events: [event("e1"), event("e2")],
      claims: [...TWO_READINGS, claim("c9", "about", "50", "50", { event_id: "e2" })],
      assessments: [assessment("c9 c404 c405", "180", "200", "220")],
    });
    expect(f!.message).toBe(
      "e1 / persons: the assessment cites no claim of its event and metric: c9 is about e2 / persons; c404, c405 are not in claims.csv",
    );
  });

  it("names ten claims of other groups and ten unknown ids, and counts the rest, which details list", () => {
    const others = Array.from({ length: 25 }, (_, k) =>
      claim(`o${k}`, "about", "50", "50", { event_id: "e2" }),
    );
    const unknown = Array.from({ length: 12 }, (_, k) => `u${k}`);
    const [f] = run({
      events: [event("e1"), event("e2")],
      claims: [...TWO_READINGS, ...others],
      assessments: [
        assessment([...others.map((c) => c.claim_id!), ...unknown].join(" "), "180", "200", "220"),
      ],
    });
    const named = Array.from({ length: 10 }, (_, k) => `o${k} is about e2 / persons`).join("; ");
    expect(f!.message).toBe(
      `e1 / persons: the assessment cites no claim of its event and metric: ${named}; 15 more of other events or metrics (details.elsewhere names each); u0, u1, u2, u3, u4, u5, u6, u7, u8, u9 and 2 more are not in claims.csv`,
    );
    expect(f!.details).toMatchObject({ unknown });
    expect((f!.details as { elsewhere: unknown[] }).elsewhere).toHaveLength(25);
  });

  it("reports a repeated assessment as the assessments rule's error", () => {
    const findings = run({
      claims: TWO_READINGS,
      assessments: [assessment("c1 c2", "200", "300", "600"), assessment("c2", "540", "600", "660")],
    });
    expect(findings.map((f) => [f.rule, f.severity, code(f)])).toEqual([
      ["assessments", "error", RULE_CODES.assessmentsDuplicate],
    ]);
  });

  it("reports at the file and column alone an assessment the dataset has no location for", () => {
    const dataset = makeDataset({
      claims: TWO_READINGS,
      assessments: [assessment("c1 c2", "200", "300", "600"), assessment("c2", "540", "700", "660")],
    });
    dataset.locations.assessments = RowLocations.of([]);
    const findings = check(dataset);
    expect(findings.map((f) => [f.file, f.row, f.line, f.column, code(f)])).toEqual([
      ["data/assessments.csv", undefined, undefined, "event_id", RULE_CODES.assessmentsDuplicate],
      ["data/assessments.csv", undefined, undefined, "best", RULE_CODES.assessmentsBestOutsideRange],
    ]);
  });
});
