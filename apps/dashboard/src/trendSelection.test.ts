import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import { sharedUnit, trendClaims, trendMetrics } from "./trendSelection.js";

const release = [
  claim({ claim_id: "c001" }),
  claim({ claim_id: "c009", metric: "detention_group_size", metric_kind: "size", qualifier: "between" }),
  claim({
    claim_id: "c010",
    metric: "women_share",
    metric_label: "Share who were women",
    metric_kind: "share",
    unit: "percent",
  }),
  claim({ claim_id: "c013", metric: "officials_dispatched", category: "cooperation" }),
  claim({ claim_id: "c016", metric: "arrivals_persons", category: "arrival" }),
];

describe("trendClaims", () => {
  it("shows only counts when no metric is picked: no group sizes or shares beside persons", () => {
    expect(trendClaims(release, null).map((c) => c.claim_id)).toEqual(["c001", "c013"]);
  });

  it("shows another kind only when it is picked, and on its own", () => {
    expect(trendClaims(release, "detention_group_size").map((c) => c.claim_id)).toEqual(["c009"]);
  });

  it("leaves arrivals to their own chart", () => {
    expect(trendClaims(release, "arrivals_persons")).toEqual([]);
  });
});

describe("trendMetrics", () => {
  it("offers counts first, then the other kinds, without arrivals", () => {
    expect(trendMetrics(release).map((m) => `${m.kind}:${m.metric}`)).toEqual([
      "count:officials_dispatched",
      "count:repatriated_persons",
      "size:detention_group_size",
      "share:women_share",
    ]);
  });

  it("gives each metric the label a picker shows", () => {
    expect(trendMetrics(release).find((m) => m.metric === "women_share")?.label).toBe("Share who were women");
  });
});

describe("sharedUnit", () => {
  it("names the unit the claims share and none when they mix", () => {
    expect(sharedUnit(trendClaims(release, null))).toBe("persons");
    expect(sharedUnit(release)).toBeNull();
  });
});
