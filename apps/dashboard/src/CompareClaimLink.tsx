import type { ClaimView } from "@tally/dataset";
import { Link } from "./Link.js";
import { NO_FILTERS } from "./urlState.js";

/**
 * Under a claim's heading in its evidence in Claims and Trends: its event and metric in
 * Discrepancies, the claim's bar selected among the others. An outside audit read c004's "Reading
 * B: 540–660 (1 of 2)" in Claims with no way to the readings it was set against but the menu and
 * the picker. At the top, not under the evidence: Tab to a link below it scrolled the evidence's
 * column and left it scrolled.
 * `claims` is how many claims its group has, when known: a lone claim has no others to compare
 * with, and its group is then only named.
 */
export function CompareClaimLink({ claim, claims }: { claim: ClaimView; claims: number | undefined }) {
  const others = claims !== undefined && claims > 1;
  return (
    <p className="note compare-claim">
      <Link
        to={{
          view: "discrepancies",
          // Just its group, as Findings' compare links: a leftover outlet or quote search would
          // narrow the claims Discrepancies compares.
          filters: { ...NO_FILTERS, event: claim.event_id, metric: claim.metric },
          claim: claim.claim_id,
        }}
      >
        {others ? "Compare with the other claims of " : "See "}
        <bdi>{claim.event_short_title}</bdi> — <bdi>{claim.metric_label}</bdi> in Discrepancies
      </Link>
    </p>
  );
}
