import { describe, expect, it } from "vitest";
import { layoutRange, niceCeil, rangeDomain, rangeLabel } from "./rangeLayout.js";

describe("rangeDomain", () => {
  it("starts at zero and ends on a round number above the largest bound", () => {
    const d = rangeDomain([
      { low: 200, high: 200, qualifier: "exact" },
      { low: 600, high: 600, qualifier: "about" },
    ]);
    expect(d).toEqual({ min: 0, max: 1000 });
  });

  it("leaves room past an open-ended bound", () => {
    const closed = rangeDomain([{ low: 80, high: 80, qualifier: "exact" }]);
    const open = rangeDomain([{ low: 80, high: null, qualifier: "at_least" }]);
    expect(closed.max).toBe(100);
    expect(open.max).toBeGreaterThan(80 * 1.2);
  });

  it("never collapses to an empty axis", () => {
    expect(rangeDomain([]).max).toBeGreaterThan(0);
  });
});

describe("niceCeil", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([niceCeil(630), niceCeil(1.7), niceCeil(2100), niceCeil(100)]).toEqual([1000, 2, 2500, 100]);
  });
});

describe("layoutRange", () => {
  const domain = { min: 0, max: 1000 };

  it("draws a between range from its low to its high bound", () => {
    expect(layoutRange({ low: 200, high: 300, qualifier: "between" }, domain)).toMatchObject({
      start: 200,
      end: 300,
      point: false,
      openHigh: false,
      openLow: false,
    });
  });

  it("draws an exact figure as a point and an about figure as an approximate point", () => {
    expect(layoutRange({ low: 200, high: 200, qualifier: "exact" }, domain)).toMatchObject({
      point: true,
      approximate: false,
    });
    expect(layoutRange({ low: 600, high: 600, qualifier: "about" }, domain)).toMatchObject({
      point: true,
      approximate: true,
    });
  });

  it("runs an at-least figure to the end of the axis, marked open", () => {
    expect(layoutRange({ low: 39, high: null, qualifier: "more_than" }, domain)).toEqual({
      start: 39,
      end: 1000,
      openHigh: true,
      openLow: false,
      approximate: false,
      point: false,
      exclusive: true,
    });
  });

  it("runs an at-most figure from the start of the axis, marked open below", () => {
    expect(layoutRange({ low: null, high: 50, qualifier: "at_most" }, domain)).toMatchObject({
      start: 0,
      end: 50,
      openLow: true,
      openHigh: false,
    });
  });

  it("clamps bounds that fall outside the axis", () => {
    expect(layoutRange({ low: 50, high: 5000, qualifier: "between" }, domain).end).toBe(1000);
  });
});

describe("rangeLabel", () => {
  it("writes the qualifier in words", () => {
    expect(rangeLabel({ low: 600, high: 600, qualifier: "about" })).toBe("about 600");
    expect(rangeLabel({ low: 39, high: null, qualifier: "at_least" })).toBe("at least 39");
    expect(rangeLabel({ low: 39, high: null, qualifier: "more_than" })).toBe("more than 39");
    expect(rangeLabel({ low: null, high: 10, qualifier: "at_most" })).toBe("at most 10");
    expect(rangeLabel({ low: null, high: 10, qualifier: "fewer_than" })).toBe("fewer than 10");
    expect(rangeLabel({ low: 1, high: 2, qualifier: "between" })).toBe("1–2");
  });

  it("puts a vague claim's own words before the bound read from them", () => {
    const hundreds = { low: 100, high: null, qualifier: "at_least" } as const;
    expect(rangeLabel({ ...hundreds, vagueWords: "Hundreds" })).toBe("“Hundreds”, at least 100");
    expect(
      rangeLabel({ low: 50, high: null, qualifier: "more_than", vagueWords: "most" }, (n) => `${n}%`),
    ).toBe("“most”, more than 50%");
    expect(rangeLabel({ ...hundreds, vagueWords: null })).toBe("at least 100");
  });
});
