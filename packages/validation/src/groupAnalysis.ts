import { referencedRows } from "@tally/dataset";
import type { LoadedDataset } from "@tally/dataset/node";
import { type ClaimGroups, groupClaims } from "./claimGroups.js";
import { type IntervalColumns, intervalAt, intervalColumns } from "./intervalColumns.js";
import { type OriginTable, originTable } from "./origins.js";
import { type GroupReadings, readingsOfGroups } from "./readings.js";
import { gapRatio } from "./valueInterval.js";

/**
 * What the cross-row rules and the verdicts share, computed once per dataset and tolerance, as
 * columns: a million claims make a few arrays, not a few million objects.
 */
export interface Analysis {
  intervals: IntervalColumns;
  origins: OriginTable;
  groups: ClaimGroups;
  /** The readings of every group (see `readingsOfGroups`). */
  readings: GroupReadings;
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

  const originStart = new Int32Array(count + 1);
  const groupOrigins: number[] = [];
  // seenIn[key] === g + 1 once group g has an origin with that key.
  let keys = 0;
  for (const key of origins.keyOf) if (key >= keys) keys = key + 1;
  const seenIn = new Int32Array(keys);
  for (let g = 0; g < count; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    for (let m = from; m < to; m++) {
      const o = origins.of[members[m]!]!;
      const key = origins.keyOf[o]!;
      if (seenIn[key] === g + 1) continue;
      seenIn[key] = g + 1;
      groupOrigins.push(o);
    }
    originStart[g + 1] = groupOrigins.length;
  }
  const readings = readingsOfGroups(
    {
      count,
      start,
      members,
      originOf: origins.of,
      keyOf: origins.keyOf,
      claims: claims.length,
    },
    intervals,
  );
  const analysis: Analysis = {
    intervals,
    origins,
    groups,
    readings,
    groupOrigins: Int32Array.from(groupOrigins),
    originStart,
  };
  byTolerance.set(tolerance, analysis);
  return analysis;
}

/** True when group `g` has two or more readings: some two of its claims cannot both be true. */
export function inConflict(analysis: Analysis, g: number): boolean {
  const { readingStart } = analysis.readings;
  return readingStart[g + 1]! - readingStart[g]! > 1;
}

/**
 * The worst pair of a conflicting group: its highest lower end ÷ its lowest upper end (the claim
 * with the lowest upper end lies entirely below the one with the highest lower end whenever the
 * group conflicts). Null where no finite ratio measures the gap (see `gapRatio`).
 */
export function groupGapRatio(analysis: Analysis, g: number): number | null {
  const { intervals, readings } = analysis;
  return gapRatio(
    intervalAt(intervals, readings.lowestHigh[g]!),
    intervalAt(intervals, readings.highestLow[g]!),
  );
}
