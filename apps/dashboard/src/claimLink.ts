import type { ClaimView } from "@tally/dataset";
import type { ClaimFilters } from "./urlState.js";

/**
 * Whether the Claims table's filters keep a claim, as `claimsQuery` filters in SQL (the quote
 * search is a case-insensitive substring there too): an opened claim the filters leave out is
 * read beside a table that does not contain it, and the view must say so.
 */
export function claimPassesFilters(claim: ClaimView, filters: ClaimFilters): boolean {
  const same = (want: string | null, value: string) => want === null || want === value;
  return (
    same(filters.event, claim.event_id) &&
    same(filters.metric, claim.metric) &&
    same(filters.outlet, claim.outlet) &&
    same(filters.qualifier, claim.qualifier) &&
    same(filters.category, claim.category) &&
    same(filters.kind, claim.attributed_kind) &&
    (filters.q === null || claim.quote.toLowerCase().includes(filters.q.toLowerCase()))
  );
}

/** The Claims table's filters that show a claim among the others of its event and metric. */
export function filtersOfClaim(claim: Pick<ClaimView, "event_id" | "metric">): ClaimFilters {
  return {
    event: claim.event_id,
    metric: claim.metric,
    outlet: null,
    qualifier: null,
    category: null,
    kind: null,
    q: null,
  };
}
