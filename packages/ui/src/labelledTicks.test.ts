import { describe, expect, it } from "vitest";
import { CROWDED, crowdedWidth, spreadGroups } from "./dodge.js";
import { type DatedGroup, labelledTicks } from "./labelledTicks.js";
import { timeTicks, yearDomain, yearLabel } from "./timeAxis.js";

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const DODGE = { preferred: 12, min: 11, gap: 6 };

/** The shipped counts chart: 2017–2024, its events at the middle of their dates. */
const domain = yearDomain([
  { start: day("2017-07-01"), end: day("2017-07-31") },
  { start: day("2024-04-01"), end: day("2024-04-30") },
]);
const years = timeTicks(domain);
const events: DatedGroup[] = [
  { key: "yunnan-2017-07", t: day("2017-07-16"), count: 1 },
  { key: "shenyang-2019-04-28", t: day("2019-04-28"), count: 3 },
  { key: "liaoning-2019", t: day("2019-07-02"), count: 4 },
  { key: "repatriation-2023-10-09", t: day("2023-10-09"), count: 7 },
  { key: "officials-2024-04", t: day("2024-04-15"), count: 1 },
];
const labels = (ticks: number[]) => ticks.map(yearLabel);

describe("labelledTicks: where the labels have room", () => {
  it("keeps every year where there is room", () => {
    expect(labelledTicks(years, domain, 700, [], DODGE)).toEqual(years);
  });

  it("keeps every second or third year on a narrow axis, always the first", () => {
    expect(labels(labelledTicks(years, domain, 250, [], DODGE))).toEqual(["2017", "2019", "2021", "2023"]);
    expect(labels(labelledTicks(years, domain, 120, [], DODGE))).toEqual(["2017", "2020", "2023"]);
    const one = [day("2018-01-01")];
    expect(labelledTicks(one, [one[0]!, day("2019-01-01")], 10, [], DODGE)).toEqual(one);
  });

  it("measures the labels' gap over the whole axis: eight years on 340 px are 42.5 px apart, too close", () => {
    // Counted over seven gaps between eight labels, 340 px held them 48.6 px apart.
    expect(labels(labelledTicks(years, domain, 340, [], DODGE))).toEqual(["2017", "2019", "2021", "2023"]);
  });
});

describe("labelledTicks: where the claims of one date need room", () => {
  /** The least step of any group once spread between the ticks chosen for a plot `width` wide. */
  const leastStep = (width: number) => {
    const ticks = labelledTicks(years, domain, width, events, DODGE);
    const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
    const spread = spreadGroups(
      events.map((e) => ({ key: e.key, x: x(e.t), count: e.count })),
      { left: 0, right: width, ticks: ticks.map(x), ...DODGE },
    );
    return { ticks: labels(ticks), step: Math.min(...[...spread.values()].map((s) => s.step)) };
  };

  it("labels every year on a desktop, where every year holds its claims", () => {
    expect(leastStep(726)).toEqual({ ticks: labels(years), step: expect.closeTo(11.24, 2) });
  });

  it("labels every other year at 560 px, where 2023–2025 holds the seven 9 Oct 2023 claims and April 2024", () => {
    const { ticks, step } = leastStep(402);
    expect(ticks).toEqual(["2017", "2019", "2021", "2023"]);
    expect(step).toBeGreaterThanOrEqual(DODGE.min);
  });

  it("labels every fourth year on a 232 px plot (390 px), rather than pack the 9 Oct 2023 claims 4.7 px apart", () => {
    // Before, every other year: 2023 to the axis's end was too short for them, so they stood
    // closer than a dot's width and a click on one opened its neighbour (an outside review).
    const { ticks, step } = leastStep(232);
    expect(ticks).toEqual(["2017", "2021"]);
    expect(step).toBeGreaterThanOrEqual(DODGE.min);
  });

  it.each([
    [300, ["2018", "2021", "2024"]],
    [322, ["2018", "2021", "2024"]],
    [362, ["2018", "2020", "2022", "2024"]],
  ])("counts every nth year from a later one where that labels more: %d px, %j", (width, expected) => {
    // Before: 2017 and 2021 alone from 300 to 362 px (460–520 px windows), since every
    // third or second year counted from 2017 puts a label at 2023, too close to the 9 Oct claims.
    const { ticks, step } = leastStep(width);
    expect(ticks).toEqual(expected);
    expect(step).toBeGreaterThanOrEqual(DODGE.min);
  });

  it("gives a crowded date no more of the axis than eight marks take, its marks narrowed", () => {
    // Thousands of claims of one date are labelled for as eight: no stretch could hold them.
    const crowd = (count: number) => [{ key: "all", t: day("2020-06-01"), count }];
    const ticks = labelledTicks(years, domain, 250, crowd(5000), DODGE);
    expect(ticks).toEqual(labelledTicks(years, domain, 250, crowd(CROWDED.marks), DODGE));
    const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * 250;
    const spread = spreadGroups([{ key: "all", x: x(day("2020-06-01")), count: 5000 }], {
      left: 0,
      right: 250,
      ticks: ticks.map(x),
      ...DODGE,
      widest: crowdedWidth(x, domain[0]),
    }).get("all")!;
    expect(spread.step * 5000).toBeLessThanOrEqual(CROWDED.marks * DODGE.preferred + 1e-6);
    // Between the labels around its date.
    const before = ticks.filter((t) => t <= day("2020-06-01")).at(-1)!;
    const after = ticks.find((t) => t > day("2020-06-01")) ?? domain[1];
    expect(spread.centre - (spread.step * 5000) / 2).toBeGreaterThanOrEqual(x(before));
    expect(spread.centre + (spread.step * 5000) / 2).toBeLessThanOrEqual(x(after));
  });

  it.each([700, 300])(
    "keeps an earlier event on its date beside a date of 52 claims, on %d px over 37 years (an outside audit)",
    (width) => {
      // At 700 px, 52 claims of 9 Oct 2023 took 1993 to 2024, left those two labels alone and
      // pushed four claims of April 2019 to 1993.
      const wide = yearDomain([
        { start: day("1990-01-15"), end: day("1990-01-15") },
        { start: day("2026-11-01"), end: day("2026-11-30") },
      ]);
      const groups: DatedGroup[] = [
        { key: "april-2019", t: day("2019-04-15"), count: 4 },
        { key: "oct-2023", t: day("2023-10-09"), count: 52 },
      ];
      const ticks = labelledTicks(timeTicks(wide), wide, width, groups, DODGE);
      expect(ticks.length).toBeGreaterThanOrEqual(5);
      const x = (t: number) => ((t - wide[0]) / (wide[1] - wide[0])) * width;
      const spread = spreadGroups(
        groups.map((g) => ({ key: g.key, x: x(g.t), count: g.count })),
        { left: 0, right: width, ticks: ticks.map(x), ...DODGE, widest: crowdedWidth(x, wide[0]) },
      );
      const years = (n: number) => x(wide[0] + n * 365.25 * 864e5) - x(wide[0]);
      expect(Math.abs(spread.get("april-2019")!.centre - x(day("2019-04-15")))).toBeLessThan(years(1.5));
      const oct = spread.get("oct-2023")!;
      expect(Math.abs(oct.centre - x(day("2023-10-09")))).toBeLessThan(years(0.5));
      expect(oct.step * 52).toBeLessThanOrEqual(years(CROWDED.years) * (DODGE.preferred / DODGE.min) + 1e-6);
    },
  );
});
