import { byCodeUnit, type ClaimView, claimFigure, dateInterval, spanInterval } from "@tally/dataset";
import { isolateName, seriesColor, type TrendPoint, type TrendSeries } from "@tally/ui";
import { toleranceRange } from "./exportColumns.js";
import { asOfApart, eventPeriod } from "./periodLabel.js";

function ms(day: string, endOfDay: boolean): number {
  return Date.parse(`${day}T${endOfDay ? "23:59:59" : "00:00:00"}Z`);
}

/** A dated claim's place on the time axis: its event's whole period, in epoch milliseconds. */
export function pointSpan(c: ClaimView): { start: number; end: number } {
  const span = spanInterval(c.event_date!, c.event_date_end);
  return { start: ms(span.start, false), end: ms(span.end, true) };
}

/**
 * Where a claim's figure stands on the time axis: the day, month or year it was stated to hold
 * ("As of January 15, 2024, more than 30 percent…") when it has an `as_of`, else its event's period.
 * An outside review saw that share drawn at 9 Oct 2023, three months before the time it describes.
 */
export function figureSpan(c: ClaimView): { start: number; end: number } {
  if (c.as_of === null || asOfApart(c) === null) return pointSpan(c);
  const at = dateInterval(c.as_of);
  return { start: ms(at.start, false), end: ms(at.end, true) };
}

/**
 * Claims as points on a time axis, where `figureSpan` puts them: the event's whole period (a day,
 * a month, a half-year), so a month-precision date plots over its month, or the date the figure
 * held. Claims about one event at one date share a group and are set side by side by outlet. An
 * `about` figure carries the interval the validator read it as with `tolerance` (the release's),
 * which the chart draws as its range.
 */
export function trendPoints(
  claims: readonly ClaimView[],
  seriesOf: (c: ClaimView) => string,
  tolerance: number,
): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const c of claims) {
    if (!c.event_date) continue;
    const asOf = asOfApart(c);
    out.push({
      id: c.claim_id,
      series: seriesOf(c),
      ...figureSpan(c),
      ...claimFigure(c),
      // Who gave the figure too: claims of one outlet about one event read alike without it (an
      // outside review tabbed through three "Shenyang (The Epoch Times), 28 Apr 2019: 7").
      label: `${isolateName(c.event_title)} (${c.attributed_to === c.outlet ? isolateName(c.outlet) : `${isolateName(c.outlet)}, ${isolateName(c.attributed_to)}`})`,
      group: asOf === null ? c.event_id : `${c.event_id}\u0000${c.as_of}`,
      sortKey: `${c.outlet}\u0000${c.claim_id}`,
      // The mark's name ends with it: "…, as of 15 Jan 2024: more than 30%".
      period: asOf === null ? eventPeriod(c) : `as of ${asOf}`,
      interval: toleranceRange(c, tolerance),
    });
  }
  return out;
}

const ID_ORDER = new Intl.Collator("en", { numeric: true });

/**
 * Every series of `claims` in the order its first claim (by id) comes: the palette a view keeps its
 * colours in. Claims are given later ids as they are added (c027 after c026), so a series a new
 * release adds comes last and every other keeps its colour; in key order, 1.1.0's "Detention ·
 * Others caught with the person named" took the colour 1.0.0 gave to North Koreans detained, and
 * moved the colour of every series after it.
 */
export function seriesPalette(claims: readonly ClaimView[], seriesOf: (c: ClaimView) => string): string[] {
  // Digits by their value, so that c1000 comes after c999 (and c101), as it was added.
  const byId = [...claims].sort(
    (a, b) => ID_ORDER.compare(a.claim_id, b.claim_id) || byCodeUnit(a.claim_id, b.claim_id),
  );
  return [...new Set(byId.map(seriesOf))];
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
