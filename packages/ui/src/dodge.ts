import { byCodeUnit } from "@tally/dataset";
import { monotoneFit } from "./monotoneFit.js";

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
  /** The narrowest step while there is room: marks closer than this merge and are hard to tap. */
  min: number;
  /** Kept free on the side of a neighbouring group (its shaded band reaches this far past its marks). */
  gap: number;
  /**
   * The x of each labelled tick of the time axis. A group's marks stay between the ticks either
   * side of its date, so that they read as that date off the axis: on a phone the 9 Oct 2023
   * claims, slid away from April 2024, stood over the stretch labelled 2021 (an outside review).
   */
  ticks?: readonly number[];
  /** The most pixels one date's marks may take (`crowdedWidth`); unbounded when not given. */
  widest?: number;
}

/** Groups at one date (within a pixel), spread as one, side by side in key order. */
interface Cluster {
  x: number;
  count: number;
  members: SpreadGroup[];
}

/** A stretch of the axis between two labelled ticks (or a tick and the plot's edge) and its clusters. */
interface Stretch {
  /** Where a group's marks may go: half the gap in from a tick keeps groups either side of it apart. */
  from: number;
  to: number;
  clusters: Cluster[];
  step: number;
  gap: number;
}

/**
 * The most marks a date's claims are spread over at full width, and the most time they may cover.
 * Reporting gives 2 to 8 claims an event (the shipped data's most is 7); a date with more, or whose
 * marks would cover more than three years of the axis, is drawn no wider, its marks closer than
 * `min`: an outside audit's 52 claims of 9 Oct 2023 took the stretch from 1993 to 2024 at 1280 px,
 * stripped the axis to those two labels and pushed four claims of April 2019 to 1993. Marks that
 * close are read one by one with the keyboard, as every mark is, or in the Claims view.
 */
export const CROWDED = { marks: 8, years: 3 };

/** The pixels `CROWDED.years` take on a time axis `x` maps epoch ms to pixels on. */
export function crowdedWidth(x: (t: number) => number, from: number): number {
  return x(from + CROWDED.years * 365.25 * 864e5) - x(from);
}

/** The slots a cluster's marks take on the axis: its claims, up to `CROWDED` and to `o.widest`. */
const slotsOf = (c: { count: number }, o: SpreadOptions) =>
  Math.min(c.count, CROWDED.marks, Math.max(1, (o.widest ?? Number.POSITIVE_INFINITY) / o.min));

/** Lone marks may overlap as they did before any spreading; a group keeps its neighbours clear. */
const spaced = (a: Cluster, b: Cluster) => a.count > 1 || b.count > 1;

/**
 * The step and gap at which a stretch's clusters fit side by side: `preferred` and `gap` where
 * they fit, a narrower step down to `min`, and below that both shrunk alike, so that marks
 * overlap a little rather than leave the stretch of the axis their date is read from.
 */
function fitStep(s: Stretch, o: SpreadOptions): { step: number; gap: number } {
  const c = s.clusters;
  // The span of the packed clusters is perStep * step + gaps * gap.
  let perStep = (slotsOf(c[0]!, o) + slotsOf(c.at(-1)!, o)) / 2;
  let gaps = 0;
  for (let i = 1; i < c.length; i++)
    if (spaced(c[i - 1]!, c[i]!)) {
      perStep += (slotsOf(c[i - 1]!, o) + slotsOf(c[i]!, o)) / 2;
      gaps += 1;
    }
  const room = Math.max(0, s.to - s.from);
  if (perStep * o.preferred + gaps * o.gap <= room) return { step: o.preferred, gap: o.gap };
  const step = (room - gaps * o.gap) / perStep;
  if (step >= o.min) return { step, gap: o.gap };
  const shrink = room / (perStep * o.min + gaps * o.gap);
  return { step: o.min * shrink, gap: o.gap * shrink };
}

/** The clusters of `groups` in axis order and the stretches between `o.ticks` they fall in, each fitted. */
function stretchesOf(
  groups: readonly SpreadGroup[],
  o: SpreadOptions,
): { clusters: Cluster[]; stretches: Stretch[]; stretchOf: Map<Cluster, Stretch> } {
  const sorted = [...groups].sort((a, b) => a.x - b.x || byCodeUnit(a.key, b.key));
  const clusters: Cluster[] = [];
  for (const g of sorted) {
    const last = clusters.at(-1);
    if (last && Math.abs(g.x - last.x) < 1) {
      last.members.push(g);
      last.count += g.count;
    } else clusters.push({ x: g.x, count: g.count, members: [g] });
  }
  const ticks = [...(o.ticks ?? [])].filter((t) => t > o.left && t < o.right).sort((a, b) => a - b);
  const edges = [o.left, ...ticks, o.right];
  const stretches: Stretch[] = edges.slice(1).map((to, i) => ({
    from: i === 0 ? o.left : edges[i]! + o.gap / 2,
    to: i === edges.length - 2 ? o.right : to - o.gap / 2,
    clusters: [],
    step: o.preferred,
    gap: o.gap,
  }));
  const stretchOf = new Map<Cluster, Stretch>();
  let at = 0;
  for (const c of clusters) {
    while (at < ticks.length && c.x >= ticks[at]!) at++;
    stretches[at]!.clusters.push(c);
    stretchOf.set(c, stretches[at]!);
  }
  for (const s of stretches) if (s.clusters.length > 0) Object.assign(s, fitStep(s, o));
  return { clusters, stretches, stretchOf };
}

