import { describe, expect, it } from "vitest";
import { type FitItem, monotoneFit } from "./monotoneFit.js";

const free = (target: number, weight = 1): FitItem => ({
  target,
  weight,
  low: Number.NEGATIVE_INFINITY,
  high: Number.POSITIVE_INFINITY,
});

const cost = (items: readonly FitItem[], values: readonly number[]) =>
  items.reduce((sum, item, i) => sum + item.weight * (values[i]! - item.target) ** 2, 0);

const feasible = (items: readonly FitItem[], values: readonly number[]) =>
  values.every((v, i) => v >= items[i]!.low - 1e-9 && v <= items[i]!.high + 1e-9) &&
  values.every((v, i) => i === 0 || v >= values[i - 1]! - 1e-9);

describe("monotoneFit", () => {
  it("leaves targets already in order where they are", () => {
    expect(monotoneFit([free(1), free(5), free(5), free(9)])).toEqual([1, 5, 5, 9]);
  });

  it("pools targets out of order at their weighted mean", () => {
    expect(monotoneFit([free(10, 3), free(6, 1)])).toEqual([9, 9]);
  });

  it("keeps a value within its bounds, and a pooled block within the tightest of its members'", () => {
    expect(monotoneFit([{ target: 0, weight: 1, low: 5, high: 8 }])).toEqual([5]);
    expect(
      monotoneFit([
        { ...free(10), high: 20 },
        { ...free(0), low: 8 },
      ]),
    ).toEqual([8, 8]);
    expect(monotoneFit([{ ...free(10), low: 9 }, free(0)])).toEqual([9, 9]);
    expect(monotoneFit([free(10), { ...free(0), high: 2 }])).toEqual([2, 2]);
  });

  it("finds no cheaper feasible values nearby", () => {
    const items: FitItem[] = [
      { target: 30, weight: 7, low: 20, high: 40 },
      { target: 12, weight: 1, low: 0, high: 25 },
      { target: 50, weight: 2, low: 45, high: 90 },
      { target: 44, weight: 3, low: 0, high: 100 },
      { target: 70, weight: 1, low: 60, high: 65 },
    ];
    const fit = monotoneFit(items);
    expect(feasible(items, fit)).toBe(true);
    // Every nudge of one value, or of a run of equal values together, that stays feasible costs more.
    for (let from = 0; from < fit.length; from++)
      for (let to = from; to < fit.length; to++)
        for (const d of [-0.5, -0.01, 0.01, 0.5]) {
          const nudged = fit.map((v, i) => (i >= from && i <= to ? v + d : v));
          if (feasible(items, nudged)) expect(cost(items, nudged)).toBeGreaterThan(cost(items, fit));
        }
  });
});
