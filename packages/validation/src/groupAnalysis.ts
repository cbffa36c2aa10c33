import type { LoadedDataset } from "@tally/dataset/node";
import type { ClaimGroup } from "./claimGroups.js";
import { groupClaims } from "./claimGroups.js";
import { disjointPairs } from "./disjointPairs.js";
import type { ConflictBand } from "./finding.js";
import { claimOrigins, type Origin } from "./origins.js";
import { conflictBand, gapRatio, type ValueInterval, valueInterval } from "./valueInterval.js";

export interface ConflictPair {
  /** Claim indexes: every value of `lower` lies below every value of `higher`. */
  lower: number;
  higher: number;
  gap_ratio: number | null;
  band: ConflictBand;
}

export interface AnalysedGroup extends ClaimGroup {
  conflicts: ConflictPair[];
  /** Distinct origins of the group's claims, in order of first appearance. */
  origins: Origin[];
}

/** What the cross-row rules and the verdicts share, computed once per dataset and tolerance. */
export interface Analysis {
  intervals: ValueInterval[];
  origins: Origin[];
  groups: AnalysedGroup[];
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
  const { claims, sources } = dataset.tables;
  const intervals = claims.map((c) => valueInterval(c, tolerance));
  const origins = claimOrigins(claims, sources);
  const groups: AnalysedGroup[] = [];
  for (const group of groupClaims(claims).values()) {
    const conflicts = disjointPairs(group.members, (i) => intervals[i]!).map(([lower, higher]) => {
      const gap_ratio = gapRatio(intervals[lower]!, intervals[higher]!);
      return { lower, higher, gap_ratio, band: conflictBand(gap_ratio) };
    });
    const distinct = new Map<string, Origin>();
    for (const i of group.members) {
      const o = origins[i]!;
      if (!distinct.has(o.key)) distinct.set(o.key, o);
    }
    groups.push({ ...group, conflicts, origins: [...distinct.values()] });
  }
  const analysis = { intervals, origins, groups };
  byTolerance.set(tolerance, analysis);
  return analysis;
}
