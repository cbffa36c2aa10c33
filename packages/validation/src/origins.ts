import { type Claim, foldQuotesAndDashes, referencedRows, rowIndex, type Source } from "@tally/dataset";

/**
 * Where a figure comes from: who gave it and which outlet first reported it. A claim's reporting
 * chain (`first_reported_by`, `reported_via`, its source) is judged on its first link only: the
 * outlets a figure passed through later add no independence.
 */
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

/**
 * Control and format characters (\p{Cc}, \p{Cf}) that are not white space, and every other code
 * point Unicode calls default-ignorable (a combining grapheme joiner, a variation selector, a
 * Hangul filler): a zero-width space, soft hyphen, NUL or bidirectional isolate prints as nothing,
 * so a name carrying one would pass for the same party in a report yet count as another origin.
 * NUL also joins an origin's key.
 */
const UNSEEN = /(?![\t\n\v\f\r\u0085\uFEFF])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A party's or outlet's name as origins compare it: NFKC, typographic quotes and dashes as ASCII
 * (as quotes are matched against their texts), without characters that print as nothing,
 * trimmed, inner spaces one, lower-case. An outside review found "South Korea's Unification
 * Ministry" and "South Korea’s …", and "Joo Ok‐kyung" with U+2010, counted as two independent
 * origins. Folded before NFKC as well as after: NFKC makes ″ two primes (read as '' rather than
 * "), and makes a dash of the small and vertical dash forms (﹘ ︱).
 */
export const normaliseName = (s: string) =>
  foldQuotesAndDashes(foldQuotesAndDashes(s).normalize("NFKC"))
    .replace(UNSEEN, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
const normalise = normaliseName;

/**
 * The origin of every claim: (attributed_to, first_reported_by ?? the source's outlet), and for a
 * claim that repeats another claim, the origin of the first claim of its chain of repeats (a
 * dangling link ends the chain at the last claim reached). A claim on a cycle of repeats keeps its
 * own origin, since no claim of a cycle is the first report, and a claim whose chain runs into a
 * cycle shares the origin of the claim where it enters: never one that depends on row order. Each
 * claim is walked once, without recursion.
 */
export function originTable(claims: readonly Claim[], sources: readonly Source[]): OriginTable {
  // The source of each claim as the loader's reference check found it: the first row with its id,
  // the only one the loader keeps. Tables it did not check are looked up in their index, first row
  // of an id likewise.
  const sourceOf = referencedRows(claims, "source_id", sources);
  const sourceIndex = sourceOf === null ? rowIndex(sources, "source_id") : null;
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
    const source = sourceOf === null ? sourceIndex!.get(c.source_id) : sourceOf[i]!;
    const outlet = c.first_reported_by ?? (source === -1 ? c.source_id : sources[source]!.outlet);
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
  // The walk's marks, made only when some claim repeats another: where on the current walk each
  // claim stands (walk number and position), so a claim met twice closes a cycle at once.
  let walkOf: Int32Array | undefined;
  let placeOf: Int32Array | undefined;
  const path: number[] = [];
  for (let start = 0; start < claims.length; start++) {
    if (of[start] !== -1) continue;
    if (claims[start]!.repeats_claim_id === null) {
      of[start] = own(start);
      continue;
    }
    walkOf ??= new Int32Array(claims.length).fill(-1);
    placeOf ??= new Int32Array(claims.length);
    path.length = 0;
    let i = start;
    for (;;) {
      walkOf[i] = start;
      placeOf[i] = path.length;
      path.push(i);
      const next = claims[i]!.repeats_claim_id;
      const j = next === null ? undefined : indexOf(next);
      if (j === undefined) {
        // The first report (or the last claim reached before a dangling link): its own origin.
        const found = own(i);
        for (const p of path) of[p] = found;
        break;
      }
      if (of[j] !== -1) {
        for (const p of path) of[p] = of[j]!;
        break;
      }
      if (walkOf[j] === start) {
        // A cycle has no first report: each claim on it keeps its own origin (the links rule
        // reports the cycle), and the claims leading into it share the origin of the claim where
        // they enter it, whichever claim the walk started from.
        const entry = placeOf[j]!;
        for (let k = entry; k < path.length; k++) of[path[k]!] = own(path[k]!);
        for (let k = 0; k < entry; k++) of[path[k]!] = of[j]!;
        break;
      }
      i = j;
    }
  }
  return { origins, keyOf: Int32Array.from(keys), of };
}

/** The origin of every claim, parallel to `claims` (see `originTable`). */
export function claimOrigins(claims: readonly Claim[], sources: readonly Source[]): Origin[] {
  const { origins, of } = originTable(claims, sources);
  return Array.from(of, (o) => origins[o]!);
}
