import { belowAt, type IntervalColumns } from "./intervalColumns.js";

/** Pairs of claims as two parallel lists: `lower[k]` lies entirely below `higher[k]`. */
export interface PairList {
  lower: number[];
  higher: number[];
}

// Below this size an insertion sort beats the engine's sort and its allocations.
const SMALL = 16;

type Order = (x: number, y: number) => number;

// One comparison per set of columns, not one per group: a closure made for each of a quarter of a
// million groups is a cost of its own.
const orders = new WeakMap<IntervalColumns, Order>();

function orderOf(columns: IntervalColumns): Order {
  let order = orders.get(columns);
  if (order === undefined) {
    const { high, highOpen } = columns;
    order = (x, y) => high[x]! - high[y]! || highOpen[y]! - highOpen[x]! || x - y;
    orders.set(columns, order);
  }
  return order;
}

/** Members by upper end, an open end before a closed one at the same value, then by index. */
function byHigh(members: ArrayLike<number>, columns: IntervalColumns): number[] {
  const order = Array.from(members);
  const before = orderOf(columns);
  if (order.length > SMALL) return order.sort(before);
  for (let i = 1; i < order.length; i++) {
    const x = order[i]!;
    let j = i - 1;
    for (; j >= 0 && before(order[j]!, x) > 0; j--) order[j + 1] = order[j]!;
    order[j + 1] = x;
  }
  return order;
}

/**
 * Every pair (lower, higher) of intervals that share no point, in O(n log n + pairs): sorted by
 * upper end (an open end before a closed one at the same value), the intervals entirely below any
 * interval b form a prefix of that order, found by binary search. Pairs are appended to `into` for
 * each higher member in member order, its lower ones by upper end.
 */
export function disjointPairs(members: ArrayLike<number>, columns: IntervalColumns, into: PairList): void {
  const n = members.length;
  if (n < 2) return;
  const sorted = byHigh(members, columns);
  for (let m = 0; m < n; m++) {
    const higher = members[m]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (belowAt(columns, sorted[mid]!, higher)) lo = mid + 1;
      else hi = mid;
    }
    // An empty interval (an open end on a single point) lies below itself; a claim never conflicts with itself.
    for (let k = 0; k < lo; k++)
      if (sorted[k] !== higher) {
        into.lower.push(sorted[k]!);
        into.higher.push(higher);
      }
  }
}
