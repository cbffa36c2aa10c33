import { describe, expect, it } from "vitest";
import { claimPassesFilters, filtersOfClaim } from "./claimLink.js";
import { claim } from "./testing/claimView.js";
import { DEFAULT_STATE } from "./urlState.js";

const share = claim({
  claim_id: "c025",
  metric: "civilian_religious_share",
  quote: "Most of them were Civilians",
});
const none = DEFAULT_STATE.filters;

describe("claimPassesFilters", () => {
  it("keeps a claim no filter excludes", () => {
    expect(claimPassesFilters(share, none)).toBe(true);
    expect(claimPassesFilters(share, { ...none, event: share.event_id, q: "civilians" })).toBe(true);
  });

  it("leaves out a share under a filter on the counts it is a share of", () => {
    expect(claimPassesFilters(share, { ...none, event: share.event_id, metric: "repatriated_persons" })).toBe(
      false,
    );
  });

  it("matches the quote search as a substring, not a pattern", () => {
    expect(claimPassesFilters(share, { ...none, q: "most%" })).toBe(false);
  });

  it("reads the quote search as claimsQuery does: quotes, dashes and white space folded", () => {
    // An opened claim that the table lists was named as left out by its filters when the two
    // searches differed.
    const quoted = claim({ claim_id: "c016", quote: "South Korea’s Unification\nMinistry" });
    expect(claimPassesFilters(quoted, { ...none, q: "Korea's  unification ministry " })).toBe(true);
    expect(claimPassesFilters(quoted, { ...none, q: "Korea's Reunification" })).toBe(false);
  });
});

describe("filtersOfClaim", () => {
  it("shows the claim's own event and metric, and nothing else filtered", () => {
    const filters = filtersOfClaim(share);
    expect(filters).toEqual({ ...none, event: share.event_id, metric: "civilian_religious_share" });
    expect(claimPassesFilters(share, filters)).toBe(true);
  });
});
