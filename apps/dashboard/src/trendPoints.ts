import { type ClaimView, spanInterval, vagueWords } from "@tally/dataset";
import { seriesColor, type TrendPoint, type TrendSeries } from "@tally/ui";
import { toleranceRange } from "./exportColumns.js";
import { periodLabel } from "./periodLabel.js";

function ms(day: string, endOfDay: boolean): number {
  return Date.parse(`${day}T${endOfDay ? "23:59:59" : "00:00:00"}Z`);
}

/** A dated claim's place on the time axis: its event's whole period, in epoch milliseconds. */
export function pointSpan(c: ClaimView): { start: number; end: number } {
  const span = spanInterval(c.event_date!, c.event_date_end);
  return { start: ms(span.start, false), end: ms(span.end, true) };
}

/**
 * Claims as points on a time axis: the event's whole period (a day, a month, a half-year) as the
 * span, so a month-precision date plots over its month. Claims about one event share a group and
 * are set side by side by outlet. An `about` figure carries the interval the validator read it as
 * with `tolerance` (the release's), which the chart draws as its range.
 */
export function trendPoints(
  claims: readonly ClaimView[],
  seriesOf: (c: ClaimView) => string,
  tolerance: number,
): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const c of claims) {
    if (!c.event_date) continue;
    out.push({
      id: c.claim_id,
      series: seriesOf(c),
      ...pointSpan(c),
      low: c.value_low,
      high: c.value_high,
      qualifier: c.qualifier,
      vagueWords: vagueWords(c),
      // Who gave the figure too: claims of one outlet about one event read alike without it (an
      // outside review tabbed through three "Shenyang (The Epoch Times), 28 Apr 2019: 7").
      label: `${c.event_title} (${c.attributed_to === c.outlet ? c.outlet : `${c.outlet}, ${c.attributed_to}`})`,
      group: c.event_id,
      sortKey: `${c.outlet}\u0000${c.claim_id}`,
      period: periodLabel(c.event_date, c.event_date_end),
      interval: toleranceRange(c, tolerance),
    });
  }
  return out;
}

/**
 * The series of `points`, in key order. With a `palette` (every series key the view can show, in
 * order) each series takes the colour of its place there, so picking one metric does not repaint
 * its points in the colour of the first series.
 */
export function seriesOf(
  points: readonly TrendPoint[],
  label: (key: string) => string,
  options: { connect?: boolean; periods?: boolean; palette?: readonly string[] } = {},
): TrendSeries[] {
  const { palette, ...drawn } = options;
  return [...new Set(points.map((p) => p.series))].sort().map((key) => {
    const at = palette?.indexOf(key) ?? -1;
    return { key, label: label(key), ...drawn, ...(at >= 0 ? { color: seriesColor(at) } : {}) };
  });
}
