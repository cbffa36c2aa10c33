import type { ClaimView } from "@tally/dataset";
import type { GroupRating } from "./groupRating.js";

/**
 * Each claim's colour in the discrepancy view, read from the validator's verdict on its group: a
 * claim in a conflicting pair is "conflict"; the rest take the group's verdict, except that in a
 * conflicting group they agree with each other ("consistent"). `claimIds` are the group's claims.
 */
export function claimVerdicts(
  group: GroupRating | null | undefined,
  claimIds: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (!group) return out;
  const conflicted = new Set(group.conflicts.flatMap((c) => c.claim_ids));
  for (const id of claimIds)
    out.set(
      id,
      conflicted.has(id) ? "conflict" : group.verdict === "conflict" ? "consistent" : group.verdict,
    );
  return out;
}

/** "Sources: Daily NK (2023-10-10), Yonhap (2023-10-12)": outlets and dates of the claims shown. */
export function attributionLine(claims: readonly ClaimView[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of claims) {
    const part = `${c.outlet}${c.via ? ` via ${c.via}` : ""} (${c.published ?? "undated"}${c.published_inferred ? ", inferred" : ""})`;
    if (seen.has(part)) continue;
    seen.add(part);
    parts.push(part);
  }
  return parts.length ? `Sources: ${parts.join("; ")}` : "Sources: none";
}

/** "×3.00", or "unbounded" when the validator could give no finite ratio. */
export function formatGap(ratio: number | null): string {
  return ratio === null ? "unbounded" : `×${ratio.toFixed(2)}`;
}
