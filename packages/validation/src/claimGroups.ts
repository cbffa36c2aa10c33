import type { Claim } from "@tally/dataset";

/**
 * The claims about each event and metric, the unit in which figures are compared: groups numbered
 * in the order they first appear in the file, and each group's members (indexes into the claims
 * table, in file order) at `members[start[g]]` up to `members[start[g + 1]]`.
 */
export interface ClaimGroups {
  count: number;
  /** The group of each claim. */
  groupOf: Int32Array;
  start: Int32Array;
  members: Int32Array;
}

/**
 * `eventRows`, when given, holds the row of the events table each claim names (-1 for none), as the
 * loader's reference check found it: events are then told apart by number, not by hashing a
 * million ids again. Claims whose event it did not find are keyed by their id.
 */
export function groupClaims(
  claims: readonly Pick<Claim, "event_id" | "metric">[],
  eventRows: Int32Array | null = null,
): ClaimGroups {
  const n = claims.length;
  const groupOf = new Int32Array(n);
  // An event has few metrics: its groups are chained from the first one instead of keyed by a
  // joined string, which would cost a string per claim.
  let rows = 0;
  if (eventRows !== null) for (let i = 0; i < n; i++) if (eventRows[i]! >= rows) rows = eventRows[i]! + 1;
  const firstOfRow = new Int32Array(rows).fill(-1);
  const firstOfEvent = new Map<string, number>();
  const metricOf: string[] = [];
  const nextOfEvent: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const { event_id, metric } = claims[i]!;
    const row = eventRows === null ? -1 : eventRows[i]!;
    let g = row === -1 ? (firstOfEvent.get(event_id) ?? -1) : firstOfRow[row]!;
    let last = -1;
    while (g !== -1 && metricOf[g] !== metric) {
      last = g;
      g = nextOfEvent[g]!;
    }
    if (g === -1) {
      g = metricOf.length;
      metricOf.push(metric);
      nextOfEvent.push(-1);
      sizes.push(0);
      if (last !== -1) nextOfEvent[last] = g;
      else if (row === -1) firstOfEvent.set(event_id, g);
      else firstOfRow[row] = g;
    }
    groupOf[i] = g;
    sizes[g]!++;
  }
  const count = metricOf.length;
  const start = new Int32Array(count + 1);
  for (let g = 0; g < count; g++) start[g + 1] = start[g]! + sizes[g]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[groupOf[i]!]!++] = i;
  return { count, groupOf, start, members };
}

/** The members of group `g`, in file order. */
export function membersOf(groups: ClaimGroups, g: number): Int32Array {
  return groups.members.subarray(groups.start[g]!, groups.start[g + 1]!);
}
