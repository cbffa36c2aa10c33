import { byCodeUnit } from "@tally/dataset";

/** One mark that may share its position with others (claims about the same event). */
export interface DodgeItem {
  id: string;
  /** Items with the same group sit at the same place and are spread apart. */
  group: string;
  /** Order within the group (e.g. outlet then claim id); ties fall back to the id. */
  sortKey: string;
}

/**
 * The slot of each item within its group, centred on 0: a group of three gets -1, 0, 1 and a
 * group of two -0.5, 0.5; a lone item stays at 0. Sorted by `sortKey`, so the layout does not
 * depend on the order rows arrive in and the same claim lands in the same place on every load.
 */
export function dodgeSlots(items: readonly DodgeItem[]): Map<string, number> {
  const groups = new Map<string, DodgeItem[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  const slots = new Map<string, number>();
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) =>
      a.sortKey === b.sortKey ? byCodeUnit(a.id, b.id) : byCodeUnit(a.sortKey, b.sortKey),
    );
    const mid = (sorted.length - 1) / 2;
    sorted.forEach((item, i) => {
      slots.set(item.id, i - mid);
    });
  }
  return slots;
}

/** A group of marks set side by side about one date: its date's x and how many marks it has. */
export interface SpreadGroup {
  key: string;
  x: number;
  count: number;
}

/** Where a group's marks are centred and how many pixels apart they stand. */
export interface GroupSpread {
  centre: number;
  step: number;
}

export interface SpreadOptions {
  /** The plot's left and right edges: no mark goes past them. */
  left: number;
  right: number;
  /** The step when there is room for it. */
  preferred: number;
  /** The narrowest step: marks closer than this merge and cannot be told apart or tapped. */
  min: number;
  /** Kept free on the side of a neighbouring group (its shaded band reaches this far past its marks). */
  gap: number;
}

/**
 * How each group of marks spreads so that it stays in its own neighbourhood: from halfway to the
 * previous group's date to halfway to the next one's (the plot's edges at the ends). A group is
 * spread about its date at `preferred` where that fits, at a narrower step where the nearer
 * neighbour is close (never below `min`), and when even that does not fit it is slid away from
 * that neighbour within its neighbourhood, rather than spread over the next event's position
 * (on a phone the 9 Oct 2023 claims covered the April 2024 mark). The spread therefore follows
 * the plot's width and the spacing of events. A lone mark stays on its date. Groups at one date
 * share a neighbourhood, side by side in key order.
 */
export function spreadGroups(groups: readonly SpreadGroup[], o: SpreadOptions): Map<string, GroupSpread> {
  const sorted = [...groups].sort((a, b) => a.x - b.x || byCodeUnit(a.key, b.key));
  const clusters: SpreadGroup[][] = [];
  for (const g of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && Math.abs(g.x - last[0]!.x) < 1) last.push(g);
    else clusters.push([g]);
  }
  const out = new Map<string, GroupSpread>();
  clusters.forEach((members, i) => {
    const x = members[0]!.x;
    const before = clusters[i - 1]?.[0]?.x;
    const after = clusters[i + 1]?.[0]?.x;
    const lo = before === undefined ? o.left : (before + x) / 2 + o.gap;
    const hi = after === undefined ? o.right : (x + after) / 2 - o.gap;
    const n = members.reduce((sum, m) => sum + m.count, 0);
    let step = o.preferred;
    let centre: number;
    if (n <= 1) centre = x;
    else {
      // The plot's edges are no neighbour: there the group slides inward at full step instead.
      const room = Math.min(
        before === undefined ? Infinity : x - lo,
        after === undefined ? Infinity : hi - x,
      );
      step = Math.max(o.min, Math.min(o.preferred, (2 * room) / n));
      const half = (n * step) / 2;
      centre = clamp(x, lo + half, hi - half);
    }
    centre = clamp(centre, o.left + (n * step) / 2, o.right - (n * step) / 2);
    let first = 0;
    for (const m of members) {
      out.set(m.key, { centre: centre + (first + (m.count - 1) / 2 - (n - 1) / 2) * step, step });
      first += m.count;
    }
  });
  return out;
}

/** `v` kept between `min` and `max`; the middle of the two when they cross (no room either way). */
function clamp(v: number, min: number, max: number): number {
  return min > max ? (min + max) / 2 : Math.max(min, Math.min(v, max));
}

/**
 * The stretch of the time axis a band behind some marks covers (each mark at `at`, `half` its slot
 * wide on either side), with 5 px to spare, kept between `left` and `right` so that an event early
 * in the first year does not spill over the value axis; null when no mark is inside them: marks
 * a crowded axis pushed wholly past the plot's edge leave no stretch (an outside review at 10k
 * claims saw negative band widths, which the browser refuses, 144 at 390 px).
 */
export function bandSpan(
  marks: readonly { at: number; half: number }[],
  left: number,
  right: number,
): [number, number] | null {
  if (marks.length === 0) return null;
  const from = Math.max(left, Math.min(...marks.map((m) => m.at - m.half)) - 5);
  const to = Math.min(right, Math.max(...marks.map((m) => m.at + m.half)) + 5);
  return to > from ? [from, to] : null;
}
