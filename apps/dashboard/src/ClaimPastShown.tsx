import type { ClaimView } from "@tally/dataset";
import { countText } from "./plural.js";

/** Where `useRevealSelected` finds the notice, to keep it in sight beside the claim's evidence. */
export const CLAIM_PAST_SHOWN = '[data-testid="claim-past-shown"]';

/**
 * A link's claim that the filters keep but the rows shown stop short of: its evidence opened with
 * nothing to say where its row was (an outside review). Names the row it stands at in this order,
 * with a button that shows the rows down to it.
 */
export function ClaimPastShown({
  claim,
  row,
  shown,
  total,
  upTo,
  onShow,
}: {
  claim: ClaimView;
  /** Its row in this order (from 1), the rows on screen, and the rows the filters keep. */
  row: number;
  shown: number;
  total: number;
  /** How many rows the button shows, the claim's among them. */
  upTo: number;
  onShow: () => void;
}) {
  return (
    <p className="note" data-testid="claim-past-shown">
      Claim {claim.claim_id} ({claim.metric_label}) is row {countText(row)} of {countText(total)} in this
      order, past the first {countText(shown)} shown.{" "}
      <button type="button" className="tally-link" onClick={onShow}>
        Show the first {countText(upTo)} rows, down to it
      </button>
    </p>
  );
}
