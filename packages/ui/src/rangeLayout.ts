import { type Qualifier, withVagueWords } from "@tally/dataset";

/**
 * Where a reported figure sits on a shared value axis. Pure so that what a chart draws (and what
 * an export shows) can be tested without a browser.
 */

export type RangeQualifier = Qualifier;

export interface RangeInput {
  low: number | null;
  high: number | null;
  qualifier: RangeQualifier;
  /** A vague claim's own words ("Hundreds", `vagueWords`), which its label prints before the bound. */
  vagueWords?: string | null | undefined;
}

export interface RangeDomain {
  min: number;
  max: number;
}

export interface RangeGeometry {
  /** Axis value where the drawn bar starts and ends (open bounds run to the domain edge). */
  start: number;
  end: number;
  /** The text gave no upper (or lower) bound: draw an arrow, not an end cap. */
  openHigh: boolean;
  openLow: boolean;
  /** `about`: the figure is approximate, drawn dashed and hollow. */
  approximate: boolean;
  /** low === high: drawn as a point marker rather than a bar. */
  point: boolean;
  /** The bound itself is excluded ("more than 39", "fewer than 10"). */
  exclusive: boolean;
}

const OPEN_HIGH = new Set<RangeQualifier>(["at_least", "more_than"]);
const OPEN_LOW = new Set<RangeQualifier>(["at_most", "fewer_than"]);

/** A 1/2/5 × 10^n step so that axis ends land on round numbers. */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const exp = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (value <= m * exp) return m * exp;
  return 10 * exp;
}

/**
 * The shared axis for a set of ranges: from 0 (counts start at nothing) to a round number above
 * the largest stated bound, with room beyond it so that an open-ended bar visibly runs on.
 */
export function rangeDomain(inputs: readonly RangeInput[]): RangeDomain {
  const { min, top } = rangeExtent(inputs);
  return { min: min < 0 ? -niceCeil(-min) : 0, max: niceCeil(top) || 1 };
}

/**
 * What an axis over `inputs` must hold: down to the lowest bound (0 unless one is negative), up
 * to past the largest, with room for an open-ended bar to run on.
 */
export function rangeExtent(inputs: readonly RangeInput[]): { min: number; top: number } {
  let max = 0;
  let min = 0;
  let open = false;
  for (const r of inputs) {
    for (const v of [r.low, r.high]) {
      if (v === null) continue;
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    if (OPEN_HIGH.has(r.qualifier)) open = true;
  }
  return { min, top: open ? max * 1.25 : max * 1.05 };
}

/** The bar for one figure on the given axis. */
export function layoutRange(input: RangeInput, domain: RangeDomain): RangeGeometry {
  const openHigh = OPEN_HIGH.has(input.qualifier) || (input.high === null && input.low !== null);
  const openLow = OPEN_LOW.has(input.qualifier) || (input.low === null && input.high !== null);
  const start = openLow ? domain.min : (input.low ?? domain.min);
  const end = openHigh ? domain.max : (input.high ?? domain.max);
  return {
    start: Math.max(domain.min, Math.min(start, domain.max)),
    end: Math.max(domain.min, Math.min(end, domain.max)),
    openHigh,
    openLow,
    approximate: input.qualifier === "about",
    point: !openHigh && !openLow && input.low !== null && input.low === input.high,
    exclusive: input.qualifier === "more_than" || input.qualifier === "fewer_than",
  };
}

/**
 * The figure as a short label in words: "200", "about 200", "200–300", "at least 39", "more than
 * 39", "at most 10", "fewer than 10", after a vague claim's own words ("“Hundreds”, at least 100",
 * `withVagueWords`). Words, not ≈ ≥ ≤: the chart font (Noto Sans's Latin subset) has no glyph for
 * those, so an exported image drew them in another family.
 */
export function rangeLabel(input: RangeInput, format: (n: number) => string = String): string {
  return withVagueWords(boundsLabel(input, format), input.vagueWords);
}

function boundsLabel(input: RangeInput, format: (n: number) => string): string {
  const { low, high } = input;
  switch (input.qualifier) {
    case "exact":
      return low === null ? "?" : format(low);
    case "about":
      return low === null ? "?" : `about ${format(low)}`;
    case "between":
      return `${low === null ? "?" : format(low)}–${high === null ? "?" : format(high)}`;
    case "at_least":
      return `at least ${low === null ? "?" : format(low)}`;
    case "more_than":
      return `more than ${low === null ? "?" : format(low)}`;
    case "at_most":
      return `at most ${high === null ? "?" : format(high)}`;
    case "fewer_than":
      return `fewer than ${high === null ? "?" : format(high)}`;
  }
}
