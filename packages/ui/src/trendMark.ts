import { layoutRange, type RangeDomain, type RangeInput } from "./rangeLayout.js";
import { tolerancePercent } from "./tolerancePercent.js";

/**
 * One claim's mark on the trend chart's value axis: a vertical bar (a stated low–high range, an
 * `about` figure's tolerance range, or an open-ended figure's run to the axis edge) and a dot at
 * the stated figure. Pure, so that what the chart and its exports draw is tested without a browser.
 */

/** The interval the validator read an `about` figure as (180–220 for "about 200" at ±10%). */
export interface ToleranceRange {
  low: number;
  high: number;
}

export interface TrendMarkInput extends RangeInput {
  /** Drawn as the bar of an `about` figure; ignored for any other qualifier. */
  interval?: ToleranceRange | undefined;
}

export interface TrendMark {
  /**
   * The bar, as axis values clamped to the domain; null for a single stated figure with no range.
   * `range`: a stated low–high; `tolerance`: how the validator reads an `about` figure; `open`: a
   * figure with no upper (or lower) bound, running to the axis edge.
   */
  bar: { low: number; high: number; kind: "range" | "tolerance" | "open" } | null;
  /** The stated figure, marked by a dot; null for a low–high range (its bar is the figure). */
  dot: number | null;
  /** `about`: the dot is hollow (and dashed), the figure approximate. */
  hollow: boolean;
  /** End caps: a bound the text (or the tolerance) gives. An open end gets an arrow instead. */
  capLow: boolean;
  capHigh: boolean;
  arrowUp: boolean;
  arrowDown: boolean;
  /** Where a connecting line and the selection ring meet the mark: the dot, else the bar's middle. */
  anchor: number;
}

/** Where one claim's bar, dot, caps and arrows go on `domain`. */
export function trendMark(input: TrendMarkInput, domain: RangeDomain): TrendMark {
  const g = layoutRange(input, domain);
  const clamp = (v: number) => Math.max(domain.min, Math.min(v, domain.max));
  if (g.openHigh || g.openLow) {
    const dot = g.openHigh ? g.start : g.end;
    return {
      bar: { low: g.start, high: g.end, kind: "open" },
      dot,
      hollow: g.approximate,
      capLow: false,
      capHigh: false,
      arrowUp: g.openHigh,
      arrowDown: g.openLow,
      anchor: dot,
    };
  }
  const interval = g.approximate && g.point ? input.interval : undefined;
  if (interval) {
    const bar = { low: clamp(interval.low), high: clamp(interval.high), kind: "tolerance" as const };
    return {
      bar,
      dot: g.start,
      hollow: true,
      capLow: true,
      capHigh: true,
      arrowUp: false,
      arrowDown: false,
      anchor: g.start,
    };
  }
  if (g.point)
    return {
      bar: null,
      dot: g.start,
      hollow: g.approximate,
      capLow: false,
      capHigh: false,
      arrowUp: false,
      arrowDown: false,
      anchor: g.start,
    };
  return {
    bar: { low: g.start, high: g.end, kind: "range" },
    dot: null,
    hollow: g.approximate,
    capLow: true,
    capHigh: true,
    arrowUp: false,
    arrowDown: false,
    anchor: (g.start + g.end) / 2,
  };
}

/**
 * The values a trend chart's value axis must cover for `input`: its stated bounds and, for an
 * `about` figure, its tolerance range (220 for "about 200" would otherwise run off a 0–200 axis).
 */
export function axisExtent(input: TrendMarkInput): RangeInput {
  const interval = input.qualifier === "about" ? input.interval : undefined;
  if (!interval) return input;
  return {
    low: input.low === null ? interval.low : Math.min(input.low, interval.low),
    high: Math.max(input.high ?? interval.high, interval.high),
    qualifier: input.qualifier,
  };
}

/**
 * The legend's sentence for the tolerance bar, from one `about` figure the chart draws:
 * "about 200 is drawn 180–220: ±10%, the tolerance the validator used".
 */
export function toleranceNote(
  example: { low: number; interval: ToleranceRange },
  tolerance: number,
  format: (n: number) => string,
): string {
  return `about ${format(example.low)} is drawn ${format(example.interval.low)}–${format(example.interval.high)}: ±${tolerancePercent(tolerance)}, the tolerance the validator used`;
}
