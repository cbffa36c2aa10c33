import type { DatasetProfile } from "../datasetProfile.js";
import type { TierLayout } from "./planGroup.js";
import type { Random } from "./random.js";

/** How one profile sizes its event+metric groups and lays out their tiers. */
export interface GroupShape {
  /** Claims in the next group, before it is cut to the rows left to write. */
  size: (random: Random) => number;
  layout: (size: number, random: Random) => TierLayout;
}

/** Share of standard groups (of two or more claims) planted with two or three tiers. */
const CONFLICT_SHARE = 0.12;
/** Ratios between the top of one tier and the centre of the next: from "low" to "high" band gaps. */
const TIER_GAPS = [1.15, 1.4, 1.8, 2.5, 4] as const;

/** Every figure lands in one of `tiers` tiers (each gets one first), the rest at random. */
function splitSizes(size: number, tiers: number, random: Random): number[] {
  const count = Math.max(1, Math.min(tiers, size));
  const sizes = new Array<number>(count).fill(1);
  for (let k = count; k < size; k++) sizes[random.int(0, count - 1)]! += 1;
  return sizes;
}

const standard: GroupShape = {
  size: (random) => (random.chance(0.15) ? 1 : random.int(2, 7)),
  layout: (size, random) => {
    const tiers = size >= 2 && random.chance(CONFLICT_SHARE) ? (size >= 3 && random.chance(0.2) ? 3 : 2) : 1;
    return {
      sizes: (r) => splitSizes(size, tiers, r),
      nextCenter: (top, _center, limit, r, snapUp) => {
        const fits = TIER_GAPS.map((g) => snapUp(top * g)).filter((c) => c > top && c <= limit);
        return fits.length === 0 ? null : r.pick(fits);
      },
      interleave: false,
    };
  },
};

// Dense: most groups hold 2–8 claims and one in DENSE_LARGE_SHARE holds 9–120. A group of n with
// one claim in eight an outlier holds about n(n−1)·(1/8)(7/8) pairs, so the few large groups carry
// most of them: 3% large groups gave 2.65 million conflicting pairs at a million claims (seed 1),
// what issue 9 measured on real reporting (about 2.7 million); 2.7% gave 2.46 million.
const DENSE_SINGLE_SHARE = 0.1;
const DENSE_LARGE_SHARE = 0.03;
const OUTLIER_SHARE = 1 / 8;
/** Share of groups with two or more outliers whose outliers form two tiers (3× and about 9×). */
const THIRD_TIER_SHARE = 0.25;

const dense: GroupShape = {
  size: (random) => {
    if (random.chance(DENSE_SINGLE_SHARE)) return 1;
    return random.chance(DENSE_LARGE_SHARE) ? random.int(9, 120) : random.int(2, 8);
  },
  layout: (size, random) => {
    let outliers = 0;
    for (let k = 0; k < size; k++) if (random.chance(OUTLIER_SHARE)) outliers++;
    // The main tier keeps at least one figure: a group of outliers alone would have no main one.
    outliers = Math.min(outliers, size - 1);
    let sizes = [size];
    if (outliers >= 2 && random.chance(THIRD_TIER_SHARE)) {
      const second = random.int(1, outliers - 1);
      sizes = [size - outliers, second, outliers - second];
    } else if (outliers >= 1) sizes = [size - outliers, outliers];
    return {
      sizes: () => sizes,
      // Roughly 3× the centre below (2.6–3.4×): the top of a tier is at most 1.5× its centre
      // (planFigure's widest "between", "at_most" and "fewer_than"), about 1.7× once snapped up to
      // a whole 3, so this clears it; planGroup checks anyway.
      nextCenter: (top, center, limit, r, snapUp) => {
        const next = snapUp(center * (2.6 + r.float() * 0.8));
        return next > top && next <= limit ? next : null;
      },
      interleave: true,
    };
  },
};

export const GROUP_SHAPES: Readonly<Record<DatasetProfile, GroupShape>> = { standard, dense };
