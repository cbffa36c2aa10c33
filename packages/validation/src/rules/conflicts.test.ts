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
const pairs = (c: RuleContext) => warnings(c).map((f) => [...f.claim_ids!].sort().join("+"));

const repatriation = makeDataset({
  sources: [source("dnk"), source("nki", { outlet: "NK Insider" })],
  claims: [
    claim("dnk-200", "about", "200", "200", { source_id: "dnk" }),
    claim("dnk-200-300", "between", "200", "300", { source_id: "dnk", attributed_to: "a source in China" }),
    claim("nki-600", "about", "600", "600", { source_id: "nki", attributed_to: "Joo Ok-kyung" }),
  ],
});

describe("conflicts", () => {
  it("warns once per pair of claims whose intervals do not meet", () => {
    expect(pairs(ctx(repatriation)).sort()).toEqual(["dnk-200+nki-600", "dnk-200-300+nki-600"]);
  });

  it("puts both intervals, the gap ratio and its band in the warning", () => {
    const [w] = warnings(ctx(repatriation)).filter((f) => f.claim_ids!.includes("dnk-200"));
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
    const [m] = warnings(ctx(repatriation)).filter((f) => f.claim_ids!.includes("dnk-200-300"));
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
    expect(pairs(ctx(ds("at_least")))).toEqual([]);
  });

  it("widens about by the configured tolerance", () => {
    const ds = makeDataset({
      claims: [claim("a", "about", "200", "200"), claim("b", "exact", "240", "240")],
    });
    expect(pairs(ctx(ds, 0.1))).toEqual(["a+b"]);
    expect(pairs(ctx(ds, 0.2))).toEqual([]);
  });

  it("summarises every event and metric group in one info", () => {
    const infos = conflicts.check(ctx(repatriation)).filter((f) => f.severity === "info");
    expect(infos).toHaveLength(1);
    expect(infos[0]!.message).toBe(
      "e1 / persons: 3 claims from 3 independent origins, figures from 200 to 600, 2 conflicting pairs",
    );
    expect(infos[0]!.details).toMatchObject({ claims: 3, origins: 3, min: 200, max: 600 });
  });
});
