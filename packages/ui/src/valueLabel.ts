import { wrapByWidth } from "./measureText.js";

/**
 * Where a claim's figure label goes beside its mark on the discrepancy chart. It follows the mark
 * when it fits before the chart's right edge; else it precedes the mark when it fits after the
 * plot's left edge; else it is wrapped on whichever side has more room. A label that simply
 * followed the mark ran off the chart: "about 80 (72–88) (Single origin)" for a share near 100
 * ended at x = 925 in an export 912 wide. Pure, so the placement is tested without a browser.
 */

export interface ValueLabelInput {
  /** The label as one line: "about 80 (72–88) (Single origin)". */
  text: string;
  /** Where the label starts when it follows the mark (right of everything drawn on the row). */
  after: number;
  /** Where the label ends when it precedes the mark (left of everything drawn on the row). */
  before: number;
  /** The room it must stay inside: the plot's left edge and the chart's right edge, in pixels. */
  left: number;
  right: number;
  /**
   * The label sits above the bar rather than beside it (an open upper end runs to the axis's
   * end, leaving no room after it): it starts at `after` and moves left only as far as it must.
   */
  above?: boolean;
  /** Width of a line in pixels. */
  measure: (line: string) => number;
}

export interface ValueLabelPlace {
  /** The x the lines are anchored at. */
  x: number;
  anchor: "start" | "end";
  lines: string[];
}

export function placeValueLabel({
  text,
  after,
  before,
  left,
  right,
  above = false,
  measure,
}: ValueLabelInput): ValueLabelPlace {
  const width = measure(text);
  if (above) {
    if (width <= right - left)
      return { x: Math.max(left, Math.min(after, right - width)), anchor: "start", lines: [text] };
    return { x: left, anchor: "start", lines: wrapByWidth(text, right - left, measure) };
  }
  if (after + width <= right) return { x: after, anchor: "start", lines: [text] };
  if (before - width >= left) return { x: before, anchor: "end", lines: [text] };
  const roomAfter = right - after;
  const roomBefore = before - left;
  return roomAfter >= roomBefore
    ? { x: after, anchor: "start", lines: wrapByWidth(text, Math.max(1, roomAfter), measure) }
    : { x: before, anchor: "end", lines: wrapByWidth(text, Math.max(1, roomBefore), measure) };
}
