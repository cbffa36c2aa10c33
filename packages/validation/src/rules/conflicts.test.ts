import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "../__fixtures__/dataset.js";
import type { RuleContext } from "../ruleContext.js";
import { conflicts } from "./conflicts.js";

const ctx = (dataset: ReturnType<typeof makeDataset>, tolerance = 0.1): RuleContext => ({
  dataset,
  datasetLabel: "test@1.0.0",
  tolerance,
});
const warnings = (c: RuleContext) => conflicts.check(c).filter((f) => f.severity === "warning");
const withPairs = (c: RuleContext): RuleContext => ({ ...c, pairs: true });
const pairs = (c: RuleContext) => warnings(withPairs(c)).map((f) => [...f.claim_ids!].sort().join("+"));
/** Each reading's supporting claims, as the group's warning gives them. */
const readingsOf = (c: RuleContext) =>
  warnings(c).map((f) =>
    (f.details!.readings as { claim_ids: string[] }[]).map((r) => r.claim_ids.join("+")),
  );

const repatriation = makeDataset({
  sources: [source("dnk"), source("nki", { outlet: "NK Insider" })],
  claims: [
    claim("dnk-200", "about", "200", "200", { source_id: "dnk" }),
    claim("dnk-200-300", "between", "200", "300", { source_id: "dnk", attributed_to: "a source in China" }),
    claim("nki-600", "about", "600", "600", { source_id: "nki", attributed_to: "Joo Ok-kyung" }),
    claim("nki-hundreds", "at_least", "100", "", {
      source_id: "nki",
      attributed_to: "NK Insider",
      vague: "true",
    }),
  ],
});

