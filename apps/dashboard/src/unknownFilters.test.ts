import { describe, expect, it } from "vitest";
import { EVENT_OPTIONS_LIMIT } from "./queries.js";
import { unknownFilters } from "./unknownFilters.js";
import { DEFAULT_STATE } from "./urlState.js";

const none = { event: [], metric: [], outlet: [], qualifier: [], category: [], kind: [] };
const options = {
  ...none,
  metric: [{ value: "repatriated_persons" }, { value: "detained_persons" }],
  outlet: [{ value: "Daily NK" }],
};

describe("unknownFilters", () => {
  it("names a filter set to a value no claim of the release has", () => {
    // An outside review: /?view=claims&metric=nope showed "0 claims" and nothing more.
    const filters = { ...DEFAULT_STATE.filters, metric: "nope", outlet: "Daily NK" };
    expect(unknownFilters(filters, options, [])).toEqual([{ name: "metric", value: "nope" }]);
  });

  it("says nothing of a value it finds, an unset filter, or options still loading", () => {
    expect(unknownFilters({ ...DEFAULT_STATE.filters, metric: "detained_persons" }, options, [])).toEqual([]);
    expect(unknownFilters(DEFAULT_STATE.filters, options, [])).toEqual([]);
    expect(
      unknownFilters({ ...DEFAULT_STATE.filters, metric: "nope" }, { ...options, metric: undefined }, []),
    ).toEqual([]);
    // Nor of a metric no claim has until the release's metrics say whether it is one of them.
    expect(unknownFilters({ ...DEFAULT_STATE.filters, metric: "nope" }, options, undefined)).toEqual([]);
  });

  it("past the event list's limit, calls an event unknown only once no claim is found to have it", () => {
    const many = Array.from({ length: EVENT_OPTIONS_LIMIT }, (_, i) => ({ value: `e${i}` }));
    const filters = { ...DEFAULT_STATE.filters, event: "e-late" };
    // Still being looked up, or found: not unknown.
    expect(unknownFilters(filters, { ...options, event: many }, [])).toEqual([]);
    expect(unknownFilters(filters, { ...options, event: many }, [], [{ label: "Late event" }])).toEqual([]);
    // An outside audit: at 1,300 events an unknown one gave an empty table and no word.
    expect(unknownFilters(filters, { ...options, event: many }, [], [])).toEqual([
      { name: "event", value: "e-late" },
    ]);
    expect(unknownFilters(filters, { ...options, event: many.slice(1) }, [])).toEqual([
      { name: "event", value: "e-late" },
    ]);
  });

  it("names a metric of the release that no claim measures by its label, not as an unknown id", () => {
    // An outside audit: view=claims&metric=empty_metric read "No metric “empty_metric” in release
    // 1.0.0", of a metric metrics.csv labels "Metric with no claims".
    const filters = { ...DEFAULT_STATE.filters, metric: "empty_metric" };
    expect(unknownFilters(filters, options, [{ metric_label: "Metric with no claims" }])).toEqual([
      { name: "metric", value: "empty_metric", label: "Metric with no claims" },
    ]);
  });
});
