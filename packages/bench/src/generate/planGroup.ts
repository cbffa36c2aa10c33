import { type Qualifier, VAGUE_FLOORS } from "@tally/dataset";
import type { Random } from "./random.js";
import type { MetricProfile } from "./vocabulary.js";

/** One figure as a claim states it, before it is given a source and words around it. */
export interface PlannedFigure {
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  figureText: string;
  vague: boolean;
  /** Figures in one tier share a point; figures in different tiers share none. */
  tier: number;
  /** Index of an earlier figure in the group this one repeats (a later article restating it). */
  repeats: number | null;
}

/** The figures of one event+metric group and the number of conflicting pairs planted in it. */
export interface PlannedGroup {
  figures: PlannedFigure[];
  /**
   * Tiers planted (after any that found no room joined the one below). Tiers are disjoint and each
   * shares a point, and no figure spans two, so these are the group's readings.
   */
  tiers: number;
  conflictPairs: number;
  /** Conflicting pairs whose intervals meet at one value that an open end leaves out. */
  touchingPairs: number;
}

// Kept well above the validator's rounding of products (twelve significant digits), so no planted
// figure sits on an interval end by accident.
const MARGIN = 1e-6;

/**
 * How a profile lays out one group's tiers (see groupShapes.ts): how many figures each holds, and
 * how far above a tier the next one is centred.
 */
export interface TierLayout {
  /** Figures per tier, lowest first; drawn after the group's centre. */
  sizes: (random: Random) => number[];
  /**
   * The centre of the tier above one whose largest value is `top` and whose centre is `center`,
   * on the metric's grid (`snapUp`); null when none fits under `limit`. A centre that does not lie
   * above `top` counts as none, so the tiers stay disjoint whatever a layout returns.
   */
  nextCenter: (
    top: number,
    center: number,
    limit: number,
    random: Random,
    snapUp: (x: number) => number,
  ) => number | null;
  /** Whether the figures of a conflicting group are shuffled, so outliers sit among the rest in the file. */
  interleave: boolean;
}

interface Fence {
  /** Every figure's low end must lie above this (a finite lower bound), or null for no fence. */
  above: number | null;
  /** Whether `above` may be touched by an open end (`more_than above`). */
  touchable: boolean;
  /** Whether figures must have a finite upper end (another tier lies above). */
  boundedAbove: boolean;
}

/**
 * Plans figures around consensus values: one tier (all figures share the tier's centre, so no pair
 * conflicts), or several tiers whose intervals are disjoint by construction, so the group holds
 * exactly Σ sizeᵢ·sizeⱼ conflicting pairs. Only an `at_least`/`more_than` figure could span tiers,
 * and it is planted only in the top tier, above the fence of the tier below: no figure shares a
 * point with two tiers, so the tiers are the group's readings. `tolerance` widens "about" as the
 * rule does.
 */
export function planGroup(
  profile: MetricProfile,
  layout: TierLayout,
  tolerance: number,
  random: Random,
): PlannedGroup {
  const snapDown = (x: number) => Math.floor(x / profile.step + MARGIN) * profile.step;
  const snapUp = (x: number) => Math.ceil(x / profile.step - MARGIN) * profile.step;
  const [min, max] = profile.range;
  const center = snapUp(Math.exp(Math.log(min) + random.float() * (Math.log(max) - Math.log(min))));
  const limit = (profile.ceiling ?? Number.POSITIVE_INFINITY) * 0.8;

  const sizes = layout.sizes(random);
  const figures: PlannedFigure[] = [];
  let fence: Fence = { above: null, touchable: false, boundedAbove: sizes.length > 1 };
  let tierCenter = center;
  for (let tier = 0; tier < sizes.length; tier++) {
    const members: PlannedFigure[] = [];
    for (let k = 0; k < sizes[tier]!; k++) {
      const earlier = sizes.length === 1 && members.length > 0 && random.chance(0.15);
      if (earlier) {
        const index = random.int(0, members.length - 1);
        members.push({ ...members[index]!, repeats: members[index]!.repeats ?? index });
      } else members.push(planFigure(profile, tierCenter, fence, tolerance, random, tier, snapDown, snapUp));
    }
    figures.push(...members);
    if (tier === sizes.length - 1) break;
    const top = Math.max(...members.map((m) => upperEnd(m, tolerance)));
    const next = layout.nextCenter(top, tierCenter, limit, random, snapUp);
    if (next === null || !(next > top && next <= limit)) {
      // No room for another tier under the ceiling: the rest of the group joins this tier.
      const rest = sizes.slice(tier + 1).reduce((a, b) => a + b, 0);
      sizes.splice(tier + 1);
      sizes[tier]! += rest;
      for (let k = 0; k < rest; k++)
        figures.push(planFigure(profile, tierCenter, fence, tolerance, random, tier, snapDown, snapUp));
      break;
    }
    const aboutOnTop = members.some((m) => m.qualifier === "about");
    fence = { above: top, touchable: !aboutOnTop, boundedAbove: tier + 2 < sizes.length };
    tierCenter = next;
  }
  let conflictPairs = 0;
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++) conflictPairs += sizes[i]! * sizes[j]!;
  // Per tier, its largest value and how many figures reach it: a `more_than` of the tier above
  // that starts there touches each of them (one pass, where a group holds up to 120 figures).
  const tops = sizes.map(() => ({ top: Number.NEGATIVE_INFINITY, at: 0 }));
  for (const f of figures) {
    const end = upperEnd(f, tolerance);
    const t = tops[f.tier]!;
    if (end > t.top) [t.top, t.at] = [end, 1];
    else if (end === t.top) t.at++;
  }
  let touchingPairs = 0;
  for (const f of figures)
    if (f.qualifier === "more_than" && f.tier > 0 && f.low === tops[f.tier - 1]!.top)
      touchingPairs += tops[f.tier - 1]!.at;
  if (layout.interleave && sizes.length > 1)
    for (let i = figures.length - 1; i > 0; i--) {
      // Repeats are planted only in one-tier groups, so no index into `figures` is left stale.
      const j = random.int(0, i);
      [figures[i], figures[j]] = [figures[j]!, figures[i]!];
    }
  return { figures, tiers: sizes.length, conflictPairs, touchingPairs };
}

