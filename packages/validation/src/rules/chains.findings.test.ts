import { PROBLEM_CODES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { chainProblems, chains } from "./chains.js";

type Cells = Record<string, string>;

const chained = (id: string, first: string, via: string, more: Cells = {}) =>
  claim(id, "about", "200", "200", { first_reported_by: first, reported_via: via, ...more });
const run = (sources: Cells[], claims: Cells[]) =>
  chains.check({ dataset: makeDataset({ sources, claims }), datasetLabel: "t", tolerance: 0.1 });
const codes = (findings: { row?: number; details?: Record<string, unknown> }[]) =>
  findings.map((f) => [f.row, f.details?.code]);

describe("chainProblems", () => {
  it("finds nothing in a claim without reported_via, even one whose first reporter is its own outlet", () => {
    // A first reporter alone is the one-link chain Tally always had: not a chain to judge.
    const [c] = makeDataset({ claims: [chained("a", "Daily NK", "")] }).tables.claims;
    const [s1] = makeDataset({}).tables.sources;
    expect(s1!.outlet).toBe("Daily NK");
    expect(chainProblems(c!, s1)).toEqual([]);
  });

  it("checks a chain whose source is not loaded for repeats only", () => {
    const [c] = makeDataset({ claims: [chained("a", "Yonhap", "Daily NK; yonhap")] }).tables.claims;
    expect(chainProblems(c!, undefined).map((p) => p.code)).toEqual([PROBLEM_CODES.chainRepeatedOutlet]);
  });
});

describe("chains", () => {
  it("counts one outlet in reported_via as one outlet", () => {
    const [f] = run([source("s1")], [chained("a", "", "Yonhap")]);
    expect(f!.message).toBe(
      "a: reported_via names 1 outlet but first_reported_by is empty: name the outlet that first reported the figure, where the chain starts",
    );
  });

  it("does not fail on a claim whose source id names no source (the loader's ref/source)", () => {
    expect(run([source("s1")], [chained("a", "Chosun Ilbo", "Yonhap", { source_id: "s404" })])).toEqual([]);
  });

  it("judges a source id used twice by its first row, as the loader's reference check takes it", () => {
    const sources = [source("s1", { outlet: "Daily NK" }), source("s1", { outlet: "Yonhap" })];
    expect(
      codes(run(sources, [chained("a", "Chosun Ilbo", "Yonhap"), chained("b", "Chosun Ilbo", "Daily NK")])),
    ).toEqual([[2, PROBLEM_CODES.chainOwnOutlet]]);
  });
});
