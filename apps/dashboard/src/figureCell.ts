import { type ClaimView, claimFigure, figureInWords } from "@tally/dataset";
import { withUnit } from "@tally/ui";

/**
 * A claim's figure in a data table, in words and with its unit ("about 80%", "15 days"): Claims,
 * Trends and Discrepancies give it alike, since without the unit a share or a length read as a bare
 * number ("about 80", "15": an outside audit).
 */
export function figureCell(c: ClaimView): string {
  return withUnit(
    figureInWords(claimFigure(c), (n) => n.toLocaleString("en-US")),
    c.unit_label,
  );
}
