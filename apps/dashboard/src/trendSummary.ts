import { type ClaimView, claimFigure } from "@tally/dataset";
import { isolateName, type TrendPoint, type TrendRange } from "@tally/ui";
import * as aq from "arquero";
import { toleranceRange } from "./exportColumns.js";
import { eventPeriod } from "./periodLabel.js";
import { countOf } from "./plural.js";
import { pointSpan } from "./trendPoints.js";
import { groupKey, markId, type Reconciled, reconciledLabel } from "./trendRanges.js";

/**
 * Above this many claims on one chart, each event and metric is drawn as one mark. An outside
 * review at 10,000 claims found "all counts" a wall of 6,700 marks and as many Tab stops, and at
 * 100,000 the page froze for half a minute.
 */
export const SUMMARY_FROM = 1_000;

/** One event and metric on a summary chart, as its mark points back to it. */
export interface SummaryGroup {
  event_id: string;
  metric: string;
  claims: number;
}

export interface TrendSummary {
  points: TrendPoint[];
  /** The readings of every group with two or more, shaded behind its mark. */
  ranges: TrendRange[];
  /** By mark id. */
  groups: Map<string, SummaryGroup>;
  /** Groups with no mark: their claims hold no value, or the reconciled range is unbounded at both ends. */
  undrawn: number;
}

interface GroupRow {
  event_id: string;
  metric: string;
  claims: number;
  /** Its first claim's index among the dated claims. */
  at: number;
  series: string;
}

/**
 * One mark per event and metric: its reconciled range (the envelope of its readings; a lone
 * claim's own figure), at the event's date, in its first claim's series.
 */
export function trendSummary(
  claims: readonly ClaimView[],
  seriesKey: (c: ClaimView) => string,
  reconciled: ReadonlyMap<string, Reconciled>,
  tolerance: number,
): TrendSummary {
  const { op } = aq;
  const dated = claims.filter((c) => c.event_date);
  const rows = aq
    .from(dated.map((c, i) => ({ event_id: c.event_id, metric: c.metric, i, series: seriesKey(c) })))
    .groupby("event_id", "metric")
    .rollup({ claims: op.count(), at: op.min("i"), series: op.any("series") })
    .orderby("at")
    .objects() as GroupRow[];
  const out: TrendSummary = { points: [], ranges: [], groups: new Map(), undrawn: 0 };
  for (const row of rows) {
    const first = dated[row.at]!;
    const g = reconciled.get(groupKey(row.event_id, row.metric));
    const id = markId(row.event_id, row.metric);
    const figure = g ? envelopeFigure(g) : row.claims === 1 ? lone(first, tolerance) : null;
    if (!figure) {
      out.undrawn++;
      continue;
    }
    out.groups.set(id, { event_id: row.event_id, metric: row.metric, claims: row.claims });
    out.points.push({
      id,
      series: row.series,
      ...pointSpan(first),
      ...figure,
      label: `${isolateName(first.event_title)}: ${countOf(row.claims, "claim")}`,
      group: row.event_id,
      sortKey: row.metric,
      period: eventPeriod(first),
    });
    if (g && g.readingCount > 1)
      out.ranges.push({
        id,
        series: row.series,
        pointIds: [id],
        low: g.low,
        high: g.high,
        most: g.most.map((m) => ({ low: m.low, high: m.high })),
        label: reconciledLabel(g),
      });
  }
  return out;
}

type Figure = Pick<TrendPoint, "low" | "high" | "qualifier" | "interval" | "vagueWords">;

/** A group's envelope as a figure: between its ends, or open where a reading is. */
function envelopeFigure(g: Reconciled): Figure | null {
  if (g.low !== null && g.high !== null) return { low: g.low, high: g.high, qualifier: "between" };
  if (g.low !== null) return { low: g.low, high: null, qualifier: "at_least" };
  if (g.high !== null) return { low: null, high: g.high, qualifier: "at_most" };
  return null;
}

/** A group of one claim: the claim's own figure, as the claim chart draws it. */
function lone(c: ClaimView, tolerance: number): Figure {
  return {
    ...claimFigure(c),
    interval: toleranceRange(c, tolerance),
  };
}
