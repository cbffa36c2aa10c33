import type { RangeDomain } from "./rangeLayout.js";

/**
 * Readings and envelopes on the discrepancy chart's value axis, and where their labels go. Pure,
 * so what the chart (and its export) shows can be tested without a browser.
 */

/** A range with possibly unbounded (null) and possibly open ends, as a reading's common range. */
export interface CommonRange {
  low: number | null;
  high: number | null;
  low_open?: boolean;
  high_open?: boolean;
}

/**
 * "200–220"; a single value "20"; one unbounded end in words, "at least 100" / "more than 100" /
 * "at most 10" / "less than 10" (the chart font has no ≥ or ≤); both
 * unbounded "any value". A finite open end is written in interval notation, "(100, 220]", since
 * "100–220" would wrongly include 100.
 */
export function commonRangeLabel(r: CommonRange, format: (n: number) => string = String): string {
  const { low, high } = r;
  if (low === null && high === null) return "any value";
  if (high === null) return `${r.low_open ? "more than" : "at least"} ${format(low!)}`;
  if (low === null) return `${r.high_open ? "less than" : "at most"} ${format(high)}`;
  if (r.low_open || r.high_open)
    return `${r.low_open ? "(" : "["}${format(low)}, ${format(high)}${r.high_open ? ")" : "]"}`;
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

export interface BandSpan {
  /** Axis values the band covers, unbounded ends run to the domain's edge. */
  start: number;
  end: number;
  openLow: boolean;
  openHigh: boolean;
}

/** The stretch of axis a range covers on `domain`, clamped to it. */
export function bandSpan(r: CommonRange, domain: RangeDomain): BandSpan {
  const clamp = (v: number) => Math.max(domain.min, Math.min(v, domain.max));
  return {
    start: clamp(r.low ?? domain.min),
    end: clamp(r.high ?? domain.max),
    openLow: r.low === null,
    openHigh: r.high === null,
  };
}

export interface LabelBox {
  id: string;
  /** Where the label would like to start (its band's left edge), in pixels. */
  x: number;
  width: number;
}

/**
 * Places labels on as few lines as possible without overlap: each label starts at its band (moved
 * left only as far as it must to stay inside [left, right]) and takes the first line where it
 * clears the labels already there by `gap` pixels. A label wider than the room starts at `left`.
 */
export function packLabels(
  boxes: readonly LabelBox[],
  left: number,
  right: number,
  gap = 10,
): Map<string, { x: number; line: number }> {
  const out = new Map<string, { x: number; line: number }>();
  const lineEnds: number[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
  for (const box of sorted) {
    const x = Math.max(left, Math.min(box.x, right - box.width));
    let line = lineEnds.findIndex((end) => end + gap <= x);
    if (line === -1) {
      line = lineEnds.length;
      lineEnds.push(0);
    }
    lineEnds[line] = x + box.width;
    out.set(box.id, { x, line });
  }
  return out;
}
