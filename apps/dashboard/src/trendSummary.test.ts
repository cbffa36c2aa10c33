import type { ClaimView } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import { groupKey, type Reconciled } from "./trendRanges.js";
import { trendSummary } from "./trendSummary.js";

const series = (c: ClaimView) => `${c.category} · ${c.metric}`;

const reconciled = (over: Partial<Reconciled> & Pick<Reconciled, "event_id">): [string, Reconciled] => {
  const g: Reconciled = {
    metric: "repatriated_persons",
    readingCount: 2,
    low: 200,
    high: 660,
    most: [],
    ...over,
  };
  return [groupKey(g.event_id, g.metric), g];
};

// The shipped conflict's claims (two readings), a lone claim, a group of two with an unbounded
// envelope, a group whose claims hold no value (not reconciled), and an undated claim.
const CLAIMS: ClaimView[] = [
  claim({ claim_id: "c1", event_id: "oct", event_title: "October repatriation" }),
  claim({
    claim_id: "lone",
    event_id: "may",
    event_date: "2019-05",
    qualifier: "at_least",
    value_low: 39,
    value_high: null,
  }),
  claim({
    claim_id: "c2",
    event_id: "oct",
    event_title: "October repatriation",
    value_low: 600,
    value_high: 600,
  }),
  claim({ claim_id: "o1", event_id: "open", event_date: "2020" }),
  claim({ claim_id: "o2", event_id: "open", event_date: "2020", qualifier: "at_least", value_high: null }),
  claim({ claim_id: "n1", event_id: "none", qualifier: "between", value_low: 9, value_high: 3 }),
  claim({ claim_id: "n2", event_id: "none", qualifier: "between", value_low: 9, value_high: 3 }),
  claim({ claim_id: "undated", event_id: "nodate", event_date: null }),
];

const RECONCILED = new Map([
  reconciled({
    event_id: "oct",
    most: [{ low: 200, high: 220, low_open: false, high_open: false, origins: 2, claims: 3 }],
  }),
  reconciled({ event_id: "open", readingCount: 1, low: 180, high: null }),
]);

describe("trendSummary", () => {
  const summary = trendSummary(CLAIMS, series, RECONCILED, 0.1);

  it("draws one mark per dated event and metric, in the order its first claim comes", () => {
    expect(summary.points.map((p) => p.id)).toEqual([
      "oct/repatriated_persons",
      "may/repatriated_persons",
      "open/repatriated_persons",
    ]);
    expect(summary.groups.get("oct/repatriated_persons")).toEqual({
      event_id: "oct",
      metric: "repatriated_persons",
      claims: 2,
    });
    // The group whose claims hold no value has no range to draw, and is counted, not hidden.
    expect(summary.undrawn).toBe(1);
    expect(summary.groups.has("nodate/repatriated_persons")).toBe(false);
  });

  it("draws a reconciled group as its envelope, with its readings shaded behind it", () => {
    const [oct] = summary.points;
    expect(oct).toMatchObject({
      low: 200,
      high: 660,
      qualifier: "between",
      label: "October repatriation: 2 claims",
      series: "forced_repatriation · repatriated_persons",
      group: "oct",
      period: "9 Oct 2023",
    });
    expect(oct!.start).toBe(Date.parse("2023-10-09T00:00:00Z"));
    expect(summary.ranges).toEqual([
      expect.objectContaining({
        id: "oct/repatriated_persons",
        pointIds: ["oct/repatriated_persons"],
        low: 200,
        high: 660,
        most: [{ low: 200, high: 220 }],
      }),
    ]);
  });

  it("draws a lone claim as its own figure and an envelope open above as at least its low", () => {
    expect(summary.points[1]).toMatchObject({
      low: 39,
      high: null,
      qualifier: "at_least",
      label: "Repatriation: 1 claim",
    });
    expect(summary.points[2]).toMatchObject({ low: 180, high: null, qualifier: "at_least" });
    // One reading: nothing shaded behind the mark, which is that reading.
    expect(summary.ranges.map((r) => r.id)).not.toContain("open/repatriated_persons");
  });

  it("gives a lone about figure the tolerance range the claim chart draws", () => {
    const about = trendSummary([claim({ claim_id: "a" })], series, new Map(), 0.1).points[0];
    expect(about).toMatchObject({ qualifier: "about", low: 200, interval: { low: 180, high: 220 } });
  });
});
