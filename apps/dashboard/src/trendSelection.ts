import { type ClaimView, METRIC_LABEL_SQL, type MetricKind } from "@tally/dataset";

/** A metric the Trends picker offers, with its kind so non-counts can be set apart. */
export interface TrendMetric {
  metric: string;
  /** What the picker shows (`metric_label`); the id stays the value a link carries. */
  label: string;
  kind: MetricKind;
  unit: string;
}

/** Arrivals have their own chart (a series over periods), so the counts chart leaves them out. */
function onCountsChart(c: ClaimView): boolean {
  return c.category !== "arrival";
}

/** The metrics the counts chart can show: counts first, then every other kind, each by name. */
export function trendMetrics(claims: readonly ClaimView[]): TrendMetric[] {
  return metricsOf(claims.filter(onCountsChart));
}

/** The metrics the arrivals chart draws, which the picker offers apart, by name. */
export function arrivalMetrics(claims: readonly ClaimView[]): TrendMetric[] {
  return metricsOf(claims.filter((c) => !onCountsChart(c)));
}

function metricsOf(claims: readonly ClaimView[]): TrendMetric[] {
  const byMetric = new Map<string, TrendMetric>();
  for (const c of claims)
    if (!byMetric.has(c.metric))
      byMetric.set(c.metric, { metric: c.metric, label: c.metric_label, kind: c.metric_kind, unit: c.unit });
  // Counts first, then each other kind; within a kind by the words the picker shows (sorted by id,
  // "Others caught…" came before "North Koreans detained": an outside review).
  const rank = (m: TrendMetric) => (m.kind === "count" ? 0 : 1);
  return [...byMetric.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.kind.localeCompare(b.kind) ||
      a.label.localeCompare(b.label, "en") ||
      a.metric.localeCompare(b.metric),
  );
}

/**
 * The claims the counts chart draws: with no metric picked, only counts of persons (so group
 * sizes, shares and durations never sit beside them); a picked metric of any kind on its own.
 */
export function trendClaims(claims: readonly ClaimView[], metric: string | null): ClaimView[] {
  return claims.filter((c) => onCountsChart(c) && drawsMetric(c, metric));
}

/** Whether the counts chart, with `picked` picked (or none), draws a metric of this id and kind. */
function drawsMetric(m: { metric: string; metric_kind: MetricKind }, picked: string | null): boolean {
  return picked === null ? m.metric_kind === "count" : m.metric === picked;
}

/** Claims of one metric whose event has no date (`UNDATED_SQL`'s rows). */
export interface UndatedMetric {
  metric: string;
  metric_label: string;
  metric_kind: MetricKind;
  n: number;
}

/**
 * The undated claims of the metrics the counts chart draws, which its subtitle (and every export)
 * says it leaves out: with no metric picked only counts, as `trendClaims` draws. An outside audit
 * found the all-counts chart saying 3 claims were not drawn where a group size and a length of
 * time never would be; the page's note still names those, as no chart or picker shows them.
 */
export function undatedOnCountsChart(undated: readonly UndatedMetric[], metric: string | null): number {
  return undated.filter((m) => drawsMetric(m, metric)).reduce((n, m) => n + m.n, 0);
}

/**
 * The claims the arrivals chart draws: every arrival beside all counts, a picked arrivals metric
 * alone, and none beside any other picked metric, which the picker promises is shown on its own.
 */
export function arrivalClaims(claims: readonly ClaimView[], metric: string | null): ClaimView[] {
  return claims.filter((c) => !onCountsChart(c) && (metric === null || c.metric === metric));
}

/** The value axis's unit: the one unit the shown claims share, or null when they mix. */
export function sharedUnit(claims: readonly ClaimView[]): string | null {
  const units = new Set(claims.map((c) => c.unit));
  return units.size === 1 ? [...units][0]! : null;
}

/**
 * Why neither chart can draw the metric a link names (`?metric=`), so the view names it instead
 * of showing an empty chart under a picker that says "all counts":
 * - `undated`: a metric of the release whose claims are all about undated events;
 * - `empty`: a metric of the release (in `metrics.csv`) that no claim measures;
 * - `unknown`: no metric of the release has that id.
 */
export type MissingTrendMetric =
  | { reason: "undated" | "empty"; metric: string; label: string }
  | { reason: "unknown"; metric: string };

/**
 * What Trends and Claims say of a metric the release has (in `metrics.csv`) that no claim measures,
 * in one wording: the heading, then why.
 */
export function metricWithoutClaimsWords(label: string, version: string): { heading: string; why: string } {
  return {
    heading: `No claim about ${label} in release ${version}`,
    why: "The release has the metric, but no claim measures it.",
  };
}

/** A row of `METRIC_SQL`: the metric's label and how many claims of the views measure it. */
export interface ReleaseMetric {
  metric_label: string;
  claims: number;
}

/**
 * The release's metric of that id, with its label and its claims (those of `claim_view`, as every
 * view lists them), to tell `undated` and `empty` from `unknown`.
 */
export const METRIC_SQL = `SELECT m.metric, ${METRIC_LABEL_SQL} AS metric_label,
  (SELECT count(*) FROM claim_view c WHERE c.metric = m.metric)::INTEGER AS claims
FROM metrics m WHERE m.metric = ?`;

/**
 * What is missing when the picked `metric` is not one the picker offers: null when none is picked
 * or it is offered; undefined while `inRelease` (METRIC_SQL's rows) is still being read. A metric
 * with no claim at all is `empty`: an outside audit's read "Every claim about Metric with no
 * claims is about an event without a date", of a metric no claim measures.
 */
export function missingTrendMetric(
  metric: string | null,
  dated: readonly ClaimView[],
  inRelease: readonly ReleaseMetric[] | undefined,
): MissingTrendMetric | null | undefined {
  if (metric === null || dated.some((c) => c.metric === metric)) return null;
  if (inRelease === undefined) return undefined;
  const known = inRelease[0];
  if (!known) return { reason: "unknown", metric };
  return { reason: known.claims === 0 ? "empty" : "undated", metric, label: known.metric_label };
}
