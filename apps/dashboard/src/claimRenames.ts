import type { ReleaseDiff } from "@tally/dataset/diff";

type DiffClaim = ReleaseDiff["claims"]["added"][number];

/** A claim's every field but its id, in one text: two claims equal in it differ by id alone. */
function content(claim: DiffClaim): string {
  const { claim_id: _id, ...rest } = claim;
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The claims a comparison lists as removed and added that differ by id alone, each way (added id
 * to removed id and back): a claim renamed between releases read as one claim gone and an
 * unrelated one new (an outside audit). Pairs are made in list order, each claim in one pair.
 */
export function renamedClaims(diff: ReleaseDiff): Map<string, string> {
  const removed = new Map<string, string[]>();
  for (const c of diff.claims.removed) {
    const key = content(c);
    removed.set(key, [...(removed.get(key) ?? []), c.claim_id]);
  }
  const pairs = new Map<string, string>();
  for (const c of diff.claims.added) {
    const was = removed.get(content(c))?.shift();
    if (was === undefined) continue;
    pairs.set(c.claim_id, was);
    pairs.set(was, c.claim_id);
  }
  return pairs;
}
