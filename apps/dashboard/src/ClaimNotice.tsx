import type { ClaimView } from "@tally/dataset";
import type { ReactNode } from "react";
import { filtersOfClaim } from "./claimLink.js";
import { useRelease, useSql } from "./data.js";
import { LinkNotice } from "./Feedback.js";
import { Link } from "./Link.js";
import { linkValue } from "./linkValue.js";
import { claimByIdQuery, UNLISTED_CLAIM_SQL } from "./queries.js";

/** A link's `claim` that the release lacks (a typo, or an id from another release), named rather than ignored. */
export function UnknownClaim({ id }: { id: string }) {
  const { version } = useRelease();
  // A claim whose event, source or metric is missing is in the release but in no view.
  const unlisted = useSql<{ claim_id: string }>(UNLISTED_CLAIM_SQL, [id]);
  if (unlisted.data === undefined && !unlisted.error) return null;
  if (unlisted.data?.length === 1)
    return (
      <LinkNotice
        testId="unlisted-claim"
        title={`Claim “${linkValue(id)}” of release ${version} cannot be shown`}
      >
        Its event, source or metric is not in the release, and every view shows a claim with all three. The
        Claims view lists what it lacks.
      </LinkNotice>
    );
  return (
    <LinkNotice testId="unknown-claim" title={`No claim “${linkValue(id)}” in release ${version}`}>
      This release has no claim with that id. Open one from the table or the chart instead.
    </LinkNotice>
  );
}

/**
 * The evidence column of a chart that does not draw the link's claim: an id the release lacks is
 * named as unknown, a claim of another event or metric is offered in the Claims view; until the
 * engine has looked (and with no claim in the link), `children`.
 */
export function ClaimNotOnChart({ id, children }: { id: string | null; children: ReactNode }) {
  const byId = id === null ? null : claimByIdQuery(id);
  const found = useSql<ClaimView>(byId?.sql ?? null, byId?.params ?? []);
  if (id === null || found.data === undefined) return children;
  const claim = found.data[0];
  if (!claim) return <UnknownClaim id={id} />;
  return (
    <p className="note" data-testid="claim-elsewhere">
      Claim {id} ({claim.event_short_title} — {claim.metric_label}) is not on this chart.{" "}
      <Link to={{ view: "claims", claim: id, filters: filtersOfClaim(claim) }}>Open it in Claims</Link>
    </p>
  );
}
