import type { Finding } from "../finding.js";
import { analyse } from "../groupAnalysis.js";
import { locate, type Rule } from "../ruleContext.js";

/** How many independent origins stand behind each event and metric; repeats of one origin count once. */
export const corroboration: Rule = {
  id: "corroboration",
  title: "Independent origins behind each event and metric",
  check(ctx) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims } = dataset.tables;
    const findings: Finding[] = [];
    for (const group of analyse(dataset, ctx.tolerance).groups) {
      const k = group.origins.length;
      const n = group.members.length;
      findings.push({
        rule: "corroboration",
        severity: "info",
        message:
          `${group.event_id} / ${group.metric}: ${k} independent origin${k === 1 ? "" : "s"} ` +
          `among ${n} claim${n === 1 ? "" : "s"}: ` +
          group.origins.map((o) => `${o.attributed_to} (${o.outlet})`).join("; "),
        dataset: label,
        ...locate(dataset, "claims", group.members[0]!),
        event_id: group.event_id,
        metric: group.metric,
        claim_ids: group.members.map((i) => claims[i]!.claim_id),
        details: {
          origins: group.origins.map(({ attributed_to, outlet }) => ({ attributed_to, outlet })),
          claims: n,
        },
      });
    }
    return findings;
  },
};
