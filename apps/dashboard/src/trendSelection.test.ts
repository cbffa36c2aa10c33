import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import {
  arrivalClaims,
  arrivalMetrics,
  missingTrendMetric,
  sharedUnit,
  trendClaims,
  trendMetrics,
  undatedOnCountsChart,
} from "./trendSelection.js";

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
  claim({
    claim_id: "c013",
    metric: "officials_dispatched",
    metric_label: "Officials to be sent to China",
    category: "cooperation",
  }),
  claim({
    claim_id: "c021",
    metric: "companions_detained",
    metric_label: "Others caught with the person named",
    category: "detention",
  }),
  claim({ claim_id: "c016", metric: "arrivals_persons", category: "arrival" }),
];

describe("undatedOnCountsChart", () => {
  const undated = [
    { metric: "deaths", metric_label: "Deaths", metric_kind: "count", n: 1 },
    { metric: "border_closure", metric_label: "Length of border closure", metric_kind: "duration", n: 2 },
    { metric: "detention_group_size", metric_label: "Group size", metric_kind: "size", n: 4 },
  ] as const;

  it("counts only counts' undated claims for the all-counts chart, which draws no other kind", () => {
    expect(undatedOnCountsChart(undated, null)).toBe(1);
  });

  it("counts a picked metric's own, whatever its kind", () => {
    expect(undatedOnCountsChart(undated, "detention_group_size")).toBe(4);
    expect(undatedOnCountsChart(undated, "women_share")).toBe(0);
  });
});

describe("arrivalClaims", () => {
  it("draws arrivals beside all counts and when an arrivals metric is picked", () => {
    expect(arrivalClaims(release, null).map((c) => c.claim_id)).toEqual(["c016"]);
    expect(arrivalClaims(release, "arrivals_persons").map((c) => c.claim_id)).toEqual(["c016"]);
  });

  it("draws none beside another picked metric, which is shown on its own", () => {
    expect(arrivalClaims(release, "women_share")).toEqual([]);
    expect(arrivalClaims(release, "detention_group_size")).toEqual([]);
  });
});

describe("trendClaims", () => {
  it("shows only counts when no metric is picked: no group sizes or shares beside persons", () => {
    expect(trendClaims(release, null).map((c) => c.claim_id)).toEqual(["c001", "c013", "c021"]);
  });

  it("shows another kind only when it is picked, and on its own", () => {
    expect(trendClaims(release, "detention_group_size").map((c) => c.claim_id)).toEqual(["c009"]);
  });

  it("leaves arrivals to their own chart", () => {
    expect(trendClaims(release, "arrivals_persons")).toEqual([]);
  });
});

describe("trendMetrics", () => {
  it("offers counts first, then the other kinds, each by its label, without arrivals", () => {
    expect(trendMetrics(release).map((m) => `${m.kind}:${m.label}`)).toEqual([
      "count:North Koreans forcibly returned",
      "count:Officials to be sent to China",
      "count:Others caught with the person named",
      "share:Share who were women",
      "size:North Koreans forcibly returned",
    ]);
  });

  it("offers the arrivals metrics apart, by label", () => {
    const arrivals = release.map((c) =>
      c.claim_id === "c016" ? { ...c, metric_label: "Defectors arriving in South Korea" } : c,
    );
    expect(arrivalMetrics(arrivals).map((m) => `${m.metric}:${m.label}`)).toEqual([
      "arrivals_persons:Defectors arriving in South Korea",
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

describe("missingTrendMetric", () => {
  it("is nothing for no metric or one the picker offers", () => {
    expect(missingTrendMetric(null, release, undefined)).toBeNull();
    expect(missingTrendMetric("women_share", release, undefined)).toBeNull();
  });

  it("names an id no metric of the release has, once the release's metrics are read", () => {
    // Before: the picker said "all counts" over an empty chart, and the id was never named.
    expect(missingTrendMetric("garbage", release, undefined)).toBeUndefined();
    expect(missingTrendMetric("garbage", release, [])).toEqual({ reason: "unknown", metric: "garbage" });
  });

  it("tells a metric with only undated claims from an unknown id, and misses no arrivals metric", () => {
    // An outside audit: a link to the arrivals metric read "No metric “arrivals_persons”" above
    // the chart that drew it.
    expect(missingTrendMetric("arrivals_persons", release, undefined)).toBeNull();
    expect(missingTrendMetric("deaths", release, [{ metric_label: "Deaths", claims: 3 }])).toEqual({
      reason: "undated",
      metric: "deaths",
      label: "Deaths",
    });
  });

  it("tells a metric no claim measures from one whose claims are undated", () => {
    // An outside audit: a metric of metrics.csv with no claim read "Every claim about Metric
    // with no claims is about an event without a date".
    expect(
      missingTrendMetric("empty_metric", release, [{ metric_label: "Metric with no claims", claims: 0 }]),
    ).toEqual({ reason: "empty", metric: "empty_metric", label: "Metric with no claims" });
  });
});
