import { describe, expect, it } from "vitest";
import { assessment, claim, makeDataset } from "../__fixtures__/dataset.js";
import { integrity } from "./integrity.js";

// What integrity promises at the edges of each unit, and where a loader problem's optional parts go.
const run = (ds: ReturnType<typeof makeDataset>) =>
  integrity.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });

describe("integrity: the bounds of each unit", () => {
  it("accepts a count of 0, a percentage of exactly 0 or 100 and a duration of 0", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "0", "0"),
        claim("b", "between", "0", "100", { metric: "share_women" }),
        claim("c", "exact", "0", "0", { metric: "duration" }),
      ],
    });
    expect(run(ds)).toEqual([]);
  });

  it("rejects a count that is not whole, with the count's own words, code and metric", () => {
    const [f, ...rest] = run(makeDataset({ claims: [claim("a", "at_least", "2.5", "")] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "integrity",
      severity: "error",
      message: "value_low 2.5: a count of persons must be a non-negative whole number (metric persons)",
      metric: "persons",
      details: { code: "unit/persons" },
    });
  });

  it("rejects a negative percentage and one just over 100", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "at_least", "-1", "", { metric: "share_women" }),
        claim("b", "at_most", "", "100.5", { metric: "share_women" }),
      ],
    });
    expect(run(ds).map((f) => [f.claim_ids, f.column, f.details])).toEqual([
      [["a"], "value_low", { code: "unit/percent" }],
      [["b"], "value_high", { code: "unit/percent" }],
    ]);
  });

  it("rejects a negative duration, naming its unit", () => {
    const [f] = run(makeDataset({ claims: [claim("a", "at_least", "-0.5", "", { metric: "duration" })] }));
    expect(f!.message).toMatch(/^value_low -0\.5: .*\byears\b.* cannot be negative \(metric duration\)$/);
    expect(f!.details).toEqual({ code: "unit/years" });
  });

  it("leaves a claim whose metric is not listed to the loader's reference check", () => {
    expect(run(makeDataset({ claims: [claim("a", "exact", "-3", "-3", { metric: "unlisted" })] }))).toEqual(
      [],
    );
  });
});

describe("integrity: a loader problem's location", () => {
  it("keeps the column it names and drops the row and line it does not know", () => {
    const ds = makeDataset({});
    ds.problems.push({
      code: "descriptor/stale-hash",
      file: "claims.csv",
      row: null,
      line: null,
      column: "quote",
      message: "stale",
    });
    const [f] = run(ds);
    expect(f).toMatchObject({ column: "quote", message: "stale", dataset: "t" });
    expect(f).not.toHaveProperty("row");
    expect(f).not.toHaveProperty("line");
  });
});

describe("integrity: the units of an assessment's figures", () => {
  it("holds low, best and high to their metric's unit as it holds a claim's values", () => {
    const ds = makeDataset({
      claims: [claim("a", "exact", "50", "50", { metric: "share_women" })],
      assessments: [
        assessment("a", "-5", "250.5", "660"),
        assessment("a", "70", "150", "200", { metric: "share_women" }),
        assessment("a", "0", "50", "100", { metric: "share_women" }),
      ],
    });
    expect(run(ds).map((f) => [f.file, f.row, f.column, f.metric, f.message, f.details])).toEqual([
      [
        "data/assessments.csv",
        1,
        "low",
        "persons",
        "low -5: a count of persons must be a non-negative whole number (metric persons)",
        { code: "unit/persons" },
      ],
      [
        "data/assessments.csv",
        1,
        "best",
        "persons",
        "best 250.5: a count of persons must be a non-negative whole number (metric persons)",
        { code: "unit/persons" },
      ],
      [
        "data/assessments.csv",
        2,
        "best",
        "share_women",
        "best 150: a value in percent must lie between 0 and 100 (metric share_women)",
        { code: "unit/percent" },
      ],
      [
        "data/assessments.csv",
        2,
        "high",
        "share_women",
        "high 200: a value in percent must lie between 0 and 100 (metric share_women)",
        { code: "unit/percent" },
      ],
    ]);
  });
});
