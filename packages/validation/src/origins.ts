import type { Claim, Source } from "@tally/dataset";

/** Where a figure comes from: who gave it and which outlet first reported it. */
export interface Origin {
  /** Normalised identity: two claims with the same key are one origin, however many articles repeat it. */
  key: string;
  attributed_to: string;
  outlet: string;
}

const normalise = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The origin of every claim, parallel to `claims`: (attributed_to, first_reported_by ?? the
 * source's outlet), and for a claim that repeats another claim, the origin of the claim it repeats
 * (followed through chains; a cycle or a dangling link stops at the last claim reached).
 */
export function claimOrigins(claims: readonly Claim[], sources: readonly Source[]): Origin[] {
  const outletOf = new Map<string, string>();
  for (const s of sources) outletOf.set(s.source_id, s.outlet);
  // An index of every claim id costs a large dataset dearly; build it only when a claim repeats another.
  let index: Map<string, number> | undefined;
  const indexOf = (id: string) => {
    if (!index) {
      index = new Map();
      for (let i = 0; i < claims.length; i++)
        if (!index.has(claims[i]!.claim_id)) index.set(claims[i]!.claim_id, i);
    }
    return index.get(id);
  };
  // Few distinct parties and outlets stand behind many claims: one Origin object per pair.
  const known = new Map<string, Origin>();
  const own = (c: Claim): Origin => {
    const outlet = c.first_reported_by ?? outletOf.get(c.source_id) ?? c.source_id;
    const raw = `${c.attributed_to}\u0000${outlet}`;
    let origin = known.get(raw);
    if (!origin) {
      origin = {
        key: `${normalise(c.attributed_to)}\u0000${normalise(outlet)}`,
        attributed_to: c.attributed_to,
        outlet,
      };
      known.set(raw, origin);
    }
    return origin;
  };
  const result = new Array<Origin | undefined>(claims.length);
  const resolve = (start: number): Origin => {
    const path: number[] = [];
    const seen = new Set<number>();
    let i = start;
    let found: Origin | undefined;
    for (;;) {
      const done = result[i];
      if (done) {
        found = done;
        break;
      }
      path.push(i);
      seen.add(i);
      const next = claims[i]!.repeats_claim_id;
      const j = next === null ? undefined : indexOf(next);
      if (j === undefined || seen.has(j)) {
        found = own(claims[i]!);
        break;
      }
      i = j;
    }
    for (const p of path) result[p] = found;
    return found;
  };
  for (let i = 0; i < claims.length; i++) if (!result[i]) resolve(i);
  return result as Origin[];
}
