import { wrapText } from "./exportSvg.js";
import { labelLines, wrappedLines } from "./labelLines.js";
import type { RangeDomain } from "./rangeLayout.js";
import { bandSpan, type CommonRange, commonRangeLabel, packLabels } from "./readingLayout.js";
import { tickLabelWidth } from "./valueAxis.js";

/**
 * Where everything on the discrepancy chart goes, worked out before drawing so it can be tested
 * without a browser: the header (the envelope, then one label per reading band), then the rows,
 * grouped into sections (the readings' claims, then the claims consistent with every reading).
 * Below 560 px the chart is "compact": there is no room for a label column beside a usable axis
 * (at 390 px it would leave 60 px of plot), so each row's label sits above its bar instead.
 */

export interface LayoutRow {
  id: string;
  label: string;
  detail?: string | undefined;
  /** The figure as drawn beside the bar ("about 200 · A"); in compact mode it joins the label. */
  figure: string;
  /** Rows whose section differs from the row before get a heading (when the section is not empty). */
  section?: string | undefined;
}

export interface LayoutBand extends CommonRange {
  id: string;
  /** "A"; empty for a group's only reading. */
  letter: string;
  /** The support, long ("Daily NK · 3 claims, 2 independent origins") and short ("3 claims, 2 origins"). */
  text: string;
  shortText: string;
  emphasis?: boolean | undefined;
}

export interface LayoutEnvelope extends CommonRange {
  label: string;
}

export interface RangeChartLayoutInput {
  width: number;
  rows: readonly LayoutRow[];
  bands?: readonly LayoutBand[] | undefined;
  envelope?: LayoutEnvelope | null | undefined;
  domain: RangeDomain;
  format?: (n: number) => string;
  /** The value axis's title, wrapped under it to the plot's width. */
  axisLabel?: string | undefined;
}

export type Slot =
  | {
      kind: "row";
      id: string;
      top: number;
      height: number;
      barY: number;
      lines: string[];
      /** How many of `lines`, from the first, are the heading (drawn bold). */
      bold: number;
      labelY: number;
    }
  | { kind: "heading"; text: string; lines: string[]; top: number; height: number };

export interface HeaderText {
  x: number;
  y: number;
  lines: string[];
}

export interface RangeChartLayout {
  compact: boolean;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width of the y-axis label column (0 when compact). */
  labelCol: number;
  plot: { x: number; y: number; width: number; height: number };
  /** Axis value → pixel. */
  x: (v: number) => number;
  slots: Slot[];
  /** Each band's label, by band id, in chart pixels. */
  bandLabels: Map<string, HeaderText>;
  /** The value axis's title, in lines as wide as the plot (a long metric's was cut at both ends). */
  axisLabelLines: string[];
  envelope: {
    x0: number;
    x1: number;
    y: number;
    text: HeaderText;
    openLow: boolean;
    openHigh: boolean;
  } | null;
}

export const LINE_HEIGHT = 14;
/** Average glyph width at 12px in the UI's sans-serif fonts, to size text without measuring it. */
export const CHAR_WIDTH = 6.4;
/** Lines an attributed party may wrap to beside a wide chart's bars. */
const WIDE_DETAIL_LINES = 4;
const HEADER_LINE = 18;
const HEADING_HEIGHT = 30;
/** Height of the strip at the top of the plot where each band's letter is drawn. */
export const LETTER_STRIP = 16;
/** Recharts' default x-axis height, below the plot. */
const X_AXIS = 30;
/** The most lines the value axis's title takes; a longer one ends in "…". */
const AXIS_LABEL_LINES = 3;
const COMPACT_BELOW = 560;
/** The swatch before a band label. */
const SWATCH = 18;

/** The label column: about a third of the chart, enough for "a high-ranking Daily NK source". */
function labelWidth(width: number): number {
  return Math.round(Math.min(280, Math.max(170, width * 0.3)));
}

function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

export function bandLabelText(b: LayoutBand, format: (n: number) => string, short: boolean): string {
  const most = b.emphasis ? " · most corroborated" : "";
  // A group's only reading has no letter: it is the claims' common range.
  const head = b.letter ? `${b.letter}: ` : "common range ";
  return `${head}${commonRangeLabel(b, format)} · ${short ? b.shortText : b.text}${most}`;
}

