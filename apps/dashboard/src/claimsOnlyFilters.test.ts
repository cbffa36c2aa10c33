import { describe, expect, it } from "vitest";
import { claimsOnlyFilters } from "./claimsOnlyFilters.js";
import { NO_FILTERS } from "./urlState.js";

describe("claimsOnlyFilters", () => {
  it("names the link's filters a chart view leaves unapplied, in the filters' order", () => {
    // An outside review: ?view=trends&outlet=NK%20Insider&qualifier=about drew every outlet.
    const filters = {
      ...NO_FILTERS,
      metric: "repatriated_persons",
      qualifier: "about",
      outlet: "NK Insider",
    };
    expect(claimsOnlyFilters(filters, ["metric"])).toEqual([
      { name: "outlet", value: "NK Insider", words: "outlet" },
      { name: "qualifier", value: "about", words: "qualifier" },
    ]);
  });

  it("counts event as unapplied on Trends but applied on Discrepancies, and names quote text", () => {
    const filters = { ...NO_FILTERS, event: "e1", metric: "m", kind: "official", q: "Tumen" };
    expect(claimsOnlyFilters(filters, ["metric"]).map((f) => f.name)).toEqual(["event", "kind", "q"]);
    expect(claimsOnlyFilters(filters, ["event", "metric"])).toEqual([
      { name: "kind", value: "official", words: "attributed kind" },
      { name: "q", value: "Tumen", words: "quote text" },
    ]);
    expect(claimsOnlyFilters({ ...NO_FILTERS, metric: "m" }, ["metric"])).toEqual([]);
  });
});