/** The largest value a figure allows (about widened by the tolerance). */
function upperEnd(f: PlannedFigure, tolerance: number): number {
  if (f.high === null) return Number.POSITIVE_INFINITY;
  return f.qualifier === "about" ? f.high * (1 + tolerance) : f.high;
}

type Choice = Qualifier | "vague";

function planFigure(
  profile: MetricProfile,
  c: number,
  fence: Fence,
  t: number,
  random: Random,
  tier: number,
  snapDown: (x: number) => number,
  snapUp: (x: number) => number,
): PlannedFigure {
  const ceiling = profile.ceiling ?? Number.POSITIVE_INFINITY;
  const above = fence.above;
  const clearsFence = (low: number) => above === null || low > above + MARGIN * Math.max(1, above);
  const make = (
    qualifier: Qualifier,
    low: number | null,
    high: number | null,
    vague = false,
    words?: string,
  ) => ({
    qualifier,
    low,
    high,
    vague,
    tier,
    repeats: null,
    figureText: words ?? figureText(qualifier, low, high, profile),
  });
  const choices: Choice[] = ["exact", "about", "about", "about", "between", "between"];
  if (!fence.boundedAbove) choices.push("at_least", "more_than");
  if (above === null) choices.push("at_most", "fewer_than");
  if (!fence.boundedAbove && above === null && profile.unit === "persons") choices.push("vague");

  switch (random.pick(choices)) {
    case "about": {
      const a = random.chance(0.5) ? c : snapUp(c * (1 + (random.float() - 0.5) * 0.1));
      const lowEnd = a * (1 - t);
      const highEnd = a * (1 + t);
      const holdsCenter = lowEnd < c - MARGIN * c && highEnd > c + MARGIN * c;
      if (a > 0 && a <= ceiling && holdsCenter && clearsFence(lowEnd)) return make("about", a, a);
      break;
    }
    case "between": {
      let low = snapDown(c * (0.6 + random.float() * 0.35));
      if (!clearsFence(low)) low = c;
      const high = Math.min(ceiling, snapUp(c * (1.05 + random.float() * 0.45)));
      if (low <= c && high >= c && low < high) return make("between", low, high);
      break;
    }
    case "at_least": {
      const low = snapDown(c * (0.5 + random.float() * 0.5));
      if (low >= 0 && low <= c && clearsFence(low)) return make("at_least", low, null);
      break;
    }
    case "more_than": {
      // Touching the tier below with an open end still leaves no shared point: the edge case.
      if (above !== null && fence.touchable && random.chance(0.3) && above < c)
        return make("more_than", above, null);
      let low = snapDown(c * (0.5 + random.float() * 0.45));
      if (low >= c) low = c - profile.step;
      if (low >= 0 && clearsFence(low)) return make("more_than", low, null);
      break;
    }
    case "at_most": {
      const high = Math.min(ceiling, snapUp(c * (1 + random.float() * 0.5)));
      if (high >= c) return make("at_most", null, high);
      break;
    }
    case "fewer_than": {
      let high = Math.min(ceiling, snapUp(c * (1.05 + random.float() * 0.45)));
      if (high <= c) high = c + profile.step;
      if (high <= ceiling) return make("fewer_than", null, high);
      break;
    }
    case "vague": {
      const words = Object.entries(VAGUE_FLOORS).filter(([, floor]) => floor <= c && floor >= c / 30);
      if (words.length > 0) {
        const [word, floor] = random.pick(words);
        return make("at_least", floor, null, true, word);
      }
      break;
    }
  }
  return make("exact", c, c);
}

function figureText(q: Qualifier, low: number | null, high: number | null, profile: MetricProfile): string {
  const unit = profile.unit === "percent" ? "%" : "";
  const v = (x: number | null) => `${x}${unit}`;
  switch (q) {
    case "exact":
      return v(low);
    case "about":
      return `about ${v(low)}`;
    case "between":
      return `between ${low} and ${v(high)}`;
    case "at_least":
      return `at least ${v(low)}`;
    case "more_than":
      return `more than ${v(low)}`;
    case "at_most":
      return `up to ${v(high)}`;
    case "fewer_than":
      return `fewer than ${v(high)}`;
  }
}
