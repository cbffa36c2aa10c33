import { describe, expect, it } from "vitest";
import { bandSpan, commonRangeLabel, packLabels } from "./readingLayout.js";
import { readingLetter, readingStyle } from "./readingStyles.js";

describe("commonRangeLabel", () => {
  it("writes a closed range with a dash and a single value alone", () => {
    expect(commonRangeLabel({ low: 200, high: 220 })).toBe("200–220");
    expect(commonRangeLabel({ low: 20, high: 20 })).toBe("20");
    expect(commonRangeLabel({ low: 1000, high: 2500 }, (n) => n.toLocaleString("en"))).toBe("1,000–2,500");
  });

  it("writes an unbounded end in words, and no bound at all as any value", () => {
    expect(commonRangeLabel({ low: 100, high: null })).toBe("at least 100");
    expect(commonRangeLabel({ low: 100, high: null, low_open: true })).toBe("more than 100");
    expect(commonRangeLabel({ low: null, high: 10 })).toBe("at most 10");
    expect(commonRangeLabel({ low: null, high: 10, high_open: true })).toBe("less than 10");
    expect(commonRangeLabel({ low: null, high: null })).toBe("any value");
  });

  it("uses interval notation when a finite end is open, so 100 is not read as included", () => {
    expect(commonRangeLabel({ low: 100, high: 220, low_open: true })).toBe("(100, 220]");
    expect(commonRangeLabel({ low: 5, high: 10, high_open: true })).toBe("[5, 10)");
  });
});

describe("bandSpan", () => {
  const domain = { min: 0, max: 1000 };
  it("runs an unbounded end to the axis edge and says so", () => {
    expect(bandSpan({ low: 540, high: null }, domain)).toEqual({
      start: 540,
      end: 1000,
      openLow: false,
      openHigh: true,
    });
    expect(bandSpan({ low: null, high: 10 }, domain)).toMatchObject({ start: 0, openLow: true });
  });

  it("clamps to the axis", () => {
    expect(bandSpan({ low: -5, high: 5000 }, domain)).toMatchObject({ start: 0, end: 1000 });
  });
});

describe("packLabels", () => {
  it("puts labels that clear each other on one line, at their bands", () => {
    const placed = packLabels(
      [
        { id: "b", x: 400, width: 200 },
        { id: "a", x: 100, width: 200 },
      ],
      0,
      1000,
    );
    expect(placed.get("a")).toEqual({ x: 100, line: 0 });
    expect(placed.get("b")).toEqual({ x: 400, line: 0 });
  });

  it("moves an overlapping label to the next line", () => {
    const placed = packLabels(
      [
        { id: "a", x: 100, width: 250 },
        { id: "b", x: 300, width: 100 },
        { id: "c", x: 360, width: 100 },
      ],
      0,
      1000,
    );
    expect([...placed.values()].map((p) => p.line)).toEqual([0, 1, 0]);
  });

  it("pulls a label left so it ends inside the chart, never past the left edge", () => {
    const placed = packLabels(
      [
        { id: "a", x: 900, width: 300 },
        { id: "b", x: 50, width: 2000 },
      ],
      8,
      1000,
    );
    expect(placed.get("a")!.x).toBe(700);
    expect(placed.get("b")!.x).toBe(8);
  });

  it("never overlaps two labels on one line", () => {
    const boxes = Array.from({ length: 12 }, (_, i) => ({
      id: `l${i}`,
      x: (i * 137) % 900,
      width: 90 + i * 7,
    }));
    const placed = packLabels(boxes, 0, 1000);
    for (const a of boxes)
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const pa = placed.get(a.id)!;
        const pb = placed.get(b.id)!;
        if (pa.line !== pb.line) continue;
        expect(pa.x + a.width <= pb.x || pb.x + b.width <= pa.x).toBe(true);
      }
  });
});

describe("readingStyle", () => {
  it("gives neighbouring readings different colours, letters and hatches", () => {
    const [a, b, c] = [0, 1, 2].map(readingStyle);
    expect(new Set([a!.color, b!.color, c!.color]).size).toBe(3);
    expect(new Set([a!.hatch, b!.hatch, c!.hatch]).size).toBe(3);
    expect([a!.letter, b!.letter, c!.letter]).toEqual(["A", "B", "C"]);
  });

  it("keeps naming readings past Z", () => {
    expect(readingLetter(25)).toBe("Z");
    expect(readingLetter(26)).toBe("R27");
  });
});
