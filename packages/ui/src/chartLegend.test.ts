import { describe, expect, it } from "vitest";
import { rangeChartLegend, toleranceBandText } from "./chartLegend.js";

const base = { readings: 2, verdicts: [], spanning: false, openEnded: false };

describe("rangeChartLegend", () => {
  it("says what the dashed band is, in one of the chart's figures and the validator's tolerance", () => {
    const items = rangeChartLegend({
      ...base,
      tolerance: 0.1,
      example: { low: 600, interval: { low: 540, high: 660 } },
    });
    expect(items.find((i) => i.kind === "range")?.label).toBe(
      "dashed band = its tolerance range: about 600 is drawn 540–660: ±10%, the tolerance the validator used",
    );
    expect(items.some((i) => i.kind === "hollow")).toBe(true);
  });

  it("names the tolerance alone when no figure is given, and nothing when no figure is about", () => {
    expect(toleranceBandText(0.05, null)).toBe(
      "dashed band = its tolerance range: ±5%, the tolerance the validator used",
    );
    const none = rangeChartLegend({ ...base, tolerance: null });
    expect(none.some((i) => i.kind === "range" || i.kind === "hollow")).toBe(false);
  });
});
