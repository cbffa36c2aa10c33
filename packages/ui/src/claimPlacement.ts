import {
  crowdedWidth,
  type DodgeGuide,
  dodgeGuides,
  dodgeSlots,
  type GroupSpread,
  spreadGroups,
} from "./dodge.js";

/** What placing a claim's mark on the time axis reads of it. */
export interface PlacedClaim {
  id: string;
  start: number;
  end: number;
  /** Claims about one event; by default, one period's. */
  group?: string;
  /** Order within the group; ties fall back to the id. */
  sortKey?: string;
}

/**
 * How the claims of one event are set side by side. `preferred`: where their neighbourhood has
 * room, 1 px clear between two stated-figure dots (r 4.5 and a 2 px stroke: 11 px across).
 * `min`: the narrowest step, one dot's width, below which dots overlap and a click on one lands on
 * its neighbour; the time axis labels fewer years rather than go below it (`labelledTicks`).
 * `gap`: kept free towards a neighbouring event, as the reconciled band reaches 5 px past its claims.
 */
export const DODGE = { preferred: 12, min: 11, gap: 6 };

/** Points of one group (claims about one event) are set side by side; by default, one period's. */
export const groupOf = (p: PlacedClaim): string => p.group ?? `${p.start}/${p.end}`;

/** Each group's claims and the time it stands at (the middle of its period). */
export function groupsOf<P extends PlacedClaim>(
  points: readonly P[],
): Map<string, { t: number; members: P[] }> {
  const groups = new Map<string, { t: number; members: P[] }>();
  for (const p of points) {
    const key = groupOf(p);
    const t = (p.start + p.end) / 2;
    const group = groups.get(key);
    if (group) {
      group.members.push(p);
      group.t = t;
    } else groups.set(key, { t, members: [p] });
  }
  return groups;
}

export interface ClaimPlacement<P extends PlacedClaim> {
  /** A claim's x: its group's centre (its date, unless crowded or at an edge), moved by its slot. */
  centreOf: (p: P) => number;
  /** The width of a claim's slot. */
  stepOf: (p: P) => number;
  /** A dotted line at the date of each group drawn off it, and the bar joining its marks to it. */
  guides: DodgeGuide[];
}

/**
 * Where each claim's mark goes on a time axis `x` maps to pixels: each event's claims side by side,
 * clear of the others', between the labelled `ticks` around its date and within the axis's
 * `domain`. Pure, so the legend can know before the chart is drawn whether any guide will be: a
 * lone claim moved off its date has one, and the legend must say what it is.
 */
export function placeClaims<P extends PlacedClaim>(
  points: readonly P[],
  axis: { x: (t: number) => number; domain: readonly [number, number]; ticks: readonly number[] },
): ClaimPlacement<P> {
  const { x, domain, ticks } = axis;
  const slots = dodgeSlots(points.map((p) => ({ id: p.id, group: groupOf(p), sortKey: p.sortKey ?? p.id })));
  const groups = groupsOf(points);
  const spread: Map<string, GroupSpread> = spreadGroups(
    [...groups].map(([key, g]) => ({ key, x: x(g.t), count: g.members.length })),
    // Between the axis's first and last day: the padding before the first keeps marks off the value axis.
    {
      left: x(domain[0]),
      right: x(domain[1]),
      ...DODGE,
      ticks: ticks.map(x),
      widest: crowdedWidth(x, domain[0]),
    },
  );
  const stepOf = (p: P) => spread.get(groupOf(p))?.step ?? DODGE.preferred;
  const centreOf = (p: P) => {
    const g = spread.get(groupOf(p));
    return (g?.centre ?? x((p.start + p.end) / 2)) + (slots.get(p.id) ?? 0) * stepOf(p);
  };
  // Where a group's marks, or a lone mark moved off its date, went: a dotted line at the date and
  // a bar on the axis from it to them, so marks slid away from a close neighbour (on a phone, a
  // year or more) still point at the date. A lone mark on its date gets neither.
  const guides = dodgeGuides(
    [...groups].map(([key, g]) => ({ key, x: x(g.t), marks: g.members.map(centreOf) })),
  );
  return { centreOf, stepOf, guides };
}
