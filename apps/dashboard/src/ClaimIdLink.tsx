import type { ClaimView } from "@tally/dataset";
import { Link } from "./Link.js";
import { NO_FILTERS } from "./urlState.js";

/**
 * A claim's id as a link to the claim, in the lists under the Discrepancies chart. A claim of the
 * group on screen is selected on its chart and its evidence opens, as the table's rows do; any
 * other (a share, or a count of another metric) opens among its event's claims in Claims, as
 * Findings' claim links do: a metric filter would leave out the count a share is a share of.
 */
export function ClaimIdLink({
  claim,
  onChart,
}: {
  claim: Pick<ClaimView, "claim_id" | "event_id">;
  onChart: boolean;
}) {
  const id = claim.claim_id;
  return (
    <Link
      to={
        onChart
          ? { claim: id }
          : { view: "claims", claim: id, filters: { ...NO_FILTERS, event: claim.event_id } }
      }
      label={onChart ? `claim ${id}, on the chart` : `claim ${id}, in Claims`}
    >
      {id}
    </Link>
  );
}
