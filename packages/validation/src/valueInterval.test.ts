import { describe, expect, it } from "vitest";
import {
  conflictBand,
  entirelyBelow,
  formatInterval,
  gapRatio,
  impliedCount,
  intersects,
  multiplyNonNegative,
  valueInterval,
} from "./valueInterval.js";

const iv = (qualifier: string, low: number | null, high: number | null, t = 0.1) =>
  valueInterval({ qualifier: qualifier as never, value_low: low, value_high: high }, t);

describe("valueInterval", () => {
  it("turns each qualifier into its interval", () => {
    expect(formatInterval(iv("exact", 7, 7))).toBe("[7, 7]");
    expect(formatInterval(iv("about", 200, 200))).toBe("[180, 220]");
    expect(formatInterval(iv("about", 600, 600, 0.25))).toBe("[450, 750]");
    expect(formatInterval(iv("between", 200, 300))).toBe("[200, 300]");
    expect(formatInterval(iv("at_least", 39, null))).toBe("[39, ∞)");
    expect(formatInterval(iv("more_than", 30, null))).toBe("(30, ∞)");
    expect(formatInterval(iv("at_most", null, 5))).toBe("(−∞, 5]");
    expect(formatInterval(iv("fewer_than", null, 5))).toBe("(−∞, 5)");
  });

  it("respects open and closed ends where intervals touch", () => {
    expect(intersects(iv("at_least", 200, null), iv("exact", 200, 200))).toBe(true);
    expect(intersects(iv("more_than", 200, null), iv("exact", 200, 200))).toBe(false);
    expect(intersects(iv("at_most", null, 200), iv("at_least", 200, null))).toBe(true);
    expect(intersects(iv("fewer_than", null, 200), iv("at_least", 200, null))).toBe(false);
    expect(intersects(iv("about", 200, 200), iv("between", 220, 300))).toBe(true);
    expect(entirelyBelow(iv("about", 200, 200), iv("about", 600, 600))).toBe(true);
    expect(entirelyBelow(iv("about", 600, 600), iv("about", 200, 200))).toBe(false);
  });
});

describe("gapRatio and conflictBand", () => {
  it("divides the higher interval's lower end by the lower interval's upper end", () => {
    expect(gapRatio(iv("about", 200, 200), iv("about", 600, 600))).toBeCloseTo(540 / 220, 10);
    expect(gapRatio(iv("between", 200, 300), iv("about", 600, 600))).toBeCloseTo(1.8, 10);
    expect(gapRatio(iv("exact", 0, 0), iv("exact", 5, 5))).toBeNull();
  });

  it("bands at 2 and 1.25", () => {
    expect(conflictBand(2)).toBe("high");
    expect(conflictBand(1.99)).toBe("medium");
    expect(conflictBand(1.25)).toBe("medium");
    expect(conflictBand(1.2)).toBe("low");
    expect(conflictBand(null)).toBe("high");
  });
});

describe("multiplyNonNegative", () => {
  it("reads more than 30 percent of approximately 600 as more than 162", () => {
    const share = { low: 0.3, high: 1, lowOpen: true, highOpen: false };
    expect(formatInterval(multiplyNonNegative(share, iv("about", 600, 600)))).toBe("(162, 660]");
  });

  it("keeps zero closed only when a factor can be zero", () => {
    const base = iv("exact", 10, 10);
    expect(multiplyNonNegative({ low: 0, high: 0.5, lowOpen: false, highOpen: false }, base).lowOpen).toBe(
      false,
    );
    expect(multiplyNonNegative({ low: 0, high: 0.5, lowOpen: true, highOpen: false }, base).lowOpen).toBe(
      true,
    );
  });
});

describe("impliedCount", () => {
  it("reads a share of its base as the rule's notes do: about 80% of between 200 and 300 is 144 to 264", () => {
    expect(formatInterval(impliedCount(iv("about", 80, 80), 100, iv("between", 200, 300))!)).toBe(
      "[144, 264]",
    );
    expect(formatInterval(impliedCount(iv("more_than", 30, null), 100, iv("about", 600, 600))!)).toBe(
      "(162, 660]",
    );
  });

  it("clips a share to 0 to its whole, reopening only the ends clipping did not move", () => {
    // "about 95%" at t = 10% reaches 104.5: the part cannot exceed the whole.
    expect(formatInterval(impliedCount(iv("about", 95, 95), 100, iv("exact", 50, 50))!)).toBe("[42.75, 50]");
    expect(formatInterval(impliedCount(iv("more_than", 0, null), 100, iv("exact", 50, 50))!)).toBe("(0, 50]");
  });

  it("implies nothing for a share wholly outside 0 to its whole", () => {
    expect(impliedCount(iv("exact", 150, 150), 100, iv("exact", 50, 50))).toBeNull();
    expect(impliedCount(iv("exact", -5, -5), 100, iv("exact", 50, 50))).toBeNull();
  });
});
