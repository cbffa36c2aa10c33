import { describe, expect, it } from "vitest";
import { claim, makeDataset } from "./__fixtures__/dataset.js";
import { RULES } from "./rules/index.js";
import { datasetLabel, validate } from "./validate.js";

describe("validate", () => {
  const ds = makeDataset({
    claims: [
      claim("a", "about", "200", "200"),
      claim("b", "exact", "235", "235", { figure_text: "235", quote: "235 people" }),
    ],
  });

  it("runs every rule and labels findings with the dataset", () => {
    const { findings } = validate(ds);
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(["provenance", "conflicts", "corroboration"]),
    );
    expect(findings.every((f) => f.dataset === "data")).toBe(true);
    expect(RULES.map((r) => r.id)).toEqual([
      "integrity",
      "links",
      "chains",
      "provenance",
      "qualifier",
      "time",
      "conflicts",
      "corroboration",
      "implied-counts",
      "assessments",
    ]);
  });

  it("passes the tolerance to the conflict rule and the verdicts", () => {
    expect(validate(ds).groups[0]!.verdict).toBe("conflict");
    expect(validate(ds, { tolerance: 0.2 }).groups[0]!.verdict).toBe("single_origin");
  });

  it("labels a release name@version and a working copy by its path", () => {
    expect(datasetLabel(makeDataset({}, { kind: "release", name: "tally", version: "1.2.0" }))).toBe(
      "tally@1.2.0",
    );
    expect(datasetLabel(makeDataset({}, { path: "some/dir" }))).toBe("some/dir");
  });

  it("refuses a tolerance outside [0, 1)", () => {
    expect(() => validate(ds, { tolerance: 1 })).toThrow(RangeError);
    expect(() => validate(ds, { tolerance: -0.1 })).toThrow(RangeError);
  });
});
