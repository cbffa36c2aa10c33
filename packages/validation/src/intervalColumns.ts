import type { Claim } from "@tally/dataset";
import {
  emptyIntervalColumns,
  type IntervalColumns,
  intervalInto,
  type ValueInterval,
} from "./valueInterval.js";

export { type IntervalColumns, intervalAt } from "./valueInterval.js";

/** The interval of every claim, as columns (see `intervalInto`). */
export function intervalColumns(
  claims: readonly Pick<Claim, "qualifier" | "value_low" | "value_high">[],
  tolerance: number,
): IntervalColumns {
  const columns = emptyIntervalColumns(claims.length);
  for (let i = 0; i < claims.length; i++) intervalInto(columns, i, claims[i]!, tolerance);
  return columns;
}

export function putInterval(columns: IntervalColumns, i: number, v: ValueInterval): void {
  columns.low[i] = v.low;
  columns.high[i] = v.high;
  columns.lowOpen[i] = v.lowOpen ? 1 : 0;
  columns.highOpen[i] = v.highOpen ? 1 : 0;
}

/** `entirelyBelow` on two claims' columns: every value of `a` lies below every value of `b`. */
export function belowAt(columns: IntervalColumns, a: number, b: number): boolean {
  const aHigh = columns.high[a]!;
  const bLow = columns.low[b]!;
  return aHigh < bLow || (aHigh === bLow && (columns.highOpen[a] === 1 || columns.lowOpen[b] === 1));
}

/** True when claim `i`'s interval holds no value (its low end above its high end, or an open end on one point). */
export function emptyAt(columns: IntervalColumns, i: number): boolean {
  return belowAt(columns, i, i);
}
