import { notoSansEstimate } from "./measureText.js";
import { niceCeil, type RangeDomain, type RangeInput, rangeExtent } from "./rangeLayout.js";

export type ValueScale = "linear" | "log";

/** A value axis: its domain (also the `RangeDomain` bars are clamped to) and where its ticks go. */
export interface ValueAxis {
  scale: ValueScale;
  domain: RangeDomain;
  ticks: number[];
}

/**
 * A value tick's label width at the 16 px both charts draw it in: Noto Sans's estimate with 15% to
 * spare for a wider font (a digit is 9.3 px in Noto Sans and 10.2 in DejaVu Sans, Debian's
 * fallback). One estimate for Trends' value axis and Discrepancies' right margin, which had each
 * written their own.
 */
export const tickLabelWidth = (label: string): number => notoSansEstimate(label, 16) * 1.15;

/** The least distance between two log ticks, in pixels: a 16 px label's height and a little. */
export const LOG_TICK_GAP = 18;

const OPEN_HIGH = new Set<RangeInput["qualifier"]>(["at_least", "more_than"]);

/**
 * Linear: from 0 to a round number (as `rangeDomain`), about five ticks. Log: from the power of
 * ten below the smallest positive bound (so the smallest figure never sits on the axis) to a
 * round number above the largest, ticks at 1, 2 and 5 of every decade — counts from 7 to 600
 * stay apart. A `whole` axis (a count of persons or things) has whole-number ticks only: three
 * claims of 7 persons get 0, 5, 10, never 2.5 and 7.5.
 */
export function valueAxis(
  inputs: readonly RangeInput[],
  scale: ValueScale,
  {
    whole = false,
    ceiling,
    length,
  }: {
    whole?: boolean;
    ceiling?: number | undefined;
    /** The axis's length in pixels: a log axis ticks no closer than a label's height (`LOG_TICK_GAP`). */
    length?: number | undefined;
  } = {},
): ValueAxis {
  // The most a value can be (a percentage's 100): an open upper end runs to it. Ending at the
  // first round number past the figures, "more than 30%" ran to 40% and read as 30–40% (an
  // outside review).
  const open = inputs.some((r) => OPEN_HIGH.has(r.qualifier));
  const ceilingTop =
    open && ceiling !== undefined && inputs.every((r) => (r.low ?? 0) <= ceiling && (r.high ?? 0) <= ceiling)
      ? ceiling
      : undefined;
  if (scale === "linear") {
    // The step first, then the ends at the first multiples of it that hold the figures: ending at
    // the next round number instead ran an axis for figures up to 10,449 to 20,000.
    const extent = rangeExtent(inputs);
    const min = extent.min;
    const top = ceilingTop ?? extent.top;
    const nice = niceCeil(top / 4) || 1;
    const step = whole ? wholeStep(nice) : nice;
    const domain = {
      // Below zero only as far as the figure: a step of empty plot under "at least −5" said nothing.
      min: min < 0 ? -niceCeil(-min) : 0,
      max: round(Math.max(1, Math.ceil(top / step - 1e-9)) * step),
    };
    // Ticks at multiples of the step, 0 among them: below zero (a figure no count should have,
    // which integrity reports) stepping up from the domain's −5 by 5,000 ticked −5, 4,995, 9,995
    // (an outside review on synthetic data).
    const ticks: number[] = [];
    for (
      let i = Math.ceil(domain.min / step), v = round(i * step);
      v <= domain.max + step / 1e6;
      v = round(++i * step)
    )
      ticks.push(v);
    return { scale, domain, ticks };
  }
  const values = inputs.flatMap((r) => [r.low, r.high]).filter((v): v is number => v !== null && v > 0);
  const smallest = values.length ? Math.min(...values) : 1;
  const largest = values.length ? Math.max(...values) : 10;
  const min = 10 ** (Math.ceil(Math.log10(smallest)) - 1);
  const max = ceilingTop ?? niceCeil(largest * (open ? 1.25 : 1.05));
  // Pixels a decade takes, and so how many ticks it can label: 1, 2 and 5 where 2 stands a label's
  // height above 1, then 1 alone, then every second or third decade's. Seven decades on a 300 px
  // axis drew "2,000,000" over "1,000,000" (an outside audit).
  const decadePx = length === undefined ? Number.POSITIVE_INFINITY : length / Math.log10(max / min);
  const multiples = decadePx * Math.log10(2) >= LOG_TICK_GAP ? [1, 2, 5] : [1];
  const everyDecades = Math.max(1, Math.ceil(LOG_TICK_GAP / decadePx));
  const ticks: number[] = [];
  for (let decade = min, i = 0; decade <= max; decade *= 10, i++)
    for (const m of multiples) {
      const v = round(decade * m);
      if (v >= min && v <= max && i % everyDecades === 0) ticks.push(v);
    }
  const last = ticks.at(-1);
  if (last !== max) {
    // The top is always labelled: a tick too close under it gives way.
    if (last !== undefined && ticks.length > 1 && decadePx * Math.log10(max / last) < LOG_TICK_GAP)
      ticks.pop();
    ticks.push(max);
  }
  return { scale, domain: { min, max }, ticks: whole ? ticks.filter(Number.isInteger) : ticks };
}

/** The next round step that is a whole number: 2.5 → 5, 0.25 → 1. */
function wholeStep(step: number): number {
  if (Number.isInteger(step)) return step;
  return step < 1 ? 1 : niceCeil(Math.ceil(step) + 1);
}

/** Float noise from repeated multiplication (0.30000000000000004) is not a tick label. */
function round(v: number): number {
  return Number(v.toPrecision(12));
}
