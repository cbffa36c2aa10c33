import type { GroupVerdict } from "@tally/validation";
import { describe, expect, it } from "vitest";
import { claimVerdicts, rankGroups } from "./claimVerdicts.js";

const group = (over: Partial<GroupVerdict>): GroupVerdict => ({
  event_id: "e",
  metric: "m",
  verdict: "conflict",
  claim_ids: ["a", "b", "c"],
  origins: 3,
  conflicts: [{ claim_ids: ["a", "b"], gap_ratio: 3, band: "high" }],
  max_gap_ratio: 3,
  ...over,
});

describe("claimVerdicts", () => {
  it("colours claims in a conflicting pair as conflict and the rest of the group as consistent", () => {
    expect([...claimVerdicts(group({}))]).toEqual([
      ["a", "conflict"],
      ["b", "conflict"],
      ["c", "consistent"],
    ]);
  });

  it("passes a single-origin verdict through to every claim", () => {
    const v = claimVerdicts(group({ verdict: "single_origin", conflicts: [], max_gap_ratio: null }));
    expect(new Set(v.values())).toEqual(new Set(["single_origin"]));
  });
});

describe("rankGroups", () => {
  it("puts the widest conflict first, an unbounded gap widest, and drops one-claim groups", () => {
    const ranked = rankGroups([
      group({ event_id: "small", max_gap_ratio: 1.5 }),
      group({ event_id: "one", claim_ids: ["x"] }),
      group({ event_id: "ok", verdict: "consistent", conflicts: [], max_gap_ratio: null }),
      group({
        event_id: "inf",
        conflicts: [{ claim_ids: ["a", "b"], gap_ratio: null, band: "high" }],
        max_gap_ratio: null,
      }),
      group({ event_id: "big", max_gap_ratio: 3 }),
    ]);
    expect(ranked.map((g) => g.event_id)).toEqual(["inf", "big", "small", "ok"]);
  });
});
