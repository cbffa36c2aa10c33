import type { Claim } from "@tally/dataset";

/** The claims about one event and one metric: the unit in which figures are compared. */
export interface ClaimGroup {
  event_id: string;
  metric: string;
  /** Indexes into the claims table, in file order. */
  members: number[];
}

export const groupKey = (event_id: string, metric: string) => `${event_id}\u0000${metric}`;

/** Groups claims by event and metric, in the order each group first appears in the file. */
export function groupClaims(claims: readonly Claim[]): Map<string, ClaimGroup> {
  const groups = new Map<string, ClaimGroup>();
  claims.forEach((c, i) => {
    const key = groupKey(c.event_id, c.metric);
    const group = groups.get(key);
    if (group) group.members.push(i);
    else groups.set(key, { event_id: c.event_id, metric: c.metric, members: [i] });
  });
  return groups;
}
