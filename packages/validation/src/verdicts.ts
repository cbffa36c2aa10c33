import type { LoadedDataset } from "@tally/dataset/node";
import type { GroupVerdict } from "./finding.js";
import { analyse } from "./groupAnalysis.js";
import { summariseReadings } from "./readingSummary.js";

/**
 * The verdict on each event and metric, in the order groups first appear: conflict when the claims
 * form two or more readings (some two cannot both be true), otherwise single_origin when one origin
 * stands behind every claim, otherwise consistent; with the readings, the claims consistent with
 * every reading, the envelope, the most corroborated reading and the worst gap.
 */
export function groupVerdicts(dataset: LoadedDataset, tolerance: number): GroupVerdict[] {
  const { claims } = dataset.tables;
  const analysis = analyse(dataset, tolerance);
  const { groups, originStart } = analysis;
  const verdicts: GroupVerdict[] = [];
  for (let g = 0; g < groups.count; g++) {
    const s = summariseReadings(analysis, g, claims);
    const origins = originStart[g + 1]! - originStart[g]!;
    const first = claims[groups.members[groups.start[g]!]!]!;
    const claimIds: string[] = [];
    for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++)
      claimIds.push(claims[groups.members[m]!]!.claim_id);
    verdicts.push({
      event_id: first.event_id,
      metric: first.metric,
      verdict: s.readings.length > 1 ? "conflict" : origins <= 1 ? "single_origin" : "consistent",
      claim_ids: claimIds,
      origins,
      readings: s.readings.map((r) => r.reading),
      spanning: s.spanning,
      envelope: s.envelope,
      most_corroborated: s.mostCorroborated,
      pairs: s.pairs,
      max_gap_ratio: s.gapRatio,
      band: s.band,
    });
  }
  return verdicts;
}
