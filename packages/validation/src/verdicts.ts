import type { LoadedDataset } from "@tally/dataset/node";
import type { GroupVerdict } from "./finding.js";
import { analyse } from "./groupAnalysis.js";

/**
 * The verdict on each event and metric, in the order groups first appear: conflict when any two
 * claims cannot both be true, otherwise single_origin when one origin stands behind every claim,
 * otherwise consistent.
 */
export function groupVerdicts(dataset: LoadedDataset, tolerance: number): GroupVerdict[] {
  const { claims } = dataset.tables;
  return analyse(dataset, tolerance).groups.map((g) => {
    const conflicts = g.conflicts.map((p) => {
      const [i, j] = p.lower < p.higher ? [p.lower, p.higher] : [p.higher, p.lower];
      return {
        claim_ids: [claims[i]!.claim_id, claims[j]!.claim_id] as [string, string],
        gap_ratio: p.gap_ratio,
        band: p.band,
      };
    });
    const ratios = conflicts.map((c) => c.gap_ratio);
    return {
      event_id: g.event_id,
      metric: g.metric,
      verdict: conflicts.length > 0 ? "conflict" : g.origins.length <= 1 ? "single_origin" : "consistent",
      claim_ids: g.members.map((i) => claims[i]!.claim_id),
      origins: g.origins.length,
      conflicts,
      max_gap_ratio: ratios.length === 0 || ratios.includes(null) ? null : Math.max(...(ratios as number[])),
    };
  });
}
