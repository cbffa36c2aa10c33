import { describe, expect, it } from "vitest";
import { metricSchema } from "../schema/metric.js";
import { proposeClaims } from "./proposeClaims.js";

const metric = (id: string, unit: string, kind: string) =>
  metricSchema.parse({ metric: id, unit, kind, description: id });
const METRICS = [metric("repatriated_share", "percent", "share"), metric("women_share", "percent", "share")];
const only = (text: string) => {
  const proposals = proposeClaims(text, { sourceId: "s-test", metrics: METRICS });
  expect(proposals, text).toHaveLength(1);
  return proposals[0]!;
};

// An outside audit: "rose 50%" was noted as a share, and a share metric guessed for it.
describe("proposeClaims: a change in percent", () => {
  it.each([
    ["Repatriations rose 50% in 2023.", "rose"],
    ["Repatriations fell by about 30 percent last year.", "fell"],
    ["Repatriated women were up 20% on 2022.", "up"],
    ["Officials reported a 40% increase in repatriations.", "increase"],
  ])("is noted as a change, not a share, and no share metric is guessed: %j", (text, word) => {
    const p = only(text);
    expect(p.notes).toContain(`a change in percent ("${word}"), not a share`);
    expect(p.notes).not.toContain("a share (percentage)");
    expect(p.metric).toBeNull();
    expect(p.figure_text).toMatch(/\d/);
  });

  it.each([
    "Up to 50% of those repatriated were women.",
    "The share of repatriated women fell to 30% last year.",
    "About 80% of those repatriated were women.",
  ])("leaves a share a share: %j", (text) => {
    const p = only(text);
    expect(p.notes).toContain("a share (percentage): set base_claim_id");
    expect(p.notes).not.toContain("a change in percent");
  });
});
