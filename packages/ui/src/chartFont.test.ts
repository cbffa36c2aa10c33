import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { qualifierSchema } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { CHART_FONT_RANGES, charactersOutsideChartFont, outsideFontNote } from "./chartFontCoverage.js";
import { rangeChartLegend } from "./chartLegend.js";
import { datasetLine } from "./exportMeta.js";
import { figureLabel } from "./RangeChart.js";
import { type RangeQualifier, rangeLabel } from "./rangeLayout.js";
import { commonRangeLabel } from "./readingLayout.js";
import { trendLegend } from "./trendLegend.js";
import { woff2CodePoints } from "./woff2Cmap.js";

// Issue 11: every glyph of an exported image in one family. The chart font is embedded as Noto
// Sans's Latin subset; a character outside it is drawn in whatever the system falls back to.

const require = createRequire(import.meta.url);
/** The files chartFont.ts embeds, read as the browser would: their cmap, not their CSS's promise. */
const FILES = ["noto-sans-latin-400-normal.woff2", "noto-sans-latin-700-normal.woff2"];
const covered = FILES.map((f) =>
  woff2CodePoints(readFileSync(require.resolve(`@fontsource/noto-sans/files/${f}`)), (b) =>
    brotliDecompressSync(b),
  ),
);

function missing(text: string): string[] {
  return [...new Set([...text])].filter((c) => covered.some((set) => !set.has(c.codePointAt(0)!)));
}

const fmt = (n: number) => n.toLocaleString("en-US");
// Every qualifier a claim can have: the schema's own list, so a new one is checked too.
const QUALIFIERS: RangeQualifier[] = [...qualifierSchema.options];

describe("the embedded chart font", () => {
  it("draws exactly the characters CHART_FONT_RANGES lists, in both weights", () => {
    const listed = CHART_FONT_RANGES.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i),
    );
    for (const set of covered) expect(listed).toEqual([...set].sort((a, b) => a - b));
  });

  it("says which characters an SVG viewer draws in its own font, isolated, six at most", () => {
    expect(outsideFontNote([])).toBeUndefined();
    expect(outsideFontNote([..."הא"])).toBe(
      "Its text has characters the embedded font lacks (\u2068ה\u2069, \u2068א\u2069): an SVG viewer draws them in a font of its own, or as boxes where it has none; the PNG shows them as drawn here.",
    );
    expect(outsideFontNote([..."abcdefgh"])).toContain("\u2069 and 2 more): ");
  });

  it("names the characters of a text it cannot draw, each once, and none that draw nothing", () => {
    expect(charactersOutsideChartFont("Daily NK · “about 200” – 9 Oct 2023 (c001) €")).toEqual([]);
    expect(charactersOutsideChartFont("\u2068הארץ\u2069 and الجزيرة, Łódź, 데일리NK הארץ")).toEqual([
      ..."הארץالجزيرةŁź데일리",
    ]);
  });

  it("is read from the files chartFont.ts embeds", () => {
    const source = readFileSync(resolve(import.meta.dirname, "chartFont.ts"), "utf8");
    for (const f of FILES) expect(source).toContain(`@fontsource/noto-sans/files/${f}`);
    // The reader works: the Latin subset has Latin letters and lacks what it is known to lack.
    expect(covered[0]!.has("A".codePointAt(0)!)).toBe(true);
    expect(covered[0]!.has("≈".codePointAt(0)!)).toBe(false);
  });

  it("has every character of the figure labels, legends and export footer", () => {
    const texts = [
      ...QUALIFIERS.map((q) => rangeLabel({ low: 1200, high: 2500, qualifier: q }, fmt)),
      rangeLabel({ low: 100, high: null, qualifier: "at_least", vagueWords: "Hundreds" }, fmt),
      figureLabel(
        {
          id: "c",
          label: "x",
          low: 200,
          high: 200,
          qualifier: "about",
          verdict: null,
          interval: { low: 180, high: 220 },
        },
        fmt,
      ),
      commonRangeLabel({ low: 100, high: null }),
      commonRangeLabel({ low: 100, high: null, low_open: true }),
      commonRangeLabel({ low: null, high: 10 }),
      commonRangeLabel({ low: null, high: 10, high_open: true }),
      commonRangeLabel({ low: 100, high: 220, low_open: true }),
      ...rangeChartLegend({ readings: 3, verdicts: [], spanning: true, tolerance: 0.1, openEnded: true }).map(
        (i) => i.label,
      ),
      ...rangeChartLegend({
        readings: 1,
        verdicts: ["consistent", "conflict", "single_origin", "unrated"],
        spanning: false,
        tolerance: null,
        openEnded: false,
      }).map((i) => i.label),
      ...trendLegend({
        series: [{ label: "Forced repatriation · North Koreans forcibly returned", color: "#000" }],
        points: (["about", "between", "at_least", "at_most"] as const).map((q, i) => ({
          low: 200,
          high: 300,
          qualifier: q,
          start: i,
          end: i,
          group: "g",
          interval: { low: 180, high: 220 },
        })),
        periods: true,
        guides: true,
        ranges: true,
        mostCorroborated: true,
        assessments: true,
        tolerance: 0.1,
        width: 880,
        format: fmt,
      }).flatMap((e) => e.lines),
      datasetLine({
        title: "t",
        attribution: "a",
        dataset: "tally",
        version: "1.0.0",
        licence: "CC BY 4.0",
        exportedAt: "2026-11-28",
      }),
    ];
    expect(texts.flatMap(missing)).toEqual([]);
  });

  it("has every non-ASCII character the chart and export code writes", () => {
    // Strings in code that draws into a chart or an export, comments left out.
    const files = [
      "TrendChart.tsx",
      "TrendMarkShape.tsx",
      "trendLegend.ts",
      "trendMark.ts",
      "RangeChart.tsx",
      "rangeChartLayout.ts",
      "rangeLayout.ts",
      "readingLayout.ts",
      "chartLegend.ts",
      "exportSvg.ts",
      "exportMeta.ts",
    ];
    const found = files.flatMap((f) => {
      const code = readFileSync(resolve(import.meta.dirname, f), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      return missing([...code].filter((c) => c.codePointAt(0)! > 0x7f).join("")).map((c) => `${f}: ${c}`);
    });
    expect(found).toEqual([]);
  });
});
