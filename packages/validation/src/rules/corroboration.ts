import { flat, listed, quoted } from "../flatText.js";
import { analyse } from "../groupAnalysis.js";
import { RULE_CODES } from "../ruleCodes.js";
import { defineRule, locate, rowSites } from "../ruleContext.js";

/**
 * Origins a group's message names before it counts the rest; `details.origins` has every one. A
 * crowded group's message named all 5,003 of its origins in 114,110 characters (an outside review).
 */
const NAMED_ORIGINS = 10;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/**
 * The Cyrillic and Greek letters of a name that also has Latin ones, as "о (U+043E)", or null when
 * it has none: "Jоо Ok-kyung" with Cyrillic о prints as the Latin name and counts as another
 * party (an outside review turned a reading's support into a tie so). A name wholly in one
 * script, or mixing Latin with Hangul, is not a lookalike.
 */
function mixedScript(name: string): string | null {
  if (!LATIN.test(name)) return null;
  const others = name.match(LOOKALIKE_SCRIPTS);
  if (others === null) return null;
  return [...new Set(others)]
    .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`)
    .join(", ");
}

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
    // Checked once per distinct origin and source, not per claim: at 1M claims the rule's own loop
    // is what the benchmark measures.
    const warned = new Set<string>();
    const lookalike = (i: number, table: "claims" | "sources", column: string, name: string) => {
      const letters = mixedScript(name);
      if (letters === null) return;
      // Once per name and column: a party quoted by several outlets is several origins, one name.
      const seen = `${column}\u0000${name}`;
      if (warned.has(seen)) return;
      warned.add(seen);
      emit({
        rule: "corroboration",
        severity: "warning",
        message: flat`${column} ${quoted(name)} mixes Latin letters with Cyrillic or Greek ones (${letters}): it prints like a name in one script, yet counts as a party of its own, so it can add an independent origin that is not one`,
        dataset: label,
        ...locate(dataset, table, i),
        column,
        details: { code: RULE_CODES.corroborationMixedScript, name },
      });
    };
    // The first claim that writes its origin's name: a claim that repeats another shares the
    // other's origin, and its own attributed_to may read otherwise.
    const firstClaimOf = new Int32Array(origins.origins.length).fill(-1);
    for (let i = 0; i < origins.of.length; i++) {
      const o = origins.of[i]!;
      if (firstClaimOf[o] === -1 && claims[i]!.attributed_to === origins.origins[o]!.attributed_to)
        firstClaimOf[o] = i;
    }
    origins.origins.forEach((origin, o) => {
      const i = firstClaimOf[o]!;
      if (i === -1) return;
      lookalike(i, "claims", "attributed_to", origin.attributed_to);
      if (claims[i]!.first_reported_by === origin.outlet)
        lookalike(i, "claims", "first_reported_by", origin.outlet);
    });
    dataset.tables.sources.forEach((source, i) => {
      lookalike(i, "sources", "outlet", source.outlet);
      if (source.via !== null) lookalike(i, "sources", "via", source.via);
    });
    for (let g = 0; g < groups.count; g++) {
      const first = groups.start[g]!;
      const end = groups.start[g + 1]!;
      const { event_id, metric } = claims[groups.members[first]!]!;
      const k = originStart[g + 1]! - originStart[g]!;
      const n = end - first;
      const names: string[] = [];
      const everyOrigin: { attributed_to: string; outlet: string }[] = [];
      for (let o = originStart[g]!; o < originStart[g + 1]!; o++) {
        const { attributed_to, outlet } = origins.origins[groupOrigins[o]!]!;
        if (names.length < NAMED_ORIGINS) names.push(`${attributed_to} (${outlet})`);
        everyOrigin.push({ attributed_to, outlet });
      }
      const claimIds: string[] = [];
      for (let m = first; m < end; m++) claimIds.push(claims[groups.members[m]!]!.claim_id);
      const head = groups.members[first]!;
      const row = sites.at.row[head]!;
      const line = sites.at.line[head]!;
      emit({
        rule: "corroboration",
        severity: "info",
        message: flat`${event_id} / ${metric}: ${k} independent origin${k === 1 ? "" : "s"} among ${n} claim${n === 1 ? "" : "s"}: ${listed(names, k - names.length, "; ")}`,
        dataset: label,
        file: sites.file,
        row,
        line,
        event_id,
        metric,
        claim_ids: claimIds,
        details: { origins: everyOrigin, claims: n },
      });
    }
  },
});
