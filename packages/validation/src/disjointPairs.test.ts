import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disjointPairs, type PairList } from "./disjointPairs.js";
import { type IntervalColumns, putInterval } from "./intervalColumns.js";
import { emptyIntervalColumns, entirelyBelow, type ValueInterval } from "./valueInterval.js";

function columnsOf(intervals: readonly ValueInterval[]): IntervalColumns {
  const columns = emptyIntervalColumns(intervals.length);
  intervals.forEach((v, i) => {
    putInterval(columns, i, v);
  });
  return columns;
}

function pairsOf(members: number[], intervals: readonly ValueInterval[]): [number, number][] {
  const into: PairList = { lower: [], higher: [] };
  disjointPairs(members, columnsOf(intervals), into);
  return into.lower.map((lower, k) => [lower, into.higher[k]!]);
}

const end = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
);
const interval: fc.Arbitrary<ValueInterval> = fc
  .record({ a: end, b: end, lowOpen: fc.boolean(), highOpen: fc.boolean() })
  .map(({ a, b, lowOpen, highOpen }) => ({
    low: Math.min(a, b),
    high: Math.max(a, b),
    lowOpen: lowOpen || Math.min(a, b) === Number.NEGATIVE_INFINITY,
    highOpen: highOpen || Math.max(a, b) === Number.POSITIVE_INFINITY,
  }));

describe("disjointPairs", () => {
  it("finds exactly the pairs a comparison of every pair finds", () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), (intervals) => {
        const members = intervals.map((_, i) => i);
        const fast = pairsOf(members, intervals).map(([a, b]) => `${a}<${b}`);
        const slow: string[] = [];
        for (const a of members)
          for (const b of members)
            if (a !== b && entirelyBelow(intervals[a]!, intervals[b]!)) slow.push(`${a}<${b}`);
        expect(fast.sort()).toEqual(slow.sort());
      }),
    );
  });

  it("returns nothing for a single claim", () => {
    expect(pairsOf([0], [{ low: 1, high: 1, lowOpen: false, highOpen: false }])).toEqual([]);
  });
});
