import { flat } from "../flatText.js";
import { analyse, pairGapRatio } from "../groupAnalysis.js";
import { intervalAt } from "../intervalColumns.js";
import { defineRule, rowSites } from "../ruleContext.js";
import { conflictBand, formatInterval } from "../valueInterval.js";

const ratioText = (r: number | null) => (r === null ? "unbounded" : r.toFixed(2));

/**
 * Within each event and metric, two claims conflict when their intervals share no point: one
 * warning per such pair, and one info per group summarising what was claimed.
 */
export const conflicts = defineRule({
  id: "conflicts",
  title: "Claims about one event and metric whose figures cannot both be true",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label, tolerance } = ctx;
    const { claims } = dataset.tables;
    const sites = rowSites(dataset, "claims");
    const analysis = analyse(dataset, tolerance);
    const { intervals, groups, conflicts: pairs, conflictStart, originStart } = analysis;
    // A claim in a crowded group is in many pairs: its interval is written once, and kept by
    // number rather than in a map of a million entries.
    const textOf = new Int32Array(claims.length).fill(-1);
    const texts: string[] = [];
    const intervalText = (i: number) => {
      let t = textOf[i]!;
      if (t === -1) {
        t = texts.push(formatInterval(intervalAt(intervals, i))) - 1;
        textOf[i] = t;
      }
      return texts[t]!;
    };
    for (let g = 0; g < groups.count; g++) {
      const first = groups.start[g]!;
      const end = groups.start[g + 1]!;
      const { event_id, metric } = claims[groups.members[first]!]!;
      for (let k = conflictStart[g]!; k < conflictStart[g + 1]!; k++) {
        const lower = pairs.lower[k]!;
        const higher = pairs.higher[k]!;
        // File order, so a pair reads the same in every report whichever figure is higher.
        const i = Math.min(lower, higher);
        const j = Math.max(lower, higher);
        const a = claims[i]!;
        const b = claims[j]!;
        const aIv = intervalText(i);
        const bIv = intervalText(j);
        const gap_ratio = pairGapRatio(analysis, k);
        const band = conflictBand(gap_ratio);
        const row = sites.at.row[i]!;
        const line = sites.at.line[i]!;
        // Keyed by claim id: a literal with computed keys gives V8 a new hidden class for every
        // pair of ids (0.5 s at a million claims), where a dictionary object costs nothing extra.
        const byClaim: Record<string, string> = Object.create(null);
        byClaim[a.claim_id] = aIv;
        byClaim[b.claim_id] = bIv;
        emit({
          rule: "conflicts",
          severity: "warning",
          message: flat`${event_id} / ${metric}: "${a.figure_text}" (${a.claim_id}, ${aIv}) and "${b.figure_text}" (${b.claim_id}, ${bIv}) do not overlap; gap ratio ${ratioText(gap_ratio)}, ${band}`,
          dataset: label,
          file: sites.file,
          row,
          line,
          event_id,
          metric,
          claim_ids: [a.claim_id, b.claim_id],
          details: {
            intervals: byClaim,
            higher: claims[higher]!.claim_id,
            gap_ratio,
            band,
            tolerance,
          },
        });
      }
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let m = first; m < end; m++) {
        const { value_low: low, value_high: high } = claims[groups.members[m]!]!;
        if (low !== null && low < min) min = low;
        if (high !== null && high > max) max = high;
        if (low !== null && low > max) max = low;
        if (high !== null && high < min) min = high;
      }
      const n = end - first;
      const origins = originStart[g + 1]! - originStart[g]!;
      const conflicting = conflictStart[g + 1]! - conflictStart[g]!;
      const head = groups.members[first]!;
      const row = sites.at.row[head]!;
      const line = sites.at.line[head]!;
      const range =
        min > max ? "no figures" : min === max ? `figure ${min}` : `figures from ${min} to ${max}`;
      emit({
        rule: "conflicts",
        severity: "info",
        message: flat`${event_id} / ${metric}: ${n} claim${n === 1 ? "" : "s"} from ${origins} independent origin${origins === 1 ? "" : "s"}, ${range}, ${conflicting} conflicting pair${conflicting === 1 ? "" : "s"}`,
        dataset: label,
        file: sites.file,
        row,
        line,
        event_id,
        metric,
        details: {
          claims: n,
          origins,
          min: min > max ? null : min,
          max: min > max ? null : max,
          conflicts: conflicting,
        },
      });
    }
  },
});
