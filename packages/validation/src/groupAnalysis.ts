import { referencedRows } from "@tally/dataset";
import type { LoadedDataset } from "@tally/dataset/node";
import { type ClaimGroups, groupClaims } from "./claimGroups.js";
import { disjointPairs, type PairList } from "./disjointPairs.js";
import { type IntervalColumns, intervalAt, intervalColumns } from "./intervalColumns.js";
import { type OriginTable, originTable } from "./origins.js";
import { gapRatio } from "./valueInterval.js";

/**
 * What the cross-row rules and the verdicts share, computed once per dataset and tolerance, as
 * columns: a million claims make a few arrays, not a few million objects.
 */
export interface Analysis {
  intervals: IntervalColumns;
  origins: OriginTable;
  groups: ClaimGroups;
  /**
   * Conflicting pairs of every group, group by group: those of group g at `conflictStart[g]` up to
   * `conflictStart[g + 1]`. Every value of `lower[k]` lies below every value of `higher[k]`.
   */
  conflicts: PairList & {
    /** Gap ratio of each pair; NaN where no finite ratio measures the gap (see `gapRatio`). */
    gapRatio: Float64Array;
  };
  conflictStart: Int32Array;
  /** Distinct origins of each group in order of first appearance, at `originStart[g]`…: indexes into `origins.origins`. */
  groupOrigins: Int32Array;
  originStart: Int32Array;
}

const cache = new WeakMap<LoadedDataset, Map<number, Analysis>>();

export function analyse(dataset: LoadedDataset, tolerance: number): Analysis {
  let byTolerance = cache.get(dataset);
  if (!byTolerance) {
    byTolerance = new Map();
    cache.set(dataset, byTolerance);
  }
  const known = byTolerance.get(tolerance);
  if (known) return known;
  const { claims, sources, events } = dataset.tables;
  const intervals = intervalColumns(claims, tolerance);
  const origins = originTable(claims, sources);
  const groups = groupClaims(claims, referencedRows(claims, "event_id", events));
  const { count, start, members } = groups;

  const pairs: PairList = { lower: [], higher: [] };
  const conflictStart = new Int32Array(count + 1);
  const originStart = new Int32Array(count + 1);
  const groupOrigins: number[] = [];
  // seenIn[key] === g + 1 once group g has an origin with that key.
  let keys = 0;
  for (const key of origins.keyOf) if (key >= keys) keys = key + 1;
  const seenIn = new Int32Array(keys);
  for (let g = 0; g < count; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    disjointPairs(members.subarray(from, to), intervals, pairs);
    conflictStart[g + 1] = pairs.lower.length;
    for (let m = from; m < to; m++) {
      const o = origins.of[members[m]!]!;
      const key = origins.keyOf[o]!;
      if (seenIn[key] === g + 1) continue;
      seenIn[key] = g + 1;
      groupOrigins.push(o);
    }
    originStart[g + 1] = groupOrigins.length;
  }
  const ratios = new Float64Array(pairs.lower.length);
  for (let k = 0; k < ratios.length; k++) {
    const r = gapRatio(intervalAt(intervals, pairs.lower[k]!), intervalAt(intervals, pairs.higher[k]!));
    ratios[k] = r === null ? Number.NaN : r;
  }
  const analysis: Analysis = {
    intervals,
    origins,
    groups,
    conflicts: { ...pairs, gapRatio: ratios },
    conflictStart,
    groupOrigins: Int32Array.from(groupOrigins),
    originStart,
  };
  byTolerance.set(tolerance, analysis);
  return analysis;
}

/** A pair's gap ratio as the findings and verdicts give it: null where no finite ratio measures it. */
export function pairGapRatio(analysis: Analysis, k: number): number | null {
  const r = analysis.conflicts.gapRatio[k]!;
  return Number.isNaN(r) ? null : r;
}
