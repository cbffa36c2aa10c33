import type { LoadedDataset } from "@tally/dataset/node";
import type { GroupVerdict } from "./finding.js";
import { analyse, pairGapRatio } from "./groupAnalysis.js";
import { conflictBand } from "./valueInterval.js";

/**
 * The verdict on each event and metric, in the order groups first appear: conflict when any two
 * claims cannot both be true, otherwise single_origin when one origin stands behind every claim,
 * otherwise consistent.
 */
export function groupVerdicts(dataset: LoadedDataset, tolerance: number): GroupVerdict[] {
  const { claims } = dataset.tables;
  const analysis = analyse(dataset, tolerance);
  const { groups, conflicts, conflictStart, originStart } = analysis;
  const verdicts: GroupVerdict[] = [];
  for (let g = 0; g < groups.count; g++) {
    const pairs: GroupVerdict["conflicts"] = [];
    for (let k = conflictStart[g]!; k < conflictStart[g + 1]!; k++) {
      const lower = conflicts.lower[k]!;
      const higher = conflicts.higher[k]!;
      const [i, j] = lower < higher ? [lower, higher] : [higher, lower];
      const gap_ratio = pairGapRatio(analysis, k);
      pairs.push({
        claim_ids: [claims[i]!.claim_id, claims[j]!.claim_id],
        gap_ratio,
        band: conflictBand(gap_ratio),
      });
    }
    let max: number | null = pairs.length === 0 ? null : Number.NEGATIVE_INFINITY;
    for (const { gap_ratio } of pairs)
      max = max === null || gap_ratio === null ? null : Math.max(max, gap_ratio);
    const origins = originStart[g + 1]! - originStart[g]!;
    const first = claims[groups.members[groups.start[g]!]!]!;
    const claimIds: string[] = [];
    for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++)
      claimIds.push(claims[groups.members[m]!]!.claim_id);
    verdicts.push({
      event_id: first.event_id,
      metric: first.metric,
      verdict: pairs.length > 0 ? "conflict" : origins <= 1 ? "single_origin" : "consistent",
      claim_ids: claimIds,
      origins,
      conflicts: pairs,
      max_gap_ratio: max,
    });
  }
  return verdicts;
}
