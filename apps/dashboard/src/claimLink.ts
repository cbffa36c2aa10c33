import type { ClaimView } from "@tally/dataset";
import { FILTER_COLUMNS, searchText } from "./queries.js";
import type { ClaimFilters } from "./urlState.js";

/**
 * Whether the Claims table's filters keep a claim, as `claimsQuery` filters in SQL (the quote
 * search is a case-insensitive substring of `searchText` there too): an opened claim the filters leave out is
 * read beside a table that does not contain it, and the view must say so.
 */
export function claimPassesFilters(claim: ClaimView, filters: ClaimFilters): boolean {
  for (const [filter, column] of Object.entries(FILTER_COLUMNS)) {
    const want = filters[filter as keyof typeof FILTER_COLUMNS];
    if (want !== null && want !== claim[column]) return false;
  }
  return (
    filters.q === null || searchText(claim.quote).toLowerCase().includes(searchText(filters.q).toLowerCase())
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
