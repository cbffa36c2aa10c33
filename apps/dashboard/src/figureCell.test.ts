import { describe, expect, it } from "vitest";
import { figureCell } from "./figureCell.js";
import { claim } from "./testing/claimView.js";

describe("figureCell", () => {
  it("gives a claim's figure in words with its unit, a word unit after a space", () => {
    expect(figureCell(claim({ unit_label: "%", value_low: 80, value_high: 80 }))).toBe("about 80%");
    const days = { qualifier: "exact", unit_label: "days", value_low: 15, value_high: 15 } as const;
    expect(figureCell(claim(days))).toBe("15 days");
    const many = { qualifier: "at_least", value_low: 2500, value_high: null } as const;
    expect(figureCell(claim(many))).toBe("at least 2,500 persons");
  });
});
