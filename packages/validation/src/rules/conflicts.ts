import type { Finding } from "../finding.js";
import { analyse } from "../groupAnalysis.js";
import { locate, type Rule } from "../ruleContext.js";
import { formatInterval } from "../valueInterval.js";

const ratioText = (r: number | null) => (r === null ? "unbounded" : r.toFixed(2));

/**
 * Within each event and metric, two claims conflict when their intervals share no point: one
 * warning per such pair, and one info per group summarising what was claimed.
 */
export const conflicts: Rule = {
  id: "conflicts",
  title: "Claims about one event and metric whose figures cannot both be true",
  check(ctx) {
    const { dataset, datasetLabel: label, tolerance } = ctx;
    const { claims } = dataset.tables;
    const { intervals, groups } = analyse(dataset, tolerance);
    const findings: Finding[] = [];
    for (const group of groups) {
      const { event_id, metric, members } = group;
      for (const pair of group.conflicts) {
        // File order, so a pair reads the same in every report whichever figure is higher.
        const [i, j] = pair.lower < pair.higher ? [pair.lower, pair.higher] : [pair.higher, pair.lower];
        const a = claims[i]!;
        const b = claims[j]!;
        const aIv = formatInterval(intervals[i]!);
        const bIv = formatInterval(intervals[j]!);
        findings.push({
          rule: "conflicts",
          severity: "warning",
          message:
            `${event_id} / ${metric}: "${a.figure_text}" (${a.claim_id}, ${aIv}) and ` +
            `"${b.figure_text}" (${b.claim_id}, ${bIv}) do not overlap; ` +
            `gap ratio ${ratioText(pair.gap_ratio)}, ${pair.band}`,
          dataset: label,
          ...locate(dataset, "claims", i),
          event_id,
          metric,
          claim_ids: [a.claim_id, b.claim_id],
          details: {
            intervals: { [a.claim_id]: aIv, [b.claim_id]: bIv },
            higher: claims[pair.higher]!.claim_id,
            gap_ratio: pair.gap_ratio,
            band: pair.band,
            tolerance,
          },
        });
      }
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const i of members) {
        const { value_low: low, value_high: high } = claims[i]!;
        if (low !== null && low < min) min = low;
        if (high !== null && high > max) max = high;
        if (low !== null && low > max) max = low;
        if (high !== null && high < min) min = high;
      }
      const n = members.length;
      const range =
        min > max ? "no figures" : min === max ? `figure ${min}` : `figures from ${min} to ${max}`;
      findings.push({
        rule: "conflicts",
        severity: "info",
        message:
          `${event_id} / ${metric}: ${n} claim${n === 1 ? "" : "s"} from ${group.origins.length} ` +
          `independent origin${group.origins.length === 1 ? "" : "s"}, ${range}, ` +
          `${group.conflicts.length} conflicting pair${group.conflicts.length === 1 ? "" : "s"}`,
        dataset: label,
        ...locate(dataset, "claims", members[0]!),
        event_id,
        metric,
        details: {
          claims: n,
          origins: group.origins.length,
          min: min > max ? null : min,
          max: min > max ? null : max,
          conflicts: group.conflicts.length,
        },
      });
    }
    return findings;
  },
};
