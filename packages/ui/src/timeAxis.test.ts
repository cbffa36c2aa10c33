import { describe, expect, it } from "vitest";
import { timeLabel, timeTicks, yearDomain, yearLabel, yearTicks } from "./timeAxis.js";

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe("time axis in calendar years", () => {
  const spans = [
    { start: day("2017-07-01"), end: day("2017-07-31") },
    { start: day("2023-10-09"), end: day("2023-10-09") },
    { start: day("2024-04-01"), end: day("2024-04-30") },
  ];

  it("runs from 1 Jan of the first year to 1 Jan after the last", () => {
    expect(yearDomain(spans)).toEqual([day("2017-01-01"), day("2025-01-01")]);
  });

  it("puts one tick per year, 2017 … 2024, at 1 January", () => {
    const ticks = yearTicks(yearDomain(spans));
    expect(ticks.map(yearLabel)).toEqual(["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(ticks[2]).toBe(day("2019-01-01"));
  });

  it("places ticks at real time: a leap year is a day wider than the year before it", () => {
    const ticks = yearTicks(yearDomain(spans));
    expect(ticks[4]! - ticks[3]!).toBe(366 * 86_400_000); // 2020
    expect(ticks[3]! - ticks[2]!).toBe(365 * 86_400_000); // 2019
  });

  it("covers a single half-year with its own year", () => {
    const d = yearDomain([{ start: day("2018-01-01"), end: day("2018-06-30") }]);
    expect(yearTicks(d).map(yearLabel)).toEqual(["2018"]);
  });
});

describe("ticks on a short time axis", () => {
  it("marks each quarter of a one-year axis, so one event's date can be read off it", () => {
    // An outside review: a chart of the 9 Oct 2023 shares had one tick, "2023", at its left edge.
    const ticks = timeTicks(yearDomain([{ start: day("2023-10-09"), end: day("2023-10-09") }]));
    expect(ticks.map(timeLabel)).toEqual(["2023", "Apr", "Jul", "Oct"]);
    expect(ticks[3]).toBe(day("2023-10-01"));
  });

  it("marks quarters over two years, and only years over three or more", () => {
    const two = yearDomain([{ start: day("2018-01-01"), end: day("2019-06-30") }]);
    expect(timeTicks(two).map(timeLabel)).toEqual(["2018", "Apr", "Jul", "Oct", "2019", "Apr", "Jul", "Oct"]);
    const three = yearDomain([{ start: day("2017-07-01"), end: day("2019-06-30") }]);
    expect(timeTicks(three)).toEqual(yearTicks(three));
  });
});
