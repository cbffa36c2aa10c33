import { describe, expect, it } from "vitest";
import { LOG_TICK_GAP, tickLabelWidth, valueAxis } from "./valueAxis.js";

const counts = [
  { low: 10, high: 10, qualifier: "about" as const },
  { low: 7, high: 7, qualifier: "exact" as const },
  { low: 200, high: 300, qualifier: "between" as const },
  { low: 600, high: 600, qualifier: "about" as const },
  { low: 100, high: null, qualifier: "at_least" as const },
];

const r = (qualifier: "at_least" | "exact", low: number | null, high: number | null) => ({
  low,
  high,
  qualifier,
});

describe("valueAxis", () => {
  it("linear: from 0 to the first multiple of a round step past the figures, ticked at each step", () => {
    const axis = valueAxis(counts, "linear");
    // 600 and an open "at least 100" need room to 750; the next round number, 1,000, left a
    // quarter of the plot empty.
    expect(axis.domain).toEqual({ min: 0, max: 800 });
    expect(axis.ticks).toEqual([0, 200, 400, 600, 800]);
    // An outside review at 10k claims: figures up to 10,449 ran an axis to 20,000.
    const wide = valueAxis([r("exact", 10_449, 10_449)], "linear", { whole: true });
    expect(wide.domain).toEqual({ min: 0, max: 15_000 });
    expect(wide.ticks).toEqual([0, 5000, 10_000, 15_000]);
  });

  it("linear below zero: ticks at multiples of the step only, 0 among them", () => {
    // An outside review: "at least −5" among counts up to 16,000 ticked −5, 4,995, 9,995.
    const axis = valueAxis([r("at_least", -5, null), r("exact", 16_000, 16_000)], "linear", { whole: true });
    expect(axis.ticks).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    // The axis still reaches the figure, without a step of empty plot below it.
    expect(axis.domain).toEqual({ min: -5, max: 20_000 });
    expect(valueAxis([r("exact", -0.3, -0.3), r("exact", 1, 1)], "linear").ticks).toEqual([
      -0.5, 0, 0.5, 1, 1.5,
    ]);
  });

  it("log: starts a decade below the smallest figure so that 7 is off the axis, ticks 1-2-5", () => {
    const axis = valueAxis(counts, "log");
    expect(axis.domain).toEqual({ min: 1, max: 1000 });
    expect(axis.ticks).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  });

  it("log: ticks no closer than a label's height on an axis of given length (an outside audit)", () => {
    // 5 to 1,500,000 on 300 px: 1-2-5 of seven decades drew "2,000,000" over "1,000,000".
    const wide = [{ low: 5, high: 1_500_000, qualifier: "between" as const }];
    const axis = valueAxis(wide, "log", { length: 300 });
    expect(axis.domain).toEqual({ min: 1, max: 2_000_000 });
    expect(axis.ticks).toEqual([1, 10, 100, 1000, 10_000, 100_000, 2_000_000]);
    const px = (v: number) => (300 * Math.log10(v)) / Math.log10(2_000_000);
    for (let i = 1; i < axis.ticks.length; i++)
      expect(px(axis.ticks[i]!) - px(axis.ticks[i - 1]!)).toBeGreaterThanOrEqual(LOG_TICK_GAP);
    // Every other decade on 100 px; 1-2-5 where there is room, as with no length given.
    expect(valueAxis(wide, "log", { length: 100 }).ticks).toEqual([1, 100, 10_000, 2_000_000]);
    expect(valueAxis(counts, "log", { length: 300 }).ticks).toEqual(valueAxis(counts, "log").ticks);
  });

  it("log: ignores zero and missing bounds; the domain always has room", () => {
    const axis = valueAxis(
      [
        { low: 0, high: 40, qualifier: "between" },
        { low: null, high: 45, qualifier: "fewer_than" },
      ],
      "log",
    );
    expect(axis.domain).toEqual({ min: 10, max: 50 });
    expect(axis.ticks).toEqual([10, 20, 50]);
    expect(valueAxis([], "log").domain.max).toBeGreaterThan(valueAxis([], "log").domain.min);
  });

  it("whole: a count axis never ticks half a person (Shenyang: three claims of exactly 7)", () => {
    const seven = [{ low: 7, high: 7, qualifier: "exact" as const }];
    expect(valueAxis(seven, "linear", { whole: true })).toEqual({
      scale: "linear",
      domain: { min: 0, max: 8 },
      ticks: [0, 2, 4, 6, 8],
    });
    // One person makes a step of 0.5 (so this test can fail); whole, it is 1.
    const one = [{ low: 1, high: 1, qualifier: "exact" as const }];
    expect(valueAxis(one, "linear").ticks).toEqual([0, 0.5, 1, 1.5]);
    expect(valueAxis(one, "linear", { whole: true }).ticks).toEqual([0, 1, 2]);
    expect(valueAxis(counts, "linear", { whole: true }).ticks).toEqual([0, 200, 400, 600, 800]);
    const log = valueAxis([{ low: 1, high: 3, qualifier: "between" }], "log", { whole: true });
    expect(log.ticks.every(Number.isInteger)).toBe(true);
    expect(log.ticks).toContain(1);
  });

  it("runs an open upper end to the unit's ceiling, so more than 30% does not read as 30–40%", () => {
    const moreThan30 = { low: 30, high: null, qualifier: "more_than" } as const;
    expect(valueAxis([moreThan30], "linear").domain.max).toBe(40);
    expect(valueAxis([moreThan30], "linear", { ceiling: 100 })).toMatchObject({
      domain: { min: 0, max: 100 },
      ticks: [0, 25, 50, 75, 100],
    });
    expect(valueAxis([moreThan30], "log", { ceiling: 100 }).domain.max).toBe(100);
    // Closed figures keep their own axis; a figure past the ceiling (bad data) is not cut off.
    expect(
      valueAxis([{ low: 30, high: 30, qualifier: "exact" }], "linear", { ceiling: 100 }).domain.max,
    ).toBe(40);
    expect(
      valueAxis([moreThan30, { low: 120, high: 120, qualifier: "exact" }], "linear", { ceiling: 100 }).domain
        .max,
    ).toBeGreaterThan(120);
  });
});

describe("tickLabelWidth", () => {
  it("is no narrower than the label drawn at 16 px in DejaVu Sans, the widest font a reader may get", () => {
    // Measured in Chromium at 16 px: "1,500,000" is 81.43 px and "1,000" 45.80 px in DejaVu Sans.
    expect(tickLabelWidth("1,500,000")).toBeGreaterThanOrEqual(81.43);
    expect(tickLabelWidth("1,000")).toBeGreaterThanOrEqual(45.8);
    expect(tickLabelWidth("1,500,000")).toBeGreaterThan(tickLabelWidth("150,000"));
  });
});
