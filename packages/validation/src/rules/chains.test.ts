import { PROBLEM_CODES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { findingSchema } from "../finding.js";
import { originTable } from "../origins.js";
import { chains } from "./chains.js";

type Cells = Record<string, string>;

// s1 is Daily NK's own article; s2 a Radio Free Asia article reprinted by American Military News.
const SOURCES = [source("s1"), source("s2", { outlet: "Radio Free Asia", via: "American Military News" })];

const run = (claims: Cells[]) => {
  const dataset = makeDataset({ sources: SOURCES, claims });
  const findings = chains.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
  for (const f of findings) findingSchema.parse(f);
  return findings;
};
const where = (f: { row?: number; column?: string; details?: Record<string, unknown> }) => [
  f.row,
  f.column,
  f.details?.code,
];
const chained = (id: string, first: string, via: string, more: Cells = {}) =>
  claim(id, "about", "200", "200", { first_reported_by: first, reported_via: via, ...more });

describe("chains", () => {
  it("finds nothing in sound chains, and leaves a first reporter without reported_via alone", () => {
    expect(
      run([
        chained("a", "Chosun Ilbo", "Yonhap; Radio Free Asia"),
        chained("b", "Chosun Ilbo", "Yonhap", { source_id: "s2" }),
        // A one-link chain, Tally's only kind before reported_via: not this rule's to judge.
        chained("c", "Daily NK", ""),
        chained("d", "", ""),
      ]),
    ).toEqual([]);
  });

  it("is an error at reported_via when the chain has no first reporter", () => {
    const [f, ...more] = run([chained("a", "", "Yonhap; Radio Free Asia")]);
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      rule: "chains",
      severity: "error",
      file: "data/claims.csv",
      row: 1,
      line: 2,
      column: "reported_via",
      claim_ids: ["a"],
      event_id: "e1",
      metric: "persons",
      details: { code: PROBLEM_CODES.chainWithoutFirst },
    });
    expect(f!.message).toBe(
      "a: reported_via names 2 outlets but first_reported_by is empty: name the outlet that first reported the figure, where the chain starts",
    );
  });

  it("is an error for an outlet named twice, however it is spelt", () => {
    const findings = run([
      chained("a", "Chosun Ilbo", "Yonhap; CHOSUN  ilbo"),
      chained("b", "Chosun Ilbo", "Yonhap; Ｙｏｎｈａｐ"),
      chained("c", "Chosun Ilbo", "Yonhap; Yonhap; Yonhap"),
    ]);
    expect(findings.map(where)).toEqual([
      [1, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
      [2, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
      // One error for the outlet, however often it recurs (there were two alike).
      [3, "reported_via", PROBLEM_CODES.chainRepeatedOutlet],
    ]);
    expect(findings[0]!.message).toBe(
      'a: the reporting chain names "CHOSUN  ilbo" twice (also as "Chosun Ilbo"): a figure passes through an outlet once',
    );
    expect(findings[2]!.message).toBe(
      'c: the reporting chain names "Yonhap" 3 times: a figure passes through an outlet once',
    );
  });

  it("is an error for a chain that names the claim's own outlet or the outlet that reprinted it", () => {
    const findings = run([
      chained("a", "Chosun Ilbo", "daily nk"),
      chained("b", "Chosun Ilbo", "American Military News", { source_id: "s2" }),
      // The first reporter is the source's own outlet: located at first_reported_by.
      chained("c", "Radio Free Asia", "Yonhap", { source_id: "s2" }),
    ]);
    expect(findings.map(where)).toEqual([
      [1, "reported_via", PROBLEM_CODES.chainOwnOutlet],
      [2, "reported_via", PROBLEM_CODES.chainOwnOutlet],
      [3, "first_reported_by", PROBLEM_CODES.chainOwnOutlet],
    ]);
    expect(findings[0]!.message).toBe(
      `a: the reporting chain names "daily nk", the claim's own outlet in source s1: the chain holds only the outlets before the source`,
    );
    expect(findings[1]!.message).toContain("the claim's own reprinting outlet (via) in source s2");
  });

  it("judges independence on the first link: outlets later in the chain change no origin", () => {
    const claims = [
      chained("a", "Chosun Ilbo", ""),
      chained("b", "Chosun Ilbo", "Yonhap; Radio Free Asia"),
      chained("c", "Chosun Ilbo", "Radio Free Asia", { source_id: "s2" }),
    ];
    const dataset = makeDataset({ sources: SOURCES, claims });
    const { origins, of } = originTable(dataset.tables.claims, dataset.tables.sources);
    expect(new Set(Array.from(of, (o) => origins[o]!.key)).size).toBe(1);
    expect(origins[of[2]!]).toMatchObject({ attributed_to: "sources", outlet: "Chosun Ilbo" });
  });
});
