import { entirelyBelow, type ValueInterval } from "./valueInterval.js";

/**
 * Every pair (lower, higher) of intervals that share no point, in O(n log n + pairs): sorted by
 * upper end (an open end before a closed one at the same value), the intervals entirely below any
 * interval b form a prefix of that order, found by binary search.
 */
export function disjointPairs(
  members: readonly number[],
  intervalOf: (member: number) => ValueInterval,
): [lower: number, higher: number][] {
  if (members.length < 2) return [];
  const byHigh = [...members].sort((x, y) => {
    const a = intervalOf(x);
    const b = intervalOf(y);
    return a.high - b.high || Number(b.highOpen) - Number(a.highOpen) || x - y;
  });
  const pairs: [number, number][] = [];
  for (const higher of members) {
    const b = intervalOf(higher);
    let lo = 0;
    let hi = byHigh.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (entirelyBelow(intervalOf(byHigh[mid]!), b)) lo = mid + 1;
      else hi = mid;
    }
    // An empty interval (an open end on a single point) lies below itself; a claim never conflicts with itself.
    for (let k = 0; k < lo; k++) if (byHigh[k] !== higher) pairs.push([byHigh[k]!, higher]);
  }
  return pairs;
}
