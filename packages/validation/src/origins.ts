import { type Claim, referencedRows, rowIndex, type Source } from "@tally/dataset";

/** Where a figure comes from: who gave it and which outlet first reported it. */
export interface Origin {
  /** Normalised identity: two claims with the same key are one origin, however many articles repeat it. */
  key: string;
  attributed_to: string;
  outlet: string;
}

/** The origins of a claims table: each distinct one once, and which one each claim has. */
export interface OriginTable {
  /** One object per distinct (attributed_to, outlet) as written. */
  origins: Origin[];
  /** The number of each origin's normalised key: equal numbers, one origin. */
  keyOf: Int32Array;
  /** The origin of each claim, as an index into `origins`. */
  of: Int32Array;
}

const normalise = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The origin of every claim: (attributed_to, first_reported_by ?? the source's outlet), and for a
 * claim that repeats another claim, the origin of the claim it repeats (followed through chains; a
 * cycle or a dangling link stops at the last claim reached).
 */
export function originTable(claims: readonly Claim[], sources: readonly Source[]): OriginTable {
  // The outlet of the last source with an id: the loader's index of the sources answers when no id
  // is used twice, without a map of every source.
  const sourceIndex = rowIndex(sources, "source_id");
  let outletOf: { get: (id: string) => string | undefined } = {
    get: (id) => {
      const s = sourceIndex.get(id);
      return s === -1 ? undefined : sources[s]!.outlet;
    },
  };
  // The source of each claim as the loader's reference check found it, when each id is one source.
  const sourceOf = sourceIndex.duplicates === 0 ? referencedRows(claims, "source_id", sources) : null;
  if (sourceIndex.duplicates > 0) {
    const byId = new Map<string, string>();
    for (const s of sources) byId.set(s.source_id, s.outlet);
    outletOf = byId;
  }
  // An index of every claim id costs a large dataset dearly: ask for it only when a claim repeats
  // another, and then it is the loader's, already built.
  const indexOf = (id: string) => {
    const i = rowIndex(claims, "claim_id").get(id);
    return i === -1 ? undefined : i;
  };
  // Few distinct parties and outlets stand behind many claims: one Origin per pair, found through
  // two maps rather than a joined string per claim.
  const origins: Origin[] = [];
  const keys: number[] = [];
  const keyNumbers = new Map<string, number>();
  const byParty = new Map<string, Map<string, number>>();
  const own = (i: number): number => {
    const c = claims[i]!;
    const source = sourceOf === null ? -1 : sourceOf[i]!;
    const outlet =
      c.first_reported_by ??
      (source === -1 ? outletOf.get(c.source_id) : sources[source]!.outlet) ??
      c.source_id;
    let byOutlet = byParty.get(c.attributed_to);
    if (!byOutlet) {
      byOutlet = new Map();
      byParty.set(c.attributed_to, byOutlet);
    }
    let o = byOutlet.get(outlet);
    if (o === undefined) {
      o = origins.length;
      const key = `${normalise(c.attributed_to)}\u0000${normalise(outlet)}`;
      let k = keyNumbers.get(key);
      if (k === undefined) {
        k = keyNumbers.size;
        keyNumbers.set(key, k);
      }
      origins.push({ key, attributed_to: c.attributed_to, outlet });
      keys.push(k);
      byOutlet.set(outlet, o);
    }
    return o;
  };
  const of = new Int32Array(claims.length).fill(-1);
  const path: number[] = [];
  const seen = new Set<number>();
  for (let start = 0; start < claims.length; start++) {
    if (of[start] !== -1) continue;
    const first = claims[start]!;
    if (first.repeats_claim_id === null) {
      of[start] = own(start);
      continue;
    }
    path.length = 0;
    seen.clear();
    let i = start;
    let found: number;
    for (;;) {
      if (of[i] !== -1) {
        found = of[i]!;
        break;
      }
      path.push(i);
      seen.add(i);
      const next = claims[i]!.repeats_claim_id;
      const j = next === null ? undefined : indexOf(next);
      if (j === undefined || seen.has(j)) {
        found = own(i);
        break;
      }
      i = j;
    }
    for (const p of path) of[p] = found;
  }
  return { origins, keyOf: Int32Array.from(keys), of };
}

/** The origin of every claim, parallel to `claims` (see `originTable`). */
export function claimOrigins(claims: readonly Claim[], sources: readonly Source[]): Origin[] {
  const { origins, of } = originTable(claims, sources);
  return Array.from(of, (o) => origins[o]!);
}
