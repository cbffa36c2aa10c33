import { wrapText } from "./exportSvg.js";
import { type TrendMarkInput, toleranceNote, trendMark } from "./trendMark.js";

/**
 * The trend chart's legend: one entry per kind of mark the chart draws, each with its marker drawn
 * as the chart draws it (an SVG shape, not a glyph such as ○ or ▲, which the embedded chart font
 * lacks) and its text wrapped to the chart's width. Pure, so its words are tested without a browser.
 */

export type TrendLegendMarker =
  | "swatch"
  | "hollow"
  | "tolerance"
  | "bar"
  | "arrow"
  | "guide"
  | "period"
  | "span"
  | "reconciled"
  | "most"
  | "diamond";

export interface TrendLegendEntry {
  marker: TrendLegendMarker;
  /** Series colour of a swatch; the other markers are drawn in grey. */
  color?: string;
  lines: string[];
}

const DAY = 86_400_000;

/** The band's name in the legend, the chart's own words for it. */
export const RECONCILED_LABEL = "reconciled range (envelope of the readings)";

/** Legend text is 11px: about 6.2 px a character in Noto Sans. */
export const LEGEND_CHAR = 6.2;
export const LEGEND_LINE = 16;
/** Text starts this far right of the marker's left edge. */
export const LEGEND_TEXT_X = 20;

export interface TrendLegendInput {
  series: readonly { label: string; color: string }[];
  points: readonly (TrendMarkInput & { start: number; end: number })[];
  /** The chart draws periods as bands (a series over comparable periods). */
  periods: boolean;
  /** The chart draws a guide back to a date: a group's claims side by side, or a claim moved off it. */
  guides: boolean;
  ranges: boolean;
  /**
   * A band has a darker most corroborated part: only a group of two readings or more has one (a
   * chart of consistent groups, as North Koreans detained, named a part it did not draw).
   */
  mostCorroborated: boolean;
  assessments: boolean;
  /** The tolerance the validator read `about` figures with (0.1 = ±10%); null when unknown. */
  tolerance: number | null;
  width: number;
  format: (n: number) => string;
}

/** The legend's entries, only for the marks the chart draws, wrapped so none runs past the chart. */
export function trendLegend(input: TrendLegendInput): TrendLegendEntry[] {
  // The legend starts inside the plot, right of the value axis (about 80 px in), and must end
  // before the chart's right margin.
  const chars = Math.max(24, Math.floor((input.width - 110 - LEGEND_TEXT_X) / LEGEND_CHAR));
  const entry = (marker: TrendLegendMarker, text: string): TrendLegendEntry => ({
    marker,
    lines: wrapText(text, chars),
  });
  const out: TrendLegendEntry[] = input.series.map((s) => ({
    marker: "swatch",
    color: s.color,
    lines: wrapText(s.label, chars),
  }));
  const domain = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  const marks = input.points.map((p) => ({ p, m: trendMark(p, domain) }));
  if (input.periods) out.push(entry("period", "shaded band = the period a figure covers"));
  if (marks.some(({ m }) => m.hollow)) out.push(entry("hollow", "hollow dot = the stated “about” figure"));
  // The largest about figure: its range is the one a reader can see on the chart (9–11 is a dot).
  const example = marks
    .filter(({ p, m }) => m.bar?.kind === "tolerance" && p.low !== null)
    .reduce<TrendLegendInput["points"][number] | undefined>(
      (best, { p }) => (best && (best.low ?? 0) >= (p.low ?? 0) ? best : p),
      undefined,
    );
  if (example?.interval && example.low !== null && input.tolerance !== null)
    out.push(
      entry(
        "tolerance",
        `dashed bar = its tolerance range: ${toleranceNote(
          { low: example.low, interval: example.interval },
          input.tolerance,
          input.format,
        )}`,
      ),
    );
  // A claim dated to a month or a year is drawn across it (an outside review found the line unexplained).
  if (!input.periods && input.points.some((p) => p.end - p.start > DAY))
    out.push(entry("span", "faint horizontal line = the month or year a claim's date covers"));
  if (marks.some(({ m }) => m.bar?.kind === "range"))
    out.push(entry("bar", "solid bar = a stated low–high range"));
  if (marks.some(({ m }) => m.arrowUp || m.arrowDown))
    out.push(entry("arrow", "arrow = open-ended, no bound given (“at least”, “more than”)"));
  if (input.guides)
    out.push(
      entry(
        "guide",
        "claims drawn off their date (one event's side by side, or moved to make room): a dotted line marks the date, a bar on the axis joins them to it",
      ),
    );
  if (input.ranges) out.push(entry("reconciled", `wide shaded band = ${RECONCILED_LABEL}`));
  if (input.ranges && input.mostCorroborated)
    out.push(entry("most", "its darker part, barred at the left = the most corroborated reading"));
  if (input.assessments)
    out.push(entry("diamond", "diamond = editorial assessment (best), whiskers = its low–high range"));
  return out;
}

/** The legend's height in pixels: one line each, and a little room below it. */
export function trendLegendHeight(entries: readonly TrendLegendEntry[]): number {
  return entries.reduce((n, e) => n + e.lines.length, 0) * LEGEND_LINE + 8;
}
