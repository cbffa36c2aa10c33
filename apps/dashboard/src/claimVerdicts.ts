import { type ClaimView, firstFewInWords } from "@tally/dataset";
import { isolateName } from "@tally/ui";
import type { GroupRating } from "./groupRating.js";

/** Where one claim stands among its group's readings. */
export interface ClaimReading {
  /** Indexes of the readings it supports (more than one when it lies where two readings meet). */
  readings: number[];
  /** Consistent with every reading, so counted as support for none. */
  spanning: boolean;
}

/** Each claim's readings, read from the validator's verdict on its group. `claimIds` are the group's claims. */
export function claimReadings(
  group: GroupRating | null | undefined,
  claimIds: readonly string[],
): Map<string, ClaimReading> {
  const out = new Map<string, ClaimReading>(claimIds.map((id) => [id, { readings: [], spanning: false }]));
  if (!group) return out;
  group.readings.forEach((r, i) => {
    for (const id of r.claim_ids) out.get(id)?.readings.push(i);
  });
  for (const id of group.spanning) {
    const c = out.get(id);
    if (c) c.spanning = true;
  }
  return out;
}

/**
 * Each claim's verdict as the evidence panel names it: in a conflicting group a claim that supports
 * a reading is "conflict" (another reading contradicts it) and a spanning claim "consistent"; in
 * any other group every claim takes the group's verdict.
 */
export function claimVerdicts(
  group: GroupRating | null | undefined,
  claimIds: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (!group) return out;
  const spanning = new Set(group.spanning);
  for (const id of claimIds)
    out.set(id, group.verdict !== "conflict" ? group.verdict : spanning.has(id) ? "consistent" : "conflict");
  return out;
}

/**
 * The claims in the order the chart draws them: by the first reading they support (lowest common
 * range first), then by figure; the spanning claims after every reading; claims in no reading last.
 */
export function orderByReading(
  claims: readonly ClaimView[],
  readings: ReadonlyMap<string, ClaimReading>,
): ClaimView[] {
  const rank = (c: ClaimView) => {
    const r = readings.get(c.claim_id);
    if (r && r.readings.length > 0) return r.readings[0]!;
    return r?.spanning ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER;
  };
  const low = (c: ClaimView) => c.value_low ?? Number.NEGATIVE_INFINITY;
  return [...claims].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      low(a) - low(b) ||
      (a.claim_id < b.claim_id ? -1 : a.claim_id > b.claim_id ? 1 : 0),
  );
}

/**
 * Sources named in a chart's attribution line; past them it counts the rest. A release of 10k
 * claims had thousands, which made the line 13,000 px tall on screen and a PNG export of 9 MB.
 */
export const ATTRIBUTION_SOURCES = 12;

/** Parties named after a source in an attribution line, past which the rest are counted. */
const PARTIES_PER_SOURCE = 3;

/** " citing A, B and 2 more": who an outlet's figures are attributed to. */
function citing(named: readonly string[]): string {
  return named.length === 0 ? "" : ` citing ${firstFewInWords(named, PARTIES_PER_SOURCE)}`;
}

/**
 * "Sources: Daily NK (2023-10-10), Yonhap (2023-10-12)": outlets and dates of the claims shown,
 * the first `ATTRIBUTION_SOURCES` of them, then how many more the data table and CSV export list.
 * With `parties`, each names whom its figures are attributed to ("Daily NK (2023-10, inferred)
 * citing a source in China"), for a chart whose marks carry no such label (Trends: an outside
 * review found its exports credited the outlets alone).
 */
export function attributionLine(claims: readonly ClaimView[], { parties = false } = {}): string {
  const bySource = new Map<string, string[]>();
  for (const c of claims) {
    // Each name isolated (`isolateName`): an Arabic outlet took the date after it into its
    // right-to-left run ("(11-10-2023) الجزيرة نت"), and swapped outlets with whom they cite.
    const part = `${isolateName(c.outlet)}${c.via ? ` via ${isolateName(c.via)}` : ""} (${c.published ?? "undated"}${c.published_inferred ? ", inferred" : ""})`;
    const named = bySource.get(part) ?? [];
    bySource.set(part, named);
    // An outlet's own reporting needs no "citing" of itself.
    if (!parties || c.attributed_to === c.outlet) continue;
    const party = `${isolateName(c.attributed_to)}${c.first_reported_by && c.first_reported_by !== c.attributed_to ? ` (first reported by ${isolateName(c.first_reported_by)})` : ""}`;
    if (!named.includes(party)) named.push(party);
  }
  const parts = [...bySource].map(([part, named]) => part + citing(named));
  if (parts.length === 0) return "Sources: none";
  const more = parts.length - ATTRIBUTION_SOURCES;
  // Parties cut after a source's first few are as much figures' sources as outlets cut are: the
  // line says where they are (an outside review found "and 2 more" pointing nowhere).
  const cutParties = [...bySource.values()].some((named) => named.length > PARTIES_PER_SOURCE);
  const where = `(every claim's source${cutParties ? " and attribution" : ""} is in the data table and the CSV export)`;
  return more > 0
    ? `Sources: ${parts.slice(0, ATTRIBUTION_SOURCES).join("; ")}; and ${more.toLocaleString("en-US")} more ${where}`
    : `Sources: ${parts.join("; ")}${cutParties ? ` ${where}` : ""}`;
}

/** "×3.00", or "unbounded" when the validator could give no finite ratio. */
export function formatGap(ratio: number | null): string {
  return ratio === null ? "unbounded" : `×${ratio.toFixed(2)}`;
}
