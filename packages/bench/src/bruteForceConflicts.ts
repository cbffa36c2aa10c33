import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { claimSchema } from "@tally/dataset";
import { parse } from "csv-parse/sync";

/**
 * The conflict semantics of issues 3 and 9 written out by brute force, independently of the
 * generator's planning, the validator's sweep and the reference SQL, for the tests to hold each of
 * them to on small data: every pair compared, every point of the line tried.
 */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** exact [v,v]; about [v(1−t), v(1+t)]; between [low,high]; at_least [v,∞); more_than (v,∞); at_most (−∞,v]; fewer_than (−∞,v). */
export function interval(q: string, low: number | null, high: number | null, t: number): Interval {
  const lo = low ?? Number.NEGATIVE_INFINITY;
  const hi = high ?? Number.POSITIVE_INFINITY;
  switch (q) {
    case "about":
      return { lo: lo * (1 - t), hi: hi * (1 + t), loOpen: false, hiOpen: false };
    case "more_than":
      return { lo, hi: Number.POSITIVE_INFINITY, loOpen: true, hiOpen: true };
    case "fewer_than":
      return { lo: Number.NEGATIVE_INFINITY, hi, loOpen: true, hiOpen: true };
    case "at_least":
      return { lo, hi: Number.POSITIVE_INFINITY, loOpen: false, hiOpen: true };
    case "at_most":
      return { lo: Number.NEGATIVE_INFINITY, hi, loOpen: true, hiOpen: false };
    default:
      return { lo, hi, loOpen: false, hiOpen: false };
  }
}

const below = (a: Interval, b: Interval) => a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
export const disjoint = (a: Interval, b: Interval): boolean => below(a, b) || below(b, a);

const holds = (iv: Interval, x: number) =>
  (iv.lo < x || (iv.lo === x && !iv.loOpen)) && (x < iv.hi || (x === iv.hi && !iv.hiOpen));

export interface GroupFacts {
  /** Pairs of claims whose intervals share no point. */
  pairs: number;
  /** Maximal sets of claims whose intervals share a point. */
  readings: number;
  /** Claims in every reading, when there are two or more. */
  spanning: number;
}

/**
 * Pairs, readings and spanning claims of one group. Which intervals hold a point changes only at
 * an end, so the sets of claims holding some point are the sets holding an end or a point between
 * two neighbouring ends (or beyond the outermost): readings are the largest of those sets.
 */
export function groupFacts(list: readonly Interval[]): GroupFacts {
  let pairs = 0;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) if (disjoint(list[i]!, list[j]!)) pairs++;
  const ends = [...new Set(list.flatMap((iv) => [iv.lo, iv.hi]).filter(Number.isFinite))].sort(
    (a, b) => a - b,
  );
  const points = [...ends];
  for (let k = 1; k < ends.length; k++) points.push((ends[k - 1]! + ends[k]!) / 2);
  if (ends.length > 0) points.push(ends[0]! - 1, ends.at(-1)! + 1);
  else points.push(0);
  const words = Math.ceil(list.length / 32);
  const sets = new Map<string, Uint32Array>();
  for (const x of points) {
    const bits = new Uint32Array(words);
    list.forEach((iv, i) => {
      if (holds(iv, x)) bits[i >> 5]! |= 1 << (i & 31);
    });
    if (bits.some((w) => w !== 0)) sets.set(bits.join(","), bits);
  }
  const all = [...sets.values()];
  const within = (a: Uint32Array, b: Uint32Array) => a.every((w, k) => (w & b[k]!) >>> 0 === w);
  const readings = all.filter((a) => !all.some((b) => b !== a && within(a, b)));
  let spanning = 0;
  if (readings.length >= 2)
    for (let i = 0; i < list.length; i++)
      if (readings.every((r) => (r[i >> 5]! >>> (i & 31)) & 1)) spanning++;
  return { pairs, readings: readings.length, spanning };
}

/**
 * The intervals of the claims of `dir`'s claims.csv that load, by `event_id|metric`: those that
 * pass their row schema, the first row of each claim id only (the loader leaves a repeat out).
 */
export async function claimGroups(dir: string, tolerance: number): Promise<Map<string, Interval[]>> {
  const [header, ...rows] = parse(await readFile(join(dir, "claims.csv"), "utf8"), {
    relax_column_count: true,
  }) as string[][];
  const groups = new Map<string, Interval[]>();
  const seen = new Set<string>();
  for (const cells of rows) {
    if (cells.length !== header!.length) continue;
    const parsed = claimSchema.safeParse(Object.fromEntries(header!.map((h, i) => [h, cells[i]])));
    if (!parsed.success) continue;
    const c = parsed.data;
    if (seen.has(c.claim_id)) continue;
    seen.add(c.claim_id);
    const key = `${c.event_id}|${c.metric}`;
    const list = groups.get(key) ?? [];
    list.push(interval(c.qualifier, c.value_low, c.value_high, tolerance));
    groups.set(key, list);
  }
  return groups;
}
