import { describe, expect, it } from "vitest";
import { claimVerdicts, formatGap } from "./claimVerdicts.js";
import type { GroupRating } from "./groupRating.js";

const group = (over: Partial<GroupRating>): GroupRating => ({
  event_id: "e",
  metric: "m",
  verdict: "conflict",
  claim_count: 3,
  origins: 3,
  conflicts: [{ claim_ids: ["a", "b"], gap_ratio: 3, band: "high" }],
  max_gap_ratio: 3,
  ...over,
});

describe("claimVerdicts", () => {
  it("colours claims in a conflicting pair as conflict and the rest of the group as consistent", () => {
    expect([...claimVerdicts(group({}), ["a", "b", "c"])]).toEqual([
      ["a", "conflict"],
      ["b", "conflict"],
      ["c", "consistent"],
    ]);
  });

  it("passes a single-origin verdict through to every claim", () => {
    const v = claimVerdicts(group({ verdict: "single_origin", conflicts: [], max_gap_ratio: null }), [
      "a",
      "b",
    ]);
    expect([...v.values()]).toEqual(["single_origin", "single_origin"]);
  });

  it("rates nothing when the validator has no verdict on the group", () => {
    expect(claimVerdicts(null, ["a"]).size).toBe(0);
  });
});

describe("formatGap", () => {
  it("shows a finite ratio with two decimals and a missing one as unbounded", () => {
    expect(formatGap(2.7)).toBe("×2.70");
    expect(formatGap(null)).toBe("unbounded");
  });
});
