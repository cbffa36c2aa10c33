import type { Claim, Reading } from "@tally/dataset";
import type { ConflictBand } from "./finding.js";

/** The set of values a claim allows: ends may be infinite, and each end open or closed. */
export interface ValueInterval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

// Products such as 600 × 0.9 land a hair off the decimal a reader expects; twelve significant
// digits keep touching ends touching without hiding any real difference in reported figures.
const tidied = new Map<number, number>();
function tidy(x: number): number {
  if (!Number.isFinite(x)) return x;
  // Whole numbers of up to twelve digits are their own rounding (−0 is not: it prints as 0).
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12) return x;
  // The formatting is slow and a million claims hold a few thousand distinct figures: remembered,
  // within a bound.
  let known = tidied.get(x);
  if (known === undefined) {
    if (tidied.size >= 1 << 16) tidied.clear();
    known = Number(x.toPrecision(12));
    tidied.set(x, known);
  }
  return known;
}

/** Every claim's interval as columns: a million intervals in four arrays instead of a million objects. */
export interface IntervalColumns {
  low: Float64Array;
  high: Float64Array;
  lowOpen: Uint8Array;
  highOpen: Uint8Array;
}

/** Columns for `n` intervals, every one [0, 0] until written. */
export function emptyIntervalColumns(n: number): IntervalColumns {
  return {
    low: new Float64Array(n),
    high: new Float64Array(n),
    lowOpen: new Uint8Array(n),
    highOpen: new Uint8Array(n),
  };
}

/**
 * Writes the interval a claim's figure stands for into row `i` of `out`: exact [v, v]; about
 * [v·(1−t), v·(1+t)]; between [low, high]; at_least [v, ∞); more_than (v, ∞); at_most (−∞, v];
 * fewer_than (−∞, v). Straight into columns, as the rules keep a million of them.
 */
export function intervalInto(
  out: IntervalColumns,
  i: number,
  claim: Pick<Claim, "qualifier" | "value_low" | "value_high">,
  tolerance: number,
): void {
  let low = claim.value_low ?? Number.NEGATIVE_INFINITY;
  let high = claim.value_high ?? Number.POSITIVE_INFINITY;
  let lowOpen = 0;
  let highOpen = 0;
  switch (claim.qualifier) {
    case "exact":
    case "between":
      break;
    case "about": {
      const a = tidy(low * (1 - tolerance));
      const b = tidy(high * (1 + tolerance));
      low = Math.min(a, b);
      high = Math.max(a, b);
      break;
    }
    case "at_least":
      high = Number.POSITIVE_INFINITY;
      highOpen = 1;
      break;
    case "more_than":
      high = Number.POSITIVE_INFINITY;
      lowOpen = 1;
      highOpen = 1;
      break;
    case "at_most":
      low = Number.NEGATIVE_INFINITY;
      lowOpen = 1;
      break;
    case "fewer_than":
      low = Number.NEGATIVE_INFINITY;
      lowOpen = 1;
      highOpen = 1;
      break;
  }
  out.low[i] = low;
  out.high[i] = high;
  out.lowOpen[i] = lowOpen;
  out.highOpen[i] = highOpen;
}

/** The interval of row `i`, as an object for messages and the interval helpers. */
export function intervalAt(columns: IntervalColumns, i: number): ValueInterval {
  return {
    low: columns.low[i]!,
    high: columns.high[i]!,
    lowOpen: columns.lowOpen[i] === 1,
    highOpen: columns.highOpen[i] === 1,
  };
}

const one = emptyIntervalColumns(1);

/** The interval a claim's figure stands for, as an object (see `intervalInto`). */
export function valueInterval(
  claim: Pick<Claim, "qualifier" | "value_low" | "value_high">,
  tolerance: number,
): ValueInterval {
  intervalInto(one, 0, claim, tolerance);
  return intervalAt(one, 0);
}

/** A reading's common range (null ends unbounded) as an interval. */
export function readingInterval(r: Pick<Reading, "low" | "high" | "low_open" | "high_open">): ValueInterval {
  return {
    low: r.low ?? Number.NEGATIVE_INFINITY,
    high: r.high ?? Number.POSITIVE_INFINITY,
    lowOpen: r.low_open,
    highOpen: r.high_open,
  };
}

/** True when every value of `a` lies below every value of `b` (they share no point). */
export function entirelyBelow(a: ValueInterval, b: ValueInterval): boolean {
  return a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
}

export function intersects(a: ValueInterval, b: ValueInterval): boolean {
  return !entirelyBelow(a, b) && !entirelyBelow(b, a);
}

/**
 * Lower end of the higher interval ÷ upper end of the lower one: how far apart two disjoint claims
 * are. Null when the lower interval reaches no positive value, so no finite ratio measures the gap.
 */
export function gapRatio(lower: ValueInterval, higher: ValueInterval): number | null {
  if (!(lower.high > 0) || !Number.isFinite(lower.high)) return null;
  return tidy(higher.low / lower.high);
}

/** high when the higher interval starts at twice the lower one's end or more, medium from 1.25. */
export function conflictBand(ratio: number | null): ConflictBand {
  if (ratio === null || ratio >= 2) return "high";
  return ratio >= 1.25 ? "medium" : "low";
}

const formatEnd = (x: number): string =>
  x === Number.POSITIVE_INFINITY ? "∞" : x === Number.NEGATIVE_INFINITY ? "−∞" : String(tidy(x));

/** Interval notation: [540, 660], (162, ∞), (−∞, 39). */
export function formatInterval(v: ValueInterval): string {
  return `${v.lowOpen ? "(" : "["}${formatEnd(v.low)}, ${formatEnd(v.high)}${v.highOpen ? ")" : "]"}`;
}

/** The interval of products x·y for x in `a` and y in `b`, both non-negative (a share of a count). */
export function multiplyNonNegative(a: ValueInterval, b: ValueInterval): ValueInterval {
  const attainsZero = (v: ValueInterval) => v.low === 0 && !v.lowOpen;
  const low = tidy(a.low * b.low);
  const high = a.high === 0 || b.high === 0 ? 0 : tidy(a.high * b.high);
  return {
    low,
    high,
    // An end of the product is reached only when both factors reach theirs, or one factor is zero.
    lowOpen: low === 0 ? !(attainsZero(a) || attainsZero(b)) : a.lowOpen || b.lowOpen,
    highOpen: !Number.isFinite(high) || a.highOpen || b.highOpen,
  };
}

/**
 * The count a share implies of its base claim's count: "more than 30 percent of approximately 600"
 * is (162, 660] at t = 10%. `full` is the whole the share is a part of (its unit's `max`: 100 for
 * percent). Null when the share lies wholly outside 0 to `full` or is empty: that is integrity's
 * error, and clipping it would print an inverted interval ("[324, 300]").
 */
export function impliedCount(share: ValueInterval, full: number, base: ValueInterval): ValueInterval | null {
  if (share.low > full || share.high < 0 || entirelyBelow(share, share)) return null;
  // An open end keeps open unless clipping moved it: "more than 0 percent" is (0, …], while
  // "more than -5 percent" clipped at 0 includes 0.
  const fraction: ValueInterval = {
    low: Math.max(0, share.low) / full,
    lowOpen: share.low >= 0 && share.lowOpen,
    high: Math.min(full, share.high) / full,
    highOpen: share.high <= full && share.highOpen,
  };
  return multiplyNonNegative(fraction, {
    ...base,
    low: Math.max(0, base.low),
    lowOpen: base.low >= 0 && base.lowOpen,
  });
}
