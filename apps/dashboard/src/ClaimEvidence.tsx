import type { ClaimView } from "@tally/dataset";
import { EvidencePanel } from "@tally/ui";
import { CompareClaimLink } from "./CompareClaimLink.js";
import { claimVerdicts } from "./claimVerdicts.js";
import { periodLabel } from "./periodLabel.js";
import { evidenceReading } from "./readingText.js";
import { useGroupRating } from "./useGroupRating.js";

/**
 * A claim's evidence where its group is not drawn (Claims, Trends): the panel with the group's
 * verdict and the claim's reading, so the evidence reads the same whichever view opened it (without
 * its reading, a claim of a group in conflict read only "Consistent" in Claims: an outside review),
 * and under its heading the way to its group in Discrepancies.
 */
export function ClaimEvidence({
  claim,
  onClose,
  onOpenClaim,
}: {
  claim: ClaimView;
  onClose: () => void;
  onOpenClaim: (id: string) => void;
}) {
  const { rating } = useGroupRating(claim.event_id, claim.metric);
  return (
    <EvidencePanel
      claim={claim}
      period={periodLabel}
      verdict={claimVerdicts(rating, [claim.claim_id]).get(claim.claim_id)}
      reading={evidenceReading(rating, claim)}
      onClose={onClose}
      onOpenClaim={onOpenClaim}
      lead={<CompareClaimLink claim={claim} claims={rating?.claim_count} />}
    />
  );
}
