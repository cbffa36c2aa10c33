import type { Claim } from "@tally/dataset";
import { intervalInto, type ValueInterval } from "./valueInterval.js";

/** Every claim's interval as columns: a million intervals in four arrays instead of a million objects. */
export interface IntervalColumns {
  low: Float64Array;
  high: Float64Array;
  lowOpen: Uint8Array;
  highOpen: Uint8Array;
}

export function intervalColumns(
  claims: readonly Pick<Claim, "qualifier" | "value_low" | "value_high">[],
  tolerance: number,
): IntervalColumns {
  const n = claims.length;
  const columns = {
    low: new Float64Array(n),
    high: new Float64Array(n),
    lowOpen: new Uint8Array(n),
    highOpen: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) intervalInto(columns, i, claims[i]!, tolerance);
  return columns;
}

export function putInterval(columns: IntervalColumns, i: number, v: ValueInterval): void {
  columns.low[i] = v.low;
  columns.high[i] = v.high;
  columns.lowOpen[i] = v.lowOpen ? 1 : 0;
  columns.highOpen[i] = v.highOpen ? 1 : 0;
}

/** The interval of claim `i`, as an object for messages and the interval helpers. */
export function intervalAt(columns: IntervalColumns, i: number): ValueInterval {
  return {
    low: columns.low[i]!,
    high: columns.high[i]!,
    lowOpen: columns.lowOpen[i] === 1,
    highOpen: columns.highOpen[i] === 1,
  };
}

/** `entirelyBelow` on two claims' columns: every value of `a` lies below every value of `b`. */
export function belowAt(columns: IntervalColumns, a: number, b: number): boolean {
  const aHigh = columns.high[a]!;
  const bLow = columns.low[b]!;
  return aHigh < bLow || (aHigh === bLow && (columns.highOpen[a] === 1 || columns.lowOpen[b] === 1));
}
