import type { ClaimView } from "@tally/dataset";

/**
 * Whom a claim's figure is attributed to, as it reads beside the outlet: "own reporting" where the
 * outlet is its own source, since "Daily NK, Daily NK" (a repeat of the outlet's earlier report, or
 * a headline) read as a slip of the dashboard rather than as the data. Exports keep the cell as is.
 */
export function partyText(claim: Pick<ClaimView, "outlet" | "attributed_to">): string {
  return claim.attributed_to === claim.outlet ? "own reporting" : claim.attributed_to;
}
