import { BUILT_IN_VOCABULARIES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, event, METRICS, makeDataset } from "../__fixtures__/dataset.js";
import { impliedCounts } from "./impliedCounts.js";

const share = claim("mss", "more_than", "30", "", {
  metric: "share_women",
  figure_text: "more than 30 percent",
  base_claim_id: "nki-600",
});
const run = (claims: Record<string, string>[]) =>
  impliedCounts.check({ dataset: makeDataset({ claims }), datasetLabel: "t", tolerance: 0.1 });

describe("impliedCounts", () => {
  it("reports the count a share of a base claim implies", () => {
    const findings = run([claim("nki-600", "about", "600", "600"), share]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", claim_ids: ["mss", "nki-600"], event_id: "e1" });
    expect(findings[0]!.message).toContain("implies (162, 660] persons");
  });

  it("takes the whole a share is part of from its unit's max, and counts only units of whole things", () => {
    const units = [
      ...BUILT_IN_VOCABULARIES.units,
      { unit: "per_mille", label: "‰", whole: false, max: 1000, description: "Thousandths." },
      { unit: "tonnes", label: "t", whole: false, max: null, description: "Weight." },
    ];
    const metrics = [
      ...METRICS,
      { metric: "women_per_mille", unit: "per_mille", kind: "share", description: "women per thousand" },
      { metric: "cargo", unit: "tonnes", kind: "count", description: "cargo" },
    ];
    const perMille = {
      ...share,
      claim_id: "pm",
      metric: "women_per_mille",
      qualifier: "exact",
      value_low: "500",
      value_high: "500",
      figure_text: "500 per thousand",
    };
    const dataset = makeDataset({
      units,
      metrics,
      claims: [claim("nki-600", "exact", "600", "600"), perMille],
    });
    const [info] = impliedCounts.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
    expect(info!.message).toContain("implies [300, 300] persons");
    // A share of a weight implies no count of anything.
    const ofCargo = makeDataset({
      units,
      metrics,
      claims: [claim("nki-600", "exact", "600", "600", { metric: "cargo" }), perMille],
    });
    expect(impliedCounts.check({ dataset: ofCargo, datasetLabel: "t", tolerance: 0.1 })).toEqual([]);
  });

  it("names the share's own population, not the base claim's metric", () => {
    const [info] = run([claim("nki-600", "about", "600", "600"), share]);
    expect(info!.message).toBe(
      '"more than 30 percent" (mss) of "about 200" (nki-600, [540, 660]) implies (162, 660] persons (share_women of persons)',
    );
  });

  it("implies nothing from a share outside 0–100 percent, rather than an inverted interval", () => {
    const over = claim("over", "exact", "120", "120", {
      metric: "share_women",
      figure_text: "120 percent",
      base_claim_id: "base",
    });
    expect(run([claim("base", "between", "270", "300"), over])).toEqual([]);
  });

  it("warns when the implied count cannot fit under another count of the same event and metric", () => {
    const findings = run([
      claim("nki-600", "about", "600", "600"),
      claim("low", "at_most", "", "150"),
      share,
    ]);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.claim_ids).toEqual(["mss", "nki-600", "low"]);
  });

  it("stays quiet when every other count leaves room for the implied one", () => {
    const findings = run([
      claim("nki-600", "about", "600", "600"),
      claim("dnk-200", "about", "200", "200"),
      share,
    ]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("implies nothing from a link the links rule rejects: a base in another event, a share of a share", () => {
    const run2 = (claims: Record<string, string>[]) =>
      impliedCounts.check({
        dataset: makeDataset({ events: [event("e1"), event("e2")], claims }),
        datasetLabel: "t",
        tolerance: 0.1,
      });
    // The same share and base, first in one event (an implied count), then in two (none).
    expect(run2([claim("nki-600", "about", "600", "600"), share])).toHaveLength(1);
    expect(run2([claim("nki-600", "about", "600", "600", { event_id: "e2" }), share])).toEqual([]);
    const shareOfShare = claim("sos", "exact", "50", "50", {
      metric: "share_women",
      figure_text: "50 percent",
      base_claim_id: "mss",
    });
    const findings = run2([claim("nki-600", "about", "600", "600"), share, shareOfShare]);
    expect(findings.map((f) => f.claim_ids)).toEqual([["mss", "nki-600"]]);
  });

  it("ignores claims that are not shares of a count", () => {
    expect(
      run([claim("a", "about", "600", "600"), claim("b", "exact", "5", "5", { base_claim_id: "a" })]),
    ).toEqual([]);
  });
});