/**
 * Whether each stretch between the labelled ticks holds the groups dated in it with their marks
 * `min` apart and `gap` between groups: where one does not, `spreadGroups` draws them closer and
 * the marks overlap, so that a click on one lands on its neighbour.
 */
export function stretchesHold(groups: readonly SpreadGroup[], o: SpreadOptions): boolean {
  // A hair of float noise is no reason to label fewer years.
  return stretchesOf(groups, o).stretches.every((s) => s.clusters.length === 0 || s.step >= o.min - 1e-9);
}

/**
 * How each group of marks spreads: its marks `step` apart about its date, groups kept clear of
 * each other by `gap`, each kept between the labelled ticks around its date and inside the plot.
 * Within those bounds the groups move as little as they can (least squares, each group weighing
 * as many marks as it has), so a group with room stays centred on its date and a crowded one
 * slides away from its neighbour, or its neighbour from it, rather than over the next event's
 * mark or into a year the axis labels otherwise. A lone mark stays on its date unless a group
 * needs its place (`dodgeGuides` then joins it back to its date). The step narrows where a stretch between two ticks is crowded, so the spread
 * follows the plot's width and the spacing of events; `labelledTicks` labels fewer years where
 * that would take it below `min`.
 */
export function spreadGroups(groups: readonly SpreadGroup[], o: SpreadOptions): Map<string, GroupSpread> {
  const { clusters, stretchOf } = stretchesOf(groups, o);
  const width = (c: Cluster) => slotsOf(c, o) * stretchOf.get(c)!.step;
  // Each cluster's centre less the room the clusters before it take: the fit keeps these in order.
  let offset = 0;
  const offsets = clusters.map((c, i) => {
    const prev = clusters[i - 1];
    if (prev && spaced(prev, c)) {
      const same = stretchOf.get(prev) === stretchOf.get(c);
      offset += (width(prev) + width(c)) / 2 + (same ? stretchOf.get(c)!.gap : o.gap);
    }
    return offset;
  });
  const centres = monotoneFit(
    clusters.map((c, i) => {
      const s = stretchOf.get(c)!;
      const half = width(c) / 2;
      // A lone mark on its date is where the axis says, even on a tick (the middle of the first
      // half of a year is 1 April): it may stay there, but a group that needs its place pushes it
      // no nearer the tick than the group itself may go.
      const [low, high] =
        c.count === 1
          ? [
              Math.max(o.left + half, Math.min(c.x, s.from + half)),
              Math.min(o.right - half, Math.max(c.x, s.to - half)),
            ]
          : [s.from + half, s.to - half];
      return { target: c.x - offsets[i]!, weight: c.count, low: low - offsets[i]!, high: high - offsets[i]! };
    }),
  ).map((v, i) => v + offsets[i]!);
  const out = new Map<string, GroupSpread>();
  clusters.forEach((c, i) => {
    const step = width(c) / c.count;
    let first = 0;
    for (const m of c.members) {
      out.set(m.key, {
        centre: centres[i]! + (first + (m.count - 1) / 2 - (c.count - 1) / 2) * step,
        step,
      });
      first += m.count;
    }
  });
  return out;
}

/**
 * How far a mark may be drawn from its date, in pixels, and still be read as on it (a dot is
 * 11 px across): one moved further gets a guide back to its date.
 */
export const DISPLACED = 3;

/** The marks of a group as drawn: the x of its date and of each of its marks. */
export interface PlacedGroup {
  key: string;
  x: number;
  marks: readonly number[];
}

/** A dotted line at a group's date and a bar along the axis from it to the group's marks. */
export interface DodgeGuide {
  key: string;
  /** The x of the group's date. */
  at: number;
  /** From the leftmost of its date and its marks to the rightmost. */
  span: readonly [number, number];
}

/**
 * A guide for each group of several marks (spread about their date by design) and for each mark
 * drawn more than `threshold` pixels from its date, alone or not: a lone claim a neighbouring
 * group pushed aside stood 15 px, six months, from its date at 390 px with nothing to say so
 * (an outside audit). A lone mark on its date gets none, so a wide chart is not cluttered.
 */
export function dodgeGuides(groups: readonly PlacedGroup[], threshold = DISPLACED): DodgeGuide[] {
  return groups
    .filter((g) => g.marks.length > 1 || g.marks.some((m) => Math.abs(m - g.x) > threshold))
    .map((g) => ({
      key: g.key,
      at: g.x,
      span: [Math.min(g.x, ...g.marks), Math.max(g.x, ...g.marks)] as const,
    }));
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

/**
 * A lane for each span (0 on the axis, 1 the next up, …): the lowest in which it starts `clear`
 * pixels or more after every span already there ends, taking the spans from the left. Spans
 * that neither cross nor touch all keep lane 0.
 */
export function bracketLanes(spans: readonly (readonly [number, number])[], clear: number): number[] {
  const ends: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0] || a - b);
  for (const i of order) {
    const [from, to] = spans[i]!;
    let lane = ends.findIndex((end) => from - end >= clear);
    if (lane === -1) lane = ends.length;
    ends[lane] = to;
    lanes[i] = lane;
  }
  return lanes;
}
