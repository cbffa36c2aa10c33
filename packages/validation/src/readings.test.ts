import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IntervalColumns, putInterval } from "./intervalColumns.js";
import { type GroupReadings, readingsOfGroups } from "./readings.js";
import { emptyIntervalColumns, entirelyBelow, gapRatio, type ValueInterval } from "./valueInterval.js";

function columnsOf(intervals: readonly ValueInterval[]): IntervalColumns {
  const columns = emptyIntervalColumns(intervals.length);
  intervals.forEach((v, i) => {
    putInterval(columns, i, v);
  });
  return columns;
}

const contains = (v: ValueInterval, x: number) =>
  (v.low < x || (v.low === x && !v.lowOpen)) && (x < v.high || (x === v.high && !v.highOpen));
const isEmpty = (v: ValueInterval) => entirelyBelow(v, v);

interface Found {
  /** Each reading's claims, spanning ones included, sorted. */
  sets: number[][];
  supporting: number[][];
  spanning: number[];
  ranges: ValueInterval[];
  origins: number[];
  pairs: number;
  lowestHigh: number;
  highestLow: number;
}

/** Runs the sweep over groups that partition the intervals, and reads group `g` back. */
function readGroup(r: GroupReadings, g: number): Found {
  const sets: number[][] = [];
  const supporting: number[][] = [];
  const ranges: ValueInterval[] = [];
  const origins: number[] = [];
  const spanning = Array.from(r.spanning.subarray(r.spanStart[g]!, r.spanStart[g + 1]!));
  for (let k = r.readingStart[g]!; k < r.readingStart[g + 1]!; k++) {
    const own = Array.from(r.members.subarray(r.memberStart[k]!, r.memberStart[k + 1]!));
    supporting.push(own);
    sets.push([...own, ...spanning].sort((a, b) => a - b));
    ranges.push({
      low: r.low[k]!,
      high: r.high[k]!,
      lowOpen: r.lowOpen[k] === 1,
      highOpen: r.highOpen[k] === 1,
    });
    origins.push(r.origins[k]!);
  }
  return {
    sets,
    supporting,
    spanning,
    ranges,
    origins,
    pairs: r.pairs[g]!,
    lowestHigh: r.lowestHigh[g]!,
    highestLow: r.highestLow[g]!,
  };
}

function readingsOf(
  intervals: readonly ValueInterval[],
  groupOf: readonly number[],
  originOf: readonly number[],
) {
  const count = Math.max(0, ...groupOf.map((g) => g + 1));
  const start = new Int32Array(count + 1);
  for (const g of groupOf) start[g + 1]!++;
  for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(intervals.length);
  groupOf.forEach((g, i) => {
    members[fill[g]!++] = i;
  });
  const readings = readingsOfGroups(
    {
      count,
      start,
      members,
      originOf: Int32Array.from(originOf),
      keyOf: Int32Array.from({ length: Math.max(0, ...originOf.map((o) => o + 1)) }, (_, o) => o),
      claims: intervals.length,
    },
    columnsOf(intervals),
  );
  return { count, members: (g: number) => Array.from(members.subarray(start[g]!, start[g + 1]!)), readings };
}

/**
 * The definition, by brute force: the claims holding each point of the line that could tell any
 * two claims apart (every end, the midpoints between ends, and beyond both extremes), and of those
 * sets the maximal ones.
 */
function maximalCliques(intervals: readonly ValueInterval[], members: readonly number[]): number[][] {
  const ends = new Set<number>();
  for (const m of members)
    for (const x of [intervals[m]!.low, intervals[m]!.high]) if (Number.isFinite(x)) ends.add(x);
  const sorted = [...ends].sort((a, b) => a - b);
  const points = [...sorted];
  for (let i = 0; i + 1 < sorted.length; i++) points.push((sorted[i]! + sorted[i + 1]!) / 2);
  points.push((sorted[0] ?? 0) - 1, (sorted[sorted.length - 1] ?? 0) + 1);
  const sets = points
    .map((x) => members.filter((m) => contains(intervals[m]!, x)))
    .filter((s) => s.length > 0)
    .map((s) => s.join(","));
  const unique = [...new Set(sets)].map((s) => s.split(",").map(Number));
  const within = (a: number[], b: number[]) => a.length < b.length && a.every((x) => b.includes(x));
  return unique.filter((s) => !unique.some((t) => within(s, t)));
}

const end = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY) },
);
const interval: fc.Arbitrary<ValueInterval> = fc
  .record({ a: end, b: end, lowOpen: fc.boolean(), highOpen: fc.boolean(), flip: fc.nat(9) })
  .map(({ a, b, lowOpen, highOpen, flip }) => {
    // One interval in ten is empty (its low above its high), as an integrity error leaves one.
    const [low, high] =
      flip === 0 && a !== b ? [Math.max(a, b), Math.min(a, b)] : [Math.min(a, b), Math.max(a, b)];
    return {
      low,
      high,
      lowOpen: lowOpen || low === Number.NEGATIVE_INFINITY,
      highOpen: highOpen || high === Number.POSITIVE_INFINITY,
    };
  });
const group = fc.array(fc.record({ interval, group: fc.nat(2), origin: fc.nat(3) }), { maxLength: 14 });

const key = (sets: number[][]) => sets.map((s) => s.join(",")).sort();

type Row = { interval: ValueInterval; group: number; origin: number };

