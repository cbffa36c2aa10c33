import { describe, expect, it } from "vitest";
import { axisExtent, toleranceNote, trendMark } from "./trendMark.js";

const domain = { min: 0, max: 1000 };
const fmt = (n: number) => n.toLocaleString("en-US");

describe("trendMark", () => {
  it("draws an about figure as its tolerance range, the stated figure a hollow dot on it", () => {
    const m = trendMark(
      { low: 200, high: 200, qualifier: "about", interval: { low: 180, high: 220 } },
      domain,
    );
    expect(m.bar).toEqual({ low: 180, high: 220, kind: "tolerance" });
    expect(m.dot).toBe(200);
    expect(m.hollow).toBe(true);
    expect([m.capLow, m.capHigh, m.arrowUp, m.arrowDown]).toEqual([true, true, false, false]);
    expect(m.anchor).toBe(200);
  });

  it("keeps an about figure with no known tolerance a hollow dot", () => {
    const m = trendMark({ low: 200, high: 200, qualifier: "about" }, domain);
    expect(m.bar).toBeNull();
    expect(m.dot).toBe(200);
    expect(m.hollow).toBe(true);
  });

  it("ignores an interval on a figure that is not about", () => {
    const m = trendMark(
      { low: 200, high: 200, qualifier: "exact", interval: { low: 180, high: 220 } },
      domain,
    );
    expect(m.bar).toBeNull();
    expect(m.hollow).toBe(false);
  });

  it("draws a stated range as a solid bar with caps and no dot, anchored at its middle", () => {
    const m = trendMark({ low: 200, high: 300, qualifier: "between" }, domain);
    expect(m.bar).toEqual({ low: 200, high: 300, kind: "range" });
    expect(m.dot).toBeNull();
    expect(m.anchor).toBe(250);
  });

  it("runs an open-ended figure to the axis edge with an arrow, its bound as the dot", () => {
    const up = trendMark({ low: 100, high: null, qualifier: "at_least" }, domain);
    expect(up.bar).toEqual({ low: 100, high: 1000, kind: "open" });
    expect([up.dot, up.arrowUp, up.arrowDown, up.capLow, up.capHigh]).toEqual([
      100,
      true,
      false,
      false,
      false,
    ]);
    const down = trendMark({ low: null, high: 10, qualifier: "fewer_than" }, domain);
    expect(down.bar).toEqual({ low: 0, high: 10, kind: "open" });
    expect([down.dot, down.arrowUp, down.arrowDown]).toEqual([10, false, true]);
  });

  it("clamps a tolerance range to the axis", () => {
    const m = trendMark(
      { low: 950, high: 950, qualifier: "about", interval: { low: 855, high: 1045 } },
      domain,
    );
    expect(m.bar).toEqual({ low: 855, high: 1000, kind: "tolerance" });
  });
});

describe("axisExtent", () => {
  it("makes the axis cover an about figure's tolerance range", () => {
    expect(
      axisExtent({ low: 200, high: 200, qualifier: "about", interval: { low: 180, high: 220 } }),
    ).toEqual({
      low: 180,
      high: 220,
      qualifier: "about",
    });
    const exact = { low: 200, high: 200, qualifier: "exact" as const };
    expect(axisExtent(exact)).toBe(exact);
  });
});

describe("toleranceNote", () => {
  it("says what the bar is, in the chart's own figures and the validator's tolerance", () => {
    expect(toleranceNote({ low: 200, interval: { low: 180, high: 220 } }, 0.1, fmt)).toBe(
      "about 200 is drawn 180–220: ±10%, the tolerance the validator used",
    );
    expect(toleranceNote({ low: 1200, interval: { low: 1140, high: 1260 } }, 0.05, fmt)).toBe(
      "about 1,200 is drawn 1,140–1,260: ±5%, the tolerance the validator used",
    );
  });
});
