import type { LegendItem } from "./exportMeta.js";
import { readingStyle, SPANNING_STYLE } from "./readingStyles.js";
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
  openEnded: boolean;
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
    const pct = Math.round(opts.tolerance * 1000) / 10;
    items.push({ kind: "hollow", label: "hollow = the stated “about” figure" });
    items.push({ kind: "range", label: `dashed band = how the validator reads it (±${pct}%)` });
  }
  if (opts.openEnded) items.push({ kind: "arrow", label: "arrow = open-ended (“at least”, “more than”)" });
  return items;
}
