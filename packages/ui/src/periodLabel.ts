/** A period's bar as drawn: from its first to its last day, at the height of its figure. */
export interface PeriodBar {
  x1: number;
  x2: number;
  y: number;
}

/** How far above its bar a period's label sits (its baseline), and how far below when moved. */
export const LABEL_ABOVE = 14;
export const LABEL_BELOW = 22;
/** The label's text height at 12px, and the end caps' reach above and below the bar. */
const TEXT_HEIGHT = 12;
const CAP = 6;

/**
 * Whether a period's label, centred at `x` and `width` wide, goes below its bar rather than above:
 * when above it would cross another period's bar or end caps. On a log axis two close figures
 * (487 and 546 arrivals) put the first label through the next bar (an outside review at 390 px).
 */
export function labelBelow(x: number, width: number, own: PeriodBar, others: readonly PeriodBar[]): boolean {
  const top = own.y - LABEL_ABOVE - TEXT_HEIGHT;
  const bottom = own.y - LABEL_ABOVE + 3;
  const left = x - width / 2;
  const right = x + width / 2;
  return others.some(
    (b) => b !== own && b.x2 >= left && b.x1 <= right && b.y + CAP >= top && b.y - CAP <= bottom,
  );
}
