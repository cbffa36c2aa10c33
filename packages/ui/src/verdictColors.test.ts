import { describe, expect, it } from "vitest";
import { OKABE_ITO, VERDICT_STYLES, verdictStyle } from "./verdictColors.js";

describe("verdictStyle", () => {
  it("colours each verdict with a distinct Okabe–Ito colour", () => {
    expect(verdictStyle("conflict").color).toBe(OKABE_ITO.vermillion);
    expect(verdictStyle("consistent").color).toBe(OKABE_ITO.bluishGreen);
    expect(verdictStyle("single_origin").color).toBe(OKABE_ITO.blue);
    const colors = Object.values(VERDICT_STYLES).map((s) => s.color);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it("falls back to 'not rated' for a missing or unknown verdict", () => {
    expect(verdictStyle(null)).toBe(VERDICT_STYLES.unrated);
    expect(verdictStyle("toString")).toBe(VERDICT_STYLES.unrated);
  });

  it("tells verdicts apart without colour (label and stroke pattern)", () => {
    const keys = Object.values(VERDICT_STYLES).map((s) => `${s.label}|${s.dash}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