/** For random rows, runs the sweep over their groups and checks each group's readings. */
function everyGroup(
  check: (group: { found: Found; members: number[]; intervals: ValueInterval[]; originOf: number[] }) => void,
): void {
  fc.assert(
    fc.property(group, (rows: Row[]) => {
      const intervals = rows.map((r) => r.interval);
      const originOf = rows.map((r) => r.origin);
      const { count, members, readings } = readingsOf(
        intervals,
        rows.map((r) => r.group),
        originOf,
      );
      for (let g = 0; g < count; g++)
        check({ found: readGroup(readings, g), members: members(g), intervals, originOf });
    }),
    { numRuns: 500 },
  );
}

describe("readingsOfGroups", () => {
  it("finds exactly the maximal sets of claims that share a point, group by group", () => {
    everyGroup(({ found, members, intervals }) => {
      expect(key(found.sets)).toEqual(key(maximalCliques(intervals, members)));
    });
  });

  it("gives each reading a common range that its claims hold and no other claim of the group can join", () => {
    everyGroup(({ found, members, intervals }) => {
      found.sets.forEach((set, k) => {
        const range = found.ranges[k]!;
        expect(isEmpty(range)).toBe(false);
        // The common range is the intersection: inside every member, and reached by them.
        for (const m of set) {
          const v = intervals[m]!;
          expect(v.low < range.low || (v.low === range.low && (!v.lowOpen || range.lowOpen))).toBe(true);
          expect(range.high < v.high || (range.high === v.high && (!v.highOpen || range.highOpen))).toBe(
            true,
          );
        }
        expect(
          set.some((m) => intervals[m]!.low === range.low && intervals[m]!.lowOpen === range.lowOpen),
        ).toBe(true);
        expect(
          set.some((m) => intervals[m]!.high === range.high && intervals[m]!.highOpen === range.highOpen),
        ).toBe(true);
        // Maximal: a claim outside shares no point with at least one claim inside.
        for (const c of members)
          if (!set.includes(c))
            expect(
              set.some(
                (m) =>
                  entirelyBelow(intervals[m]!, intervals[c]!) ||
                  entirelyBelow(intervals[c]!, intervals[m]!) ||
                  isEmpty(intervals[c]!),
              ),
            ).toBe(true);
      });
      // Lowest common range first.
      for (let k = 1; k < found.ranges.length; k++)
        expect(entirelyBelow(found.ranges[k - 1]!, found.ranges[k]!)).toBe(true);
    });
  });

  it("sets apart the claims in every reading, and counts origins among the rest", () => {
    everyGroup(({ found, intervals, originOf }) => {
      const inAll =
        found.sets.length > 1 ? found.sets[0]!.filter((c) => found.sets.every((s) => s.includes(c))) : [];
      expect(found.spanning).toEqual(inAll);
      // A spanning claim overlaps every reading's common range.
      for (const c of found.spanning)
        for (const range of found.ranges)
          expect(entirelyBelow(intervals[c]!, range) || entirelyBelow(range, intervals[c]!)).toBe(false);
      found.supporting.forEach((own, k) => {
        expect(own.length).toBeGreaterThan(0);
        expect(own.some((c) => found.spanning.includes(c))).toBe(false);
        expect(found.origins[k]).toBe(new Set(own.map((c) => originOf[c])).size);
      });
    });
  });

  it("counts the conflicting pairs and finds the worst one as a comparison of every pair does", () => {
    everyGroup(({ found, members, intervals }) => {
      const live = members.filter((m) => !isEmpty(intervals[m]!));
      let pairs = 0;
      let worst: number | null | undefined;
      for (const a of live)
        for (const b of live)
          if (entirelyBelow(intervals[a]!, intervals[b]!)) {
            pairs++;
            const r = gapRatio(intervals[a]!, intervals[b]!);
            worst = worst === undefined ? r : worst === null || r === null ? null : Math.max(worst, r);
          }
      expect(found.pairs).toBe(pairs);
      expect(found.sets.length > 1).toBe(pairs > 0);
      if (pairs > 0) {
        expect(gapRatio(intervals[found.lowestHigh]!, intervals[found.highestLow]!)).toBe(worst);
        // The envelope: the lowest reading's common low to the highest's common high.
        const lows = live.map((m) => intervals[m]!.low);
        expect(found.ranges[0]!.low).toBe(Math.min(...found.ranges.map((r) => r.low)));
        expect(found.ranges[found.ranges.length - 1]!.high).toBe(
          Math.max(...found.ranges.map((r) => r.high)),
        );
        expect(found.ranges[found.ranges.length - 1]!.low).toBe(Math.max(...lows));
      }
    });
  });

  it("reads the 9 October 2023 claims as two readings with two spanning claims", () => {
    const about = (v: number): ValueInterval => ({
      low: v * 0.9,
      high: v * 1.1,
      lowOpen: false,
      highOpen: false,
    });
    const atLeast = (v: number): ValueInterval => ({
      low: v,
      high: Number.POSITIVE_INFINITY,
      lowOpen: false,
      highOpen: true,
    });
    // c001 about 200, c002 between 200 and 300, c004 about 600, c005 and c012 hundreds, c011 about 200 (repeats c001).
    const intervals = [
      about(200),
      { low: 200, high: 300, lowOpen: false, highOpen: false },
      { low: 540, high: 660, lowOpen: false, highOpen: false },
      atLeast(100),
      about(200),
      atLeast(100),
    ];
    const { readings } = readingsOf(intervals, [0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 0, 4]);
    const found = readGroup(readings, 0);
    expect(found.supporting).toEqual([[0, 1, 4], [2]]);
    expect(found.spanning).toEqual([3, 5]);
    expect(found.origins).toEqual([2, 1]);
    expect(found.ranges.map((r) => [r.low, r.high])).toEqual([
      [200, 220.00000000000003],
      [540, 660],
    ]);
    expect(found.pairs).toBe(3);
  });
});