describe("conflicts", () => {
  it("warns once per group with two or more readings, naming each reading's claims and the spanning ones", () => {
    const [w, ...more] = warnings(ctx(repatriation));
    expect(more).toEqual([]);
    expect(w).toMatchObject({
      rule: "conflicts",
      event_id: "e1",
      metric: "persons",
      file: "data/claims.csv",
      row: 1,
      claim_ids: ["dnk-200", "dnk-200-300", "nki-600", "nki-hundreds"],
    });
    expect(w!.details).toMatchObject({
      readings: [
        {
          low: 200,
          high: 220,
          low_open: false,
          high_open: false,
          claim_ids: ["dnk-200", "dnk-200-300"],
          origins: 2,
        },
        { low: 540, high: 660, low_open: false, high_open: false, claim_ids: ["nki-600"], origins: 1 },
      ],
      spanning: ["nki-hundreds"],
      envelope: { low: 200, high: 660 },
      most_corroborated: [0],
      band: "high",
      pairs: 2,
      tolerance: 0.1,
    });
    expect(w!.details!.gap_ratio).toBeCloseTo(540 / 220, 9);
  });

  it("reads like the analyst's sentence: ranges, support, who stands behind each, envelope and gap", () => {
    const [w] = warnings(ctx(repatriation));
    expect(w!.message).toBe(
      "e1 / persons: 2 readings that cannot all be right: [200, 220] from 2 claims, 2 independent origins: sources (Daily NK); a source in China (Daily NK) vs [540, 660] from 1 claim, 1 independent origin: Joo Ok-kyung (NK Insider); consistent with every reading: nki-hundreds; most corroborated reading [200, 220]; envelope 200 to 660; gap ×2.45 (high), 2 conflicting pairs",
    );
  });

  it("names a tie between the most corroborated readings as a tie", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "10", "10"),
        claim("b", "exact", "50", "50", { attributed_to: "someone else" }),
      ],
    });
    const [w] = warnings(ctx(ds));
    expect(w!.details!.most_corroborated).toEqual([0, 1]);
    expect(w!.message).toContain("most corroborated readings tie: [10, 10] and [50, 50]");
  });

  it("counts a repeated figure once among a reading's origins", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "about", "200", "200"),
        claim("b", "about", "200", "200", { repeats_claim_id: "a", attributed_to: "another outlet's words" }),
        claim("c", "about", "600", "600", { attributed_to: "Joo" }),
      ],
    });
    const [w] = warnings(ctx(ds));
    expect(w!.details!.readings).toMatchObject([
      { claim_ids: ["a", "b"], origins: 1 },
      { claim_ids: ["c"], origins: 1 },
    ]);
  });

  it("finds three readings where three clusters of figures cannot be reconciled", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "10", "10"),
        claim("b", "between", "8", "12"),
        claim("c", "about", "100", "100"),
        claim("d", "exact", "1000", "1000"),
        claim("e", "more_than", "5", ""),
      ],
    });
    expect(readingsOf(ctx(ds))).toEqual([["a+b", "c", "d"]]);
    const [w] = warnings(ctx(ds));
    expect(w!.details).toMatchObject({ spanning: ["e"], envelope: { low: 10, high: 1000 }, pairs: 5 });
    expect(w!.details!.gap_ratio).toBeCloseTo(1000 / 10, 9);
  });

  it("keeps the unbounded end of an open-ended reading as null", () => {
    const ds = makeDataset({ claims: [claim("a", "exact", "5", "5"), claim("b", "more_than", "50", "")] });
    const [w] = warnings(ctx(ds));
    expect(w!.details!.readings).toMatchObject([
      { low: 5, high: 5 },
      { low: 50, high: null, low_open: true, high_open: true },
    ]);
    expect(w!.details!.envelope).toEqual({ low: 5, high: null });
    expect(w!.message).toContain("envelope 5 upward");
  });

  it("with pairs, warns once per pair of claims whose intervals do not meet, with both intervals, the gap ratio and band", () => {
    expect(pairs(ctx(repatriation)).sort()).toEqual(["dnk-200+nki-600", "dnk-200-300+nki-600"]);
    const [w] = warnings(withPairs(ctx(repatriation))).filter((f) => f.claim_ids!.includes("dnk-200"));
    expect(w).toMatchObject({
      rule: "conflicts",
      event_id: "e1",
      metric: "persons",
      file: "data/claims.csv",
      row: 1,
    });
    expect(w!.message).toContain("[180, 220]");
    expect(w!.message).toContain("[540, 660]");
    expect(w!.message).toContain("gap ratio 2.45, high");
    expect(w!.details!.band).toBe("high");
    expect(w!.details!.gap_ratio).toBeCloseTo(540 / 220, 9);
    const [m] = warnings(withPairs(ctx(repatriation))).filter((f) => f.claim_ids!.includes("dnk-200-300"));
    expect(m!.details!.band).toBe("medium");
    expect(m!.details!.gap_ratio).toBeCloseTo(1.8, 9);
  });

  it("stays quiet for a lower bound the other figure satisfies, and for overlapping ranges", () => {
    const ds = makeDataset({
      events: [event("e1"), event("liaoning", { date: "2019-07", date_precision: "month" })],
      claims: [
        claim("a", "about", "200", "200"),
        claim("b", "between", "200", "300"),
        claim("c", "about", "60", "60", { event_id: "liaoning" }),
        claim("d", "at_least", "39", "", { event_id: "liaoning" }),
      ],
    });
    expect(warnings(ctx(ds))).toEqual([]);
    expect(warnings(withPairs(ctx(ds)))).toEqual([]);
  });

  it("compares only claims of the same event and metric", () => {
    const ds = makeDataset({
      events: [event("e1"), event("e2")],
      claims: [claim("a", "exact", "5", "5"), claim("b", "exact", "500", "500", { event_id: "e2" })],
    });
    expect(warnings(ctx(ds))).toEqual([]);
  });

  it("treats an open end as excluding its figure", () => {
    const ds = (q: string) =>
      makeDataset({ claims: [claim("a", "exact", "200", "200"), claim("b", q, "200", "")] });
    expect(pairs(ctx(ds("more_than")))).toEqual(["a+b"]);
    expect(readingsOf(ctx(ds("more_than")))).toEqual([["a", "b"]]);
    expect(pairs(ctx(ds("at_least")))).toEqual([]);
    expect(readingsOf(ctx(ds("at_least")))).toEqual([]);
  });

  it("widens about by the configured tolerance", () => {
    const ds = makeDataset({
      claims: [claim("a", "about", "200", "200"), claim("b", "exact", "240", "240")],
    });
    expect(readingsOf(ctx(ds, 0.1))).toEqual([["a", "b"]]);
    expect(readingsOf(ctx(ds, 0.2))).toEqual([]);
  });

  it("summarises every event and metric group in one info, with or without pairs", () => {
    for (const c of [ctx(repatriation), withPairs(ctx(repatriation))]) {
      const infos = conflicts.check(c).filter((f) => f.severity === "info");
      expect(infos).toHaveLength(1);
      expect(infos[0]!.message).toBe(
        "e1 / persons: 4 claims from 4 independent origins, figures from 100 to 600, 2 readings, 2 conflicting pairs",
      );
      expect(infos[0]!.details).toMatchObject({
        claims: 4,
        origins: 4,
        min: 100,
        max: 600,
        readings: 2,
        conflicts: 2,
      });
    }
  });
});