export function rangeChartLayout({
  width,
  rows,
  bands = [],
  envelope = null,
  domain,
  format = String,
  axisLabel,
}: RangeChartLayoutInput): RangeChartLayout {
  const compact = width < COMPACT_BELOW;
  const labelCol = compact ? 0 : labelWidth(width);
  const left = compact ? 12 : 8;
  // Compact: room for half the last tick's label, centred on the plot's right edge: 28 px held
  // "1,000", and "1,500,000" was cut to "1,500,00" at 390 px (an outside audit).
  const right = compact ? Math.max(28, Math.ceil(tickLabelWidth(format(domain.max)) / 2) + 3) : 90;
  const plotX = left + labelCol;
  const plotWidth = Math.max(40, width - plotX - right);
  const x = (v: number) => plotX + ((v - domain.min) / (domain.max - domain.min || 1)) * plotWidth;
  // Header text may use the whole chart's width: nothing else is drawn above the rows.
  const textLeft = 8;
  const textRight = width - 8;
  const textChars = Math.max(20, Math.floor((textRight - textLeft - SWATCH) / CHAR_WIDTH));

  let headerY = 16;
  let env: RangeChartLayout["envelope"] = null;
  if (envelope) {
    const span = bandSpan(envelope, domain);
    const lines = wrapText(envelope.label, textChars);
    const w = Math.max(...lines.map(textWidth));
    const tx = Math.max(textLeft, Math.min(x(span.start), textRight - w));
    const text = { x: tx, y: headerY, lines };
    headerY += lines.length * LINE_HEIGHT + 4;
    env = {
      x0: x(span.start),
      x1: x(span.end),
      y: headerY,
      text,
      openLow: span.openLow,
      openHigh: span.openHigh,
    };
    headerY += 16;
  }

  const bandLabels = new Map<string, HeaderText>();
  if (compact) {
    // One label per block, left-aligned and wrapped: the letter inside each band says which is which.
    // The long text, wrapped over more lines: the short one left out who first reported the
    // reading's claims, which a phone reader then had no way to see (an outside audit).
    for (const b of bands) {
      const lines = wrapText(bandLabelText(b, format, false), textChars);
      bandLabels.set(b.id, { x: textLeft, y: headerY, lines });
      headerY += lines.length * LINE_HEIGHT + 4;
    }
  } else if (bands.length > 0) {
    const texts = new Map(
      bands.map((b) => {
        const long = bandLabelText(b, format, false);
        const fits = SWATCH + textWidth(long) <= textRight - textLeft;
        return [b.id, fits ? long : bandLabelText(b, format, true)] as const;
      }),
    );
    const placed = packLabels(
      bands.map((b) => ({
        id: b.id,
        x: x(bandSpan(b, domain).start),
        width: SWATCH + textWidth(texts.get(b.id)!),
      })),
      textLeft,
      textRight,
    );
    let lines = 0;
    for (const b of bands) {
      const p = placed.get(b.id)!;
      lines = Math.max(lines, p.line + 1);
      bandLabels.set(b.id, { x: p.x, y: headerY + p.line * HEADER_LINE, lines: [texts.get(b.id)!] });
    }
    headerY += lines * HEADER_LINE;
  }
  const top = headerY + (bands.length > 0 || env ? 8 : 0);

  const slots: Slot[] = [];
  const maxChars = compact
    ? Math.floor((width - left - right) / CHAR_WIDTH)
    : Math.floor((labelCol - 12) / CHAR_WIDTH);
  // Wide, an attributed party may take four lines: at two, "Phil Robertson, deputy director of
  // the Asia division of Human Rights…" lost the organisation that makes the claim one of its own
  // (an outside review at 1280 px).
  // Compact, the figure and its reading join the outlet on up to two lines: clipped to one, a
  // vague claim's words ("NK Insider: “Hundreds”, at least 100 · every r…") cut off its reading.
  const lineSets = rows.map((r) => {
    if (!compact) return { lines: labelLines(r.label, r.detail, maxChars, WIDE_DETAIL_LINES), bold: 1 };
    const heading = wrappedLines(`${r.label}: ${r.figure}`, maxChars, 2);
    const detail = r.detail ? wrappedLines(r.detail, maxChars, 2) : [];
    return { lines: [...heading, ...detail], bold: heading.length };
  });
  const mostLines = Math.max(1, ...lineSets.map((l) => l.lines.length));
  const rowHeight = Math.max(44, mostLines * LINE_HEIGHT + 14);
  // A strip above the first row for the bands' letters, so no row label runs into them.
  let y = bands.length > 0 ? LETTER_STRIP : 0;
  let section: string | undefined;
  rows.forEach((r, i) => {
    if (r.section && r.section !== section) {
      // Bold text runs wider than CHAR_WIDTH: wrap a little early.
      const lines = wrapText(r.section, Math.floor((width - 16) / (CHAR_WIDTH * 1.1)));
      const height = HEADING_HEIGHT + (lines.length - 1) * LINE_HEIGHT;
      slots.push({ kind: "heading", text: r.section, lines, top: y, height });
      y += height;
    }
    section = r.section;
    const { lines, bold } = lineSets[i]!;
    if (compact) {
      const height = lines.length * LINE_HEIGHT + 30;
      slots.push({
        kind: "row",
        id: r.id,
        top: y,
        height,
        lines,
        bold,
        labelY: y + 12,
        barY: y + lines.length * LINE_HEIGHT + 14,
      });
      y += height;
    } else {
      const mid = y + rowHeight / 2;
      slots.push({
        kind: "row",
        id: r.id,
        top: y,
        height: rowHeight,
        lines,
        bold,
        labelY: mid - ((lines.length - 1) * LINE_HEIGHT) / 2,
        barY: mid,
      });
      y += rowHeight;
    }
  });
  const plotHeight = Math.max(60, y);
  const axisLabelLines = axisLabel
    ? wrappedLines(axisLabel, Math.max(10, Math.floor(plotWidth / CHAR_WIDTH)), AXIS_LABEL_LINES)
    : [];
  const margin = { top, right, bottom: 24 + Math.max(0, axisLabelLines.length - 1) * LINE_HEIGHT, left };
  return {
    compact,
    width,
    height: top + plotHeight + margin.bottom + X_AXIS,
    margin,
    labelCol,
    plot: { x: plotX, y: top, width: plotWidth, height: plotHeight },
    x,
    slots,
    bandLabels,
    envelope: env,
    axisLabelLines,
  };
}
