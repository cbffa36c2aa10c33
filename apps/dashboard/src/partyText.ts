import type { ClaimView } from "@tally/dataset";

/**
 * Whom a claim's figure is attributed to, as it reads beside the outlet: "own reporting" where the
 * outlet is its own source, since "Daily NK, Daily NK" (a repeat of the outlet's earlier report, or
 * a headline) read as a slip of the dashboard rather than as the data. Exports keep the cell as is.
 */
export function partyText(claim: Pick<ClaimView, "outlet" | "attributed_to">): string {
  return claim.attributed_to === claim.outlet ? "own reporting" : claim.attributed_to;
}

/**
 * A claim's party as the discrepancy chart writes it under the outlet, with what a repeat restates:
 * "repeats its “about 200” (c001)", or "<party>, repeats <other outlet>'s “…” (<id>)". Its bar
 * read "own reporting" alone, in the chart and its PNG and SVG, for a figure the outlet had only
 * reprinted. The restated figure as written and its outlet, not only its id: an exported image
 * shows no ids, and the figure finds its bar. "Its", not "its earlier report": a headline restates
 * a figure of the same article. `repeated` is the restated claim, where the release has it.
 */
export function partyDetail(
  claim: Pick<ClaimView, "outlet" | "attributed_to" | "repeats_claim_id">,
  repeated: Pick<ClaimView, "outlet" | "figure_text"> | undefined,
): string {
  const party = partyText(claim);
  const id = claim.repeats_claim_id;
  if (!id) return party;
  const whose = repeated?.outlet === claim.outlet ? "its" : `${repeated?.outlet}'s`;
  const what = repeated ? `${whose} “${repeated.figure_text}” (${id})` : id;
  return claim.attributed_to === claim.outlet ? `repeats ${what}` : `${party}, repeats ${what}`;
}
