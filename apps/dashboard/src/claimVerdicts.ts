import type { ClaimView } from "@tally/dataset";
import type { GroupVerdict } from "@tally/validation";

/**
 * Each claim's colour in the discrepancy view, read from the validator's group verdict: a claim
 * in a conflicting pair is "conflict"; the rest take the group's verdict, except that in a
 * conflicting group they agree with each other ("consistent").
 */
export function claimVerdicts(group: GroupVerdict | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!group) return out;
  const conflicted = new Set(group.conflicts.flatMap((c) => c.claim_ids));
  for (const id of group.claim_ids)
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

/** The groups worth comparing (more than one claim), most severe conflict first. */
export function rankGroups(groups: readonly GroupVerdict[]): GroupVerdict[] {
  const rank = { conflict: 0, consistent: 1, single_origin: 2 } as const;
  return groups
    .filter((g) => g.claim_ids.length > 1)
    .sort(
      (a, b) =>
        rank[a.verdict] - rank[b.verdict] ||
        gapWidth(b) - gapWidth(a) ||
        a.event_id.localeCompare(b.event_id) ||
        a.metric.localeCompare(b.metric),
    );
}

/** How wide a group's worst gap is; an unbounded gap (no finite ratio) is the widest. */
export function gapWidth(g: GroupVerdict): number {
  return g.conflicts.some((c) => c.gap_ratio === null) ? Number.POSITIVE_INFINITY : (g.max_gap_ratio ?? 0);
}

/** "×3.00", or "unbounded" when the validator could give no finite ratio. */
export function formatGap(ratio: number | null): string {
  return ratio === null ? "unbounded" : `×${ratio.toFixed(2)}`;
}
