import { flat } from "../flatText.js";
import { analyse } from "../groupAnalysis.js";
import { defineRule, rowSites } from "../ruleContext.js";

/**
 * How many independent origins stand behind each event and metric; repeats of one origin count once.
 *
 * The distinct origins per group come from `analyse`'s typed loop, not arquero: at 1M claims
 * (252,038 groups, bench data seed 1) grouping the claims and counting distinct origin keys took
 * 165–189 ms as typed arrays, against 734–1,318 ms for arquero's
 * `groupby("event_id", "metric").rollup({ origins: op.distinct("key") })` on the same key column
 * (plus 56–66 ms to build its string columns), and arquero gives a count where this rule lists
 * the origins in the order they first appear.
 */
export const corroboration = defineRule({
  id: "corroboration",
  title: "Independent origins behind each event and metric",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims } = dataset.tables;
    const sites = rowSites(dataset, "claims");
    const { groups, origins, groupOrigins, originStart } = analyse(dataset, ctx.tolerance);
    for (let g = 0; g < groups.count; g++) {
      const first = groups.start[g]!;
      const end = groups.start[g + 1]!;
      const { event_id, metric } = claims[groups.members[first]!]!;
      const k = originStart[g + 1]! - originStart[g]!;
      const n = end - first;
      const names: string[] = [];
      const listed: { attributed_to: string; outlet: string }[] = [];
      for (let o = originStart[g]!; o < originStart[g + 1]!; o++) {
        const { attributed_to, outlet } = origins.origins[groupOrigins[o]!]!;
        names.push(`${attributed_to} (${outlet})`);
        listed.push({ attributed_to, outlet });
      }
      const claimIds: string[] = [];
      for (let m = first; m < end; m++) claimIds.push(claims[groups.members[m]!]!.claim_id);
      const head = groups.members[first]!;
      const row = sites.at.row[head]!;
      const line = sites.at.line[head]!;
      emit({
        rule: "corroboration",
        severity: "info",
        message: flat`${event_id} / ${metric}: ${k} independent origin${k === 1 ? "" : "s"} among ${n} claim${n === 1 ? "" : "s"}: ${names.join("; ")}`,
        dataset: label,
        file: sites.file,
        row,
        line,
        event_id,
        metric,
        claim_ids: claimIds,
        details: { origins: listed, claims: n },
      });
    }
  },
});
