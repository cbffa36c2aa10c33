import { describe, expect, it } from "vitest";
import { LEGEND_LINE, RECONCILED_LABEL, trendLegend, trendLegendHeight } from "./trendLegend.js";

const fmt = (n: number) => n.toLocaleString("en-US");
const day = (
  low: number | null,
  high: number | null,
  qualifier: "about" | "exact" | "between" | "at_least",
) => ({
  low,
  high,
  qualifier,
  start: 0,
  end: 1,
  ...(qualifier === "about" && low !== null ? { interval: { low: low * 0.9, high: low * 1.1 } } : {}),
});
const base = {
  series: [{ label: "Forced repatriation · North Koreans forcibly returned", color: "#0072B2" }],
  periods: false,
  guides: false,
  ranges: false,
  mostCorroborated: false,
  assessments: false,
  tolerance: 0.1,
  width: 880,
  format: fmt,
};

describe("trendLegend", () => {
  it("explains the tolerance bar with one of the chart's own about figures and the tolerance", () => {
    const entries = trendLegend({
      ...base,
      points: [day(600, 600, "exact"), day(200, 200, "about")],
      guides: true,
    });
    const tolerance = entries.find((e) => e.marker === "tolerance");
    expect(tolerance?.lines.join(" ")).toBe(
      "dashed bar = its tolerance range: about 200 is drawn 180–220: ±10%, the tolerance the validator used",
    );
    expect(entries.map((e) => e.marker)).toEqual(["swatch", "hollow", "tolerance", "guide"]);
    // Of several, the largest: its range is the one a reader can make out on the chart.
    const several = trendLegend({
      ...base,
      points: [day(10, 10, "about"), day(600, 600, "about"), day(200, 200, "about")],
    });
    expect(several.find((e) => e.marker === "tolerance")?.lines.join(" ")).toContain(
      "about 600 is drawn 540–660",
    );
  });

  it("names only the marks the chart draws", () => {
    const entries = trendLegend({
      ...base,
      points: [day(100, null, "at_least"), day(200, 300, "between")],
      ranges: true,
      mostCorroborated: true,
      assessments: true,
    });
    expect(entries.map((e) => e.marker)).toEqual(["swatch", "bar", "arrow", "reconciled", "most", "diamond"]);
    expect(entries.find((e) => e.marker === "reconciled")?.lines.join(" ")).toContain(RECONCILED_LABEL);
  });

  it("names the darker part only where a band has one: consistent groups' bands have none", () => {
    // North Koreans detained (Shenyang 7, Liaoning 60: one reading each) named a darker part it lacked.
    const consistent = trendLegend({ ...base, points: [day(7, 7, "exact")], ranges: true });
    expect(consistent.map((e) => e.marker)).toEqual(["swatch", "reconciled"]);
    const conflict = trendLegend({
      ...base,
      points: [day(7, 7, "exact")],
      ranges: true,
      mostCorroborated: true,
    });
    expect(conflict.map((e) => e.marker)).toEqual(["swatch", "reconciled", "most"]);
  });

  it("explains the line across a claim dated to a month or a year, and only where one is drawn", () => {
    // An outside review: the Liaoning claims (July 2019) had a faint line the legend did not name.
    const month = {
      ...day(60, 60, "exact"),
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2019, 7, 1) - 1,
    };
    const entries = trendLegend({ ...base, points: [month, day(39, null, "at_least")] });
    expect(entries.map((e) => e.marker)).toEqual(["swatch", "span", "arrow"]);
    expect(entries[1]?.lines.join(" ")).toBe(
      "faint horizontal line = the month or year a claim's date covers",
    );
    // A periods series draws its periods as bands, named by the period entry instead.
    expect(trendLegend({ ...base, periods: true, points: [month] }).map((e) => e.marker)).toEqual([
      "swatch",
      "period",
    ]);
  });

  it("explains the guides back to a date only when the chart draws one", () => {
    const points = [day(600, 600, "exact")];
    expect(trendLegend({ ...base, points }).map((e) => e.marker)).toEqual(["swatch"]);
    const entries = trendLegend({ ...base, points, guides: true });
    expect(entries.map((e) => e.marker)).toEqual(["swatch", "guide"]);
    expect(entries[1]?.lines.join(" ")).toContain("a dotted line marks the date");
  });

  it("leaves the tolerance out when the chart does not know it, and keeps the hollow dot", () => {
    const entries = trendLegend({ ...base, tolerance: null, points: [day(200, 200, "about")] });
    expect(entries.map((e) => e.marker)).toEqual(["swatch", "hollow"]);
  });

  it("wraps to a phone-width chart and counts the wrapped lines in its height", () => {
    const entries = trendLegend({ ...base, width: 340, points: [day(200, 200, "about")] });
    const lines = entries.flatMap((e) => e.lines);
    // 340 px less the axis and the marker leaves 33 characters of 11 px text a line.
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(33);
    expect(lines.length).toBeGreaterThan(entries.length);
    expect(trendLegendHeight(entries)).toBe(lines.length * LEGEND_LINE + 8);
  });

  it("uses no glyph the chart font lacks for its marks (they are drawn as shapes)", () => {
    const entries = trendLegend({
      ...base,
      points: [day(100, null, "at_least"), day(200, 300, "between"), day(200, 200, "about")],
      ranges: true,
      mostCorroborated: true,
      assessments: true,
    });
    expect(entries.flatMap((e) => e.lines).join(" ")).not.toMatch(/[○●▲▶◆]/u);
  });
});
