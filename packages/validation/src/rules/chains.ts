import { type Claim, PROBLEM_CODES, type Source } from "@tally/dataset";
import { flat } from "../flatText.js";
import { normaliseName } from "../origins.js";
import { defineRule, rowSites } from "../ruleContext.js";

/** A name as findings print it: quoted, so a name with spaces or quotes reads as one name. */
const quoted = (name: string) => JSON.stringify(name);

/** What is wrong with one claim's chain, each as (column, code, message); none when it is sound. */
export function chainProblems(
  c: Claim,
  source: Source | undefined,
): { column: string; code: string; message: string }[] {
  if (c.reported_via.length === 0) return [];
  if (c.first_reported_by === null)
    return [
      {
        column: "reported_via",
        code: PROBLEM_CODES.chainWithoutFirst,
        message: flat`${c.claim_id}: reported_via names ${c.reported_via.length} outlet${c.reported_via.length === 1 ? "" : "s"} but first_reported_by is empty: name the outlet that first reported the figure, where the chain starts`,
      },
    ];
  const problems: { column: string; code: string; message: string }[] = [];
  // The chain as written, first reporter first; outlets are one outlet however they are spelt
  // (case, inner spaces, NFKC, typographic quotes and dashes), as origins compare them.
  const chain = [c.first_reported_by, ...c.reported_via];
  // Each outlet's spellings in chain order: one problem per outlet however often it recurs (an
  // outside review got two identical errors for "Yonhap" then "Yonhap; yonhap").
  const spelt = new Map<string, string[]>();
  for (const outlet of chain) {
    const key = normaliseName(outlet);
    const all = spelt.get(key);
    if (all) all.push(outlet);
    else spelt.set(key, [outlet]);
  }
  for (const [first, ...later] of spelt.values()) {
    const named = later[0];
    if (named === undefined) continue;
    const times = later.length === 1 ? "twice" : `${later.length + 1} times`;
    const others = [...new Set([first!, ...later])].filter((o) => o !== named);
    problems.push({
      column: "reported_via",
      code: PROBLEM_CODES.chainRepeatedOutlet,
      message:
        others.length > 0
          ? flat`${c.claim_id}: the reporting chain names ${quoted(named)} ${times} (also as ${others.map(quoted).join(", ")}): a figure passes through an outlet once`
          : flat`${c.claim_id}: the reporting chain names ${quoted(named)} ${times}: a figure passes through an outlet once`,
    });
  }
  if (source !== undefined)
    for (const own of [source.outlet, source.via]) {
      if (own === null) continue;
      const named = spelt.get(normaliseName(own))?.[0];
      if (named !== undefined)
        problems.push({
          column: named === c.first_reported_by ? "first_reported_by" : "reported_via",
          code: PROBLEM_CODES.chainOwnOutlet,
          message: flat`${c.claim_id}: the reporting chain names ${quoted(named)}, the claim's own ${own === source.via ? "reprinting outlet (via)" : "outlet"} in source ${source.source_id}: the chain holds only the outlets before the source`,
        });
    }
  return problems;
}

/**
 * A claim's reporting chain, `first_reported_by` then `reported_via`, then its source's outlet
 * (and the outlet that reprinted it): the chain continues from a first reporter, and names each
 * outlet once, none of them the source's own. Only claims with a `reported_via` are checked: a
 * `first_reported_by` alone is the one-link chain Tally always had. Independence is judged on the
 * first link (`origins.ts`), so a chain that skips it or loops would misname a figure's origin.
 */
export const chains = defineRule({
  id: "chains",
  title: "Reporting chains start at a first reporter and name each outlet once, not the source's own",
  scan(ctx, emit) {
    const { dataset, datasetLabel: label } = ctx;
    const { claims, sources } = dataset.tables;
    let sourceOf: Map<string, Source> | undefined;
    let sites: ReturnType<typeof rowSites> | undefined;
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      if (c.reported_via.length === 0) continue;
      // The first source with an id, as the loader's reference check takes it; built only when a
      // claim has a chain to check.
      if (sourceOf === undefined) {
        sourceOf = new Map();
        for (const s of sources) if (!sourceOf.has(s.source_id)) sourceOf.set(s.source_id, s);
      }
      sites ??= rowSites(dataset, "claims");
      for (const p of chainProblems(c, sourceOf.get(c.source_id)))
        emit({
          rule: "chains",
          severity: "error",
          message: p.message,
          dataset: label,
          file: sites.file,
          row: sites.at.row[i]!,
          line: sites.at.line[i]!,
          column: p.column,
          event_id: c.event_id,
          metric: c.metric,
          claim_ids: [c.claim_id],
          details: { code: p.code },
        });
    }
  },
});
