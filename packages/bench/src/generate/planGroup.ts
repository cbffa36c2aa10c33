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
  conflictPairs: number;
  /** Conflicting pairs whose intervals meet at one value that an open end leaves out. */
  touchingPairs: number;
}

// Kept well above the validator's rounding of products (twelve significant digits), so no planted
// figure sits on an interval end by accident.
const MARGIN = 1e-6;

/** Ratios between the top of one tier and the centre of the next: from "low" to "high" band gaps. */
const TIER_GAPS = [1.15, 1.4, 1.8, 2.5, 4] as const;

interface Fence {
  /** Every figure's low end must lie above this (a finite lower bound), or null for no fence. */
  above: number | null;
  /** Whether `above` may be touched by an open end (`more_than above`). */
  touchable: boolean;
  /** Whether figures must have a finite upper end (another tier lies above). */
  boundedAbove: boolean;
}

/**
 * Plans `size` figures around consensus values: one tier (all figures share the tier's centre, so
 * no pair conflicts), or two or three tiers whose intervals are disjoint by construction, so the
 * group holds exactly Σ sizeᵢ·sizeⱼ conflicting pairs. `tolerance` widens "about" as the rule does.
 */
export function planGroup(
  profile: MetricProfile,
  size: number,
  tiers: number,
  tolerance: number,
  random: Random,
): PlannedGroup {
  const snapDown = (x: number) => Math.floor(x / profile.step + MARGIN) * profile.step;
  const snapUp = (x: number) => Math.ceil(x / profile.step - MARGIN) * profile.step;
  const [min, max] = profile.range;
  const center = snapUp(Math.exp(Math.log(min) + random.float() * (Math.log(max) - Math.log(min))));

  const sizes = splitSizes(size, tiers, random);
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
    const next = nextCenter(top, profile, random, snapUp);
    if (next === null) {
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
  let touchingPairs = 0;
  for (const f of figures) {
    const below = figures.filter((g) => g.tier === f.tier - 1);
    if (f.qualifier === "more_than" && below.length > 0) {
      const top = Math.max(...below.map((g) => upperEnd(g, tolerance)));
      if (f.low === top) touchingPairs += below.filter((g) => upperEnd(g, tolerance) === top).length;
    }
  }
  return { figures, conflictPairs, touchingPairs };
}

function splitSizes(size: number, tiers: number, random: Random): number[] {
  const count = Math.max(1, Math.min(tiers, size));
  const sizes = new Array<number>(count).fill(1);
  for (let k = count; k < size; k++) sizes[random.int(0, count - 1)]! += 1;
  return sizes;
}

function nextCenter(
  top: number,
  profile: MetricProfile,
  random: Random,
  snapUp: (x: number) => number,
): number | null {
  const limit = (profile.ceiling ?? Number.POSITIVE_INFINITY) * 0.8;
  const fits = TIER_GAPS.map((g) => snapUp(top * g)).filter((c) => c > top && c <= limit);
  return fits.length === 0 ? null : random.pick(fits);
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
