import { crowdedWidth, type SpreadOptions, stretchesHold } from "./dodge.js";

/** The marks of one event at one time (epoch ms): set side by side about it on the time axis. */
export interface DatedGroup {
  key: string;
  t: number;
  count: number;
}

/** Labels closer than this run together ("2017201820192020…" on a phone). */
const LABEL_GAP = 44;

/**
 * The ticks a time axis labels: every nth of `ticks`, n the least at which the labels stand
 * `LABEL_GAP` pixels apart and each stretch between two labels (or a label and the plot's end)
 * holds the events dated in it, their marks `o.min` apart. Every nth counted from the first tick
 * where that holds, otherwise from the second, the third…, the most labels first: from 460 to 520
 * px the shipped chart labelled only 2017 and 2021, since every third or second year counted from
 * 2017 puts a label at 2023, too close to the seven 9 Oct 2023 claims, where 2018, 2021 and 2024
 * hold them. An event's marks stay between the labels around its date (`spreadGroups`), so where a
 * stretch is too short for them it is the axis that gives way, not the marks: from 455 to 560 px
 * the seven 9 Oct 2023 claims, kept between the ticks labelled 2023 and the axis's end, stood 4.7
 * px apart and a click on one opened its neighbour (an outside review). Every nth, never a ragged
 * choice, so the labels stay evenly spaced. Where no spacing that leaves two labels holds them
 * (thousands of claims), the labels are only kept apart and the marks narrow as before. `width` is
 * the plot's, from the domain's start to its end.
 */
export function labelledTicks(
  ticks: readonly number[],
  domain: readonly [number, number],
  width: number,
  groups: readonly DatedGroup[],
  o: Pick<SpreadOptions, "preferred" | "min" | "gap">,
): number[] {
  if (ticks.length < 2) return [...ticks];
  const x = (t: number) => ((t - domain[0]) / Math.max(1, domain[1] - domain[0])) * width;
  const every = (n: number, from = 0) => ticks.filter((_, i) => i % n === from);
  const spaced = (labels: readonly number[]) =>
    labels.every((t, i) => i === 0 || x(t) - x(labels[i - 1]!) >= LABEL_GAP);
  const placed = groups.map((g) => ({ key: g.key, x: x(g.t), count: g.count }));
  const widest = crowdedWidth(x, domain[0]);
  let fallback: number[] | null = null;
  for (let n = 1; n < ticks.length; n++) {
    const first = every(n);
    if (spaced(first)) fallback ??= first;
    let best: number[] | null = null;
    // Two labels at least: one alone says nothing of the axis's scale. Each count is spaced on
    // its own: quarter ticks (90 to 92 days) are not evenly apart.
    for (let from = 0; from < n; from++) {
      const labels = every(n, from);
      if (labels.length < 2 || labels.length <= (best?.length ?? 0) || !spaced(labels)) continue;
      if (stretchesHold(placed, { ...o, left: 0, right: width, ticks: labels.map(x), widest })) best = labels;
    }
    if (best) return best;
  }
  return fallback ?? every(ticks.length);
}
