import { BUILT_IN_VOCABULARIES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, METRICS, makeDataset } from "../__fixtures__/dataset.js";
import { integrity } from "./integrity.js";

const run = (ds: ReturnType<typeof makeDataset>) =>
  integrity.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });

describe("integrity", () => {
  it("turns every loader problem into an located error", () => {
    const ds = makeDataset({ claims: [claim("a", "exact", "1", "1")] });
    ds.problems.push(
      {
        code: "csv/column-count",
        file: "claims.csv",
        row: 3,
        line: 5,
        column: null,
        message: "has 3 cells, expected 19",
      },
      {
        code: "descriptor/stale-hash",
        file: "datapackage.json",
        row: null,
        line: null,
        column: null,
        message: "stale",
      },
    );
    expect(run(ds)).toEqual([
      expect.objectContaining({
        severity: "error",
        file: "data/claims.csv",
        row: 3,
        line: 5,
        details: { code: "csv/column-count" },
      }),
      expect.objectContaining({
        severity: "error",
        file: "data/datapackage.json",
        details: { code: "descriptor/stale-hash" },
      }),
    ]);
    expect(run(ds)[0]).not.toHaveProperty("column");
  });

  it("errors on counts of persons that are negative or not whole", () => {
    const ds = makeDataset({ claims: [claim("a", "exact", "2.5", "2.5"), claim("b", "at_least", "-1", "")] });
    expect(run(ds)).toEqual([
      expect.objectContaining({ row: 1, column: "value_low" }),
      expect.objectContaining({ row: 1, column: "value_high" }),
      expect.objectContaining({ row: 2, column: "value_low", claim_ids: ["b"] }),
    ]);
  });

  it("errors on percentages outside 0 to 100", () => {
    const ds = makeDataset({ claims: [claim("a", "exact", "120", "120", { metric: "share_women" })] });
    expect(run(ds).map((f) => f.message)).toContain(
      "value_low 120: a value in percent must lie between 0 and 100 (metric share_women)",
    );
  });

  it("checks a unit the dataset defines by its row in units.csv: whole counts and a largest value", () => {
    const units = [
      ...BUILT_IN_VOCABULARIES.units,
      { unit: "households", label: "households", whole: true, max: null, description: "Households." },
      { unit: "per_mille", label: "‰", whole: false, max: 1000, description: "Thousandths." },
    ];
    const ds = makeDataset({
      units,
      metrics: [
        ...METRICS,
        { metric: "households", unit: "households", kind: "count", description: "households" },
        { metric: "women_per_mille", unit: "per_mille", kind: "share", description: "women per thousand" },
      ],
      claims: [
        claim("a", "exact", "2.5", "2.5", { metric: "households" }),
        claim("b", "exact", "120", "120", { metric: "women_per_mille" }),
        claim("c", "exact", "1200", "1200", { metric: "women_per_mille" }),
      ],
    });
    expect(run(ds).map((f) => [f.claim_ids, f.column, f.message, f.details?.code])).toEqual([
      [
        ["a"],
        "value_low",
        "value_low 2.5: a count of households must be a non-negative whole number (metric households)",
        "unit/households",
      ],
      [
        ["a"],
        "value_high",
        "value_high 2.5: a count of households must be a non-negative whole number (metric households)",
        "unit/households",
      ],
      [
        ["c"],
        "value_low",
        "value_low 1200: a value in per_mille must lie between 0 and 1000 (metric women_per_mille)",
        "unit/per_mille",
      ],
      [
        ["c"],
        "value_high",
        "value_high 1200: a value in per_mille must lie between 0 and 1000 (metric women_per_mille)",
        "unit/per_mille",
      ],
    ]);
  });

  it("stays quiet on sound figures, including fractional durations", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "200", "200"),
        claim("b", "about", "80", "80", { metric: "share_women" }),
        claim("c", "exact", "3.5", "3.5", { metric: "duration" }),
      ],
    });
    expect(run(ds)).toEqual([]);
  });
});
