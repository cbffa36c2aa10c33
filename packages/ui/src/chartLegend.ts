import type { LegendItem } from "./exportMeta.js";
import { readingStyle, SPANNING_STYLE } from "./readingStyles.js";
import { tolerancePercent } from "./tolerancePercent.js";
import { type ToleranceRange, toleranceNote } from "./trendMark.js";
import { verdictStyle } from "./verdictColors.js";

/**
 * The discrepancy chart's legend as exported images draw it: the readings' bands (or the verdict
 * colours of a group with one reading), spanning claims, and the marks for "about" (its tolerance
 * range with the stated figure) and open-ended figures.
 */
export function rangeChartLegend(opts: {
  readings: number;
  verdicts: readonly string[];
  spanning: boolean;
  /** The tolerance the validator read "about" figures with (0.1 = ±10%); null when no figure is about. */
  tolerance: number | null;
  /** One of the chart's about figures and its tolerance range, to say the band in its own figures. */
  example?: { low: number; interval: ToleranceRange } | null | undefined;
  openEnded: boolean;
  format?: (n: number) => string;
}): LegendItem[] {
  const items: LegendItem[] = [];
  if (opts.readings > 1)
    for (let i = 0; i < opts.readings; i++) {
      const s = readingStyle(i);
      items.push({ kind: "band", color: s.color, label: `reading ${s.letter}: claims and common range` });
    }
  else
    for (const v of new Set(opts.verdicts)) {
      const s = verdictStyle(v);
      items.push({ kind: "swatch", color: s.color, label: s.label });
    }
  if (opts.spanning)
    items.push({
      kind: "swatch",
      color: SPANNING_STYLE.color,
      label: "consistent with every reading (dotted)",
    });
  if (opts.tolerance !== null) {
    items.push({ kind: "hollow", label: "hollow = the stated “about” figure" });
    items.push({ kind: "range", label: toleranceBandText(opts.tolerance, opts.example, opts.format) });
  }
  if (opts.openEnded) items.push({ kind: "arrow", label: "arrow = open-ended (“at least”, “more than”)" });
  return items;
}

/**
 * What the dashed band around an "about" figure is, in one of the chart's own figures when there
 * is one: "dashed band = its tolerance range: about 200 is drawn 180–220: ±10%, the tolerance the
 * validator used". Shared by the exported legend and the one on screen.
 */
export function toleranceBandText(
  tolerance: number,
  example: { low: number; interval: ToleranceRange } | null | undefined,
  format: (n: number) => string = (n) => n.toLocaleString("en-US"),
): string {
  if (example) return `dashed band = its tolerance range: ${toleranceNote(example, tolerance, format)}`;
  return `dashed band = its tolerance range: ±${tolerancePercent(tolerance)}, the tolerance the validator used`;
}
