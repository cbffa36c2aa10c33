import { Fragment } from "react";
import { claimsOnlyFilters } from "./claimsOnlyFilters.js";
import { Link } from "./Link.js";
import type { ClaimFilters } from "./urlState.js";
import { useUrlState } from "./useUrlState.js";

/**
 * Above a chart that leaves some of the link's filters unapplied: which ones, that the chart shows
 * every claim regardless, and a way to clear them or to see them applied on Claims. Kept in the
 * address they reapply there, and an outside review found a report writer could export an
 * unfiltered chart believing it filtered.
 */
export function ClaimsOnlyNotice({
  applied,
  shows,
}: {
  /** The filters this view applies. */
  applied: readonly (keyof ClaimFilters)[];
  /** What the chart shows: "all claims about the event and metric picked". */
  shows: string;
}) {
  const [state, update] = useUrlState();
  const unapplied = claimsOnlyFilters(state.filters, applied);
  if (unapplied.length === 0) return null;
  const cleared = Object.fromEntries(unapplied.map((f) => [f.name, null])) as Partial<ClaimFilters>;
  const one = unapplied.length === 1;
  return (
    <p className="filters-notice" data-testid="claims-only-filters">
      <strong>Not filtered:</strong> this chart shows {shows}. {one ? "The filter" : "The filters"}{" "}
      {unapplied.map((f, i) => (
        <Fragment key={f.name}>
          {i === 0 ? "" : i === unapplied.length - 1 ? " and " : ", "}
          {f.words} “{f.value}”
        </Fragment>
      ))}{" "}
      in the link {one ? "applies" : "apply"} only on Claims.{" "}
      <Link to={{ view: "claims", claim: null }}>Show the filtered claims in Claims</Link>{" "}
      <span aria-hidden="true">·</span>{" "}
      <button type="button" className="tally-link" onClick={() => update({ filters: { ...cleared } })}>
        Clear {one ? "this filter" : "these filters"}
      </button>
    </p>
  );
}
