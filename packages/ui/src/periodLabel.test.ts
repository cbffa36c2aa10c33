import { describe, expect, it } from "vitest";
import { labelBelow, type PeriodBar } from "./periodLabel.js";

describe("labelBelow", () => {
  const own: PeriodBar = { x1: 10, x2: 70, y: 300 };

  it("keeps the label above when no other bar is near it", () => {
    const far: PeriodBar = { x1: 130, x2: 190, y: 280 };
    expect(labelBelow(40, 120, own, [own, far])).toBe(false);
  });

  it("moves it below when the next bar runs through where it would be printed", () => {
    // 487 and 546 on a log axis at 390 px: the next half-year's bar 20 px higher, under the text.
    const next: PeriodBar = { x1: 90, x2: 150, y: 282 };
    expect(labelBelow(60, 140, own, [own, next])).toBe(true);
  });

  it("keeps it above when the other bar is clear of it in height or width", () => {
    expect(labelBelow(60, 140, own, [own, { x1: 90, x2: 150, y: 200 }])).toBe(false);
    expect(labelBelow(60, 140, own, [own, { x1: 200, x2: 260, y: 282 }])).toBe(false);
  });
});
