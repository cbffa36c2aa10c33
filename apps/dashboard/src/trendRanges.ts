import { type ClaimView, inWords } from "@tally/dataset";
import { commonRangeLabel, type TrendAssessment, type TrendRange } from "@tally/ui";
import * as aq from "arquero";
import { z } from "zod";
import { countsText } from "./readingText.js";

/**
 * The reconciled range of every dated event and metric with more than one claim: its envelope
 * (from the lowest reading's common low to the highest reading's common high; a consistent
 * group's one common range) and its most corroborated reading(s), one row per such reading.
 * Groups of one claim are left out: their range is the claim itself, already on the chart.
 */
export const TREND_RANGES_SQL = `
SELECT v.event_id, v.metric, v.verdict, v.reading_count, v.envelope_low, v.envelope_high,
  r.reading, r.low, r.high, r.low_open, r.high_open, r.origins, r.claim_count
FROM verdicts v
JOIN events e USING (event_id)
LEFT JOIN readings r
  ON r.event_id = v.event_id AND r.metric = v.metric AND r.most_corroborated
WHERE e.date IS NOT NULL AND v.claim_count > 1 AND v.reading_count > 0
ORDER BY v.event_id, v.metric, r.reading`;

/**
 * The editorial assessments, when the release has them. `claim_ids` is cast to text so the query
 * reads it whether it is stored as a list or as the CSV's space-separated cell.
 */
export const ASSESSMENTS_SQL = `
SELECT event_id, metric, low, best, high, CAST(claim_ids AS VARCHAR) AS claim_ids, rationale,
  assessed_by, CAST(assessed_on AS VARCHAR) AS assessed_on
FROM assessments ORDER BY event_id, metric`;

const rangeRowSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  verdict: z.string(),
  reading_count: z.number().int(),
  envelope_low: z.number().nullable(),
  envelope_high: z.number().nullable(),
  reading: z.number().int().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  low_open: z.boolean().nullable(),
  high_open: z.boolean().nullable(),
  origins: z.number().int().nullable(),
  claim_count: z.number().int().nullable(),
});

export const assessmentRowSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  low: z.number(),
  best: z.number(),
  high: z.number(),
  claim_ids: z.string().nullable(),
  rationale: z.string().nullable(),
  assessed_by: z.string().nullable(),
  assessed_on: z.string().nullable(),
});
export type AssessmentRow = z.infer<typeof assessmentRowSchema>;

/** One group's reconciled range, as the trend chart and its CSV take it. */
export interface Reconciled {
  event_id: string;
  metric: string;
  readingCount: number;
  low: number | null;
  high: number | null;
  /** The most corroborated reading(s): several on a tie; empty when the group has one reading. */
  most: {
    low: number | null;
    high: number | null;
    low_open: boolean;
    high_open: boolean;
    origins: number;
    claims: number;
  }[];
}

const { op } = aq;
/** A group's key in the maps of this module (`groupKey` outside it). */
const key = (event: string, metric: string) => `${event}\u0000${metric}`;
/** Join keys as [left columns, right columns]: a flat pair would read as one column on each side. */
const GROUP = ["event_id", "metric"];
const ON_GROUP: [string[], string[]] = [GROUP, GROUP];
type RangeRow = z.infer<typeof rangeRowSchema>;
/**
 * A group's id on the chart: it lands in SVG attributes, and a control character there (such as
 * the map key's NUL) makes the exported SVG unreadable, so the PNG export fails.
 */
export const markId = (event: string, metric: string) => `${event}/${metric}`;

/**
 * The query's rows gathered per group: its envelope, and the most corroborated reading(s) in
 * query order. A group of one reading lists none (its one reading is the envelope).
 */
export function reconciledOf(rows: readonly Record<string, unknown>[]): Map<string, Reconciled> {
  const parsed = rows.map((r) => rangeRowSchema.parse(r));
  if (parsed.length === 0) return new Map();
  const most = aq.escape((r: RangeRow) =>
    r.reading !== null && r.reading_count > 1
      ? {
          low: r.low,
          high: r.high,
          low_open: r.low_open ?? false,
          high_open: r.high_open ?? false,
          origins: r.origins ?? 0,
          claims: r.claim_count ?? 0,
        }
      : null,
  );
  const groups = aq
    .from(parsed)
    .derive({ most })
    .groupby(...GROUP)
    // A group's envelope repeats on each of its rows; array_agg leaves out the nulls.
    .rollup({
      readingCount: op.any("reading_count"),
      low: op.any("envelope_low"),
      high: op.any("envelope_high"),
      most: op.array_agg("most"),
    })
    .objects() as (Omit<Reconciled, "low" | "high"> & { low?: number | null; high?: number | null })[];
  return new Map(
    groups.map((g) => [key(g.event_id, g.metric), { ...g, low: g.low ?? null, high: g.high ?? null }]),
  );
}

const numberFormat = new Intl.NumberFormat("en");
const fmt = (n: number) => numberFormat.format(n);

/** "reconciled range (envelope of the readings): 200–660; most corroborated reading 200–220, 2 independent origins". */
export function reconciledLabel(g: Reconciled): string {
  const range = commonRangeLabel(g, fmt);
  if (g.readingCount < 2) return `reconciled range (one reading, the claims' common range): ${range}`;
  const most = g.most.map((m) => `${commonRangeLabel(m, fmt)}, ${countsText(m.claims, m.origins)}`);
  const named =
    most.length === 1
      ? `most corroborated reading ${most[0]}`
      : `most corroborated readings, tied: ${most.join("; ")}`;
  return `reconciled range (envelope of the ${g.readingCount} readings): ${range}; ${named}`;
}

/**
 * Per event and metric, in the order the groups first appear: the series of its claims and their
 * ids, in the claims' order. What the trend's bands and assessment marks are set behind.
 */
function claimsByGroup(claims: readonly ClaimView[], seriesKey: (c: ClaimView) => string) {
  return aq
    .from(
      claims.map((c) => ({
        event_id: c.event_id,
        metric: c.metric,
        claim_id: c.claim_id,
        series: seriesKey(c),
      })),
    )
    .groupby(...GROUP)
    .rollup({ series: op.array_agg("series"), ids: op.array_agg("claim_id") });
}

/**
 * The trend chart's reconciled ranges for the claims it shows: one band per event and metric,
 * set behind that group's claims (by their ids), in the claims' series colour.
 */
export function trendRanges(
  reconciled: ReadonlyMap<string, Reconciled>,
  claims: readonly ClaimView[],
  seriesKey: (c: ClaimView) => string,
): TrendRange[] {
  if (reconciled.size === 0 || claims.length === 0) return [];
  const groups = [...reconciled.values()];
  // The claims of each reconciled group, in the order they first appear, in the first one's series.
  const shown = claimsByGroup(claims, seriesKey)
    .semijoin(aq.from(groups.map(({ event_id, metric }) => ({ event_id, metric }))), ON_GROUP)
    .objects() as { event_id: string; metric: string; series: string[]; ids: string[] }[];
  return shown.map(({ event_id, metric, series, ids }) => {
    const g = reconciled.get(key(event_id, metric))!;
    return {
      id: markId(event_id, metric),
      series: series[0]!,
      pointIds: ids,
      low: g.low,
      high: g.high,
      most: g.most.map((m) => ({ low: m.low, high: m.high })),
      label: reconciledLabel(g),
    };
  });
}

/**
 * Whether a band behind `claims` has a darker most corroborated part, which only a group of two
 * readings or more has: the note above the charts names that part only then, as the legend does.
 */
export function drawsMostCorroborated(
  reconciled: ReadonlyMap<string, Reconciled>,
  claims: readonly ClaimView[],
): boolean {
  return claims.some((c) => (reconciled.get(key(c.event_id, c.metric))?.most.length ?? 0) > 0);
}

/** The trend chart's assessment marks for the groups it shows. */
export function trendAssessments(
  rows: readonly AssessmentRow[],
  claims: readonly ClaimView[],
  seriesKey: (c: ClaimView) => string,
): TrendAssessment[] {
  if (rows.length === 0 || claims.length === 0) return [];
  // Each assessment's claims on this chart, in the claims' order; an assessment with none is left out.
  const mine = claimsByGroup(claims, seriesKey);
  const marked = aq
    .from(rows.map((a, row) => ({ ...a, row })))
    .join(mine, ON_GROUP)
    .orderby("row")
    .objects() as (AssessmentRow & { series: string[]; ids: string[] })[];
  return marked.map((a) => {
    const by = [a.assessed_by, a.assessed_on].filter(Boolean).join(", ");
    return {
      id: markId(a.event_id, a.metric),
      series: a.series[0]!,
      pointIds: a.ids,
      low: a.low,
      best: a.best,
      high: a.high,
      label: `editorial assessment${by ? ` (${by})` : ""}: best ${fmt(a.best)}, range ${fmt(a.low)}–${fmt(a.high)}${a.rationale ? `. ${a.rationale}` : ""}`,
    };
  });
}

/**
 * A reconciled range in the data table: "200–660", an open end as "−∞" or "∞", and a range whose
 * ends meet as its one figure ("7", not "7–7"); "" for a claim with no range. `format` prints each
 * number as the chart does ("1,500", "72%").
 */
export function reconciledText(
  low: number | null,
  high: number | null,
  format: (n: number) => string = String,
): string {
  if (low === null && high === null) return "";
  if (low === high) return format(low!);
  return `${low === null ? "−∞" : format(low)}–${high === null ? "∞" : format(high)}`;
}

/**
 * A group's most corroborated reading in the data table, a tie named as one: "tied: 81–99 and 150",
 * where the table read "81–99;150", a range of its own to a reader who had not seen the CSV's
 * list (an outside audit). "" for a group of one reading.
 */
export function mostCorroboratedCell(
  most: Reconciled["most"],
  format: (n: number) => string = String,
): string {
  const ranges = most.map((m) => commonRangeLabel(m, format));
  return ranges.length < 2 ? (ranges[0] ?? "") : `tied: ${inWords(ranges)}`;
}

/**
 * An assessment in the data table as the chart's mark gives it, its best with its range: "400
 * (200–700)"; a range that is the best alone is not repeated ("400", not "400 (400)").
 */
export function assessedText(a: AssessmentRow | undefined, format: (n: number) => string = String): string {
  if (!a) return "";
  const best = format(a.best);
  const range = reconciledText(a.low, a.high, format);
  return range === best ? best : `${best} (${range})`;
}

/**
 * What the data table shows of a claim's group: its reconciled range, its most corroborated
 * reading(s) and its assessment, each number printed by `format`, as the chart prints it.
 */
export function reconciledCells(
  c: ClaimView,
  reconciled: ReadonlyMap<string, Reconciled>,
  assessments: ReadonlyMap<string, AssessmentRow>,
  format: (n: number) => string,
): { range: string; most: string; assessed: string } {
  const g = reconciled.get(key(c.event_id, c.metric));
  return {
    range: g ? reconciledText(g.low, g.high, format) : "",
    most: g ? mostCorroboratedCell(g.most, format) : "",
    assessed: assessedText(assessments.get(key(c.event_id, c.metric)), format),
  };
}

/** Each claim's group's reconciled range and assessment, for the trend CSV and data table. */
export function reconciledColumns(
  c: ClaimView,
  reconciled: ReadonlyMap<string, Reconciled>,
  assessments: ReadonlyMap<string, AssessmentRow>,
): {
  reconciled_low: number | null;
  reconciled_high: number | null;
  most_corroborated: string;
  assessed_low: number | null;
  assessed_best: number | null;
  assessed_high: number | null;
} {
  const g = reconciled.get(key(c.event_id, c.metric));
  const a = assessments.get(key(c.event_id, c.metric));
  return {
    reconciled_low: g?.low ?? null,
    reconciled_high: g?.high ?? null,
    most_corroborated: g ? g.most.map((m) => commonRangeLabel(m)).join(";") : "",
    assessed_low: a?.low ?? null,
    assessed_best: a?.best ?? null,
    assessed_high: a?.high ?? null,
  };
}

export function assessmentsByGroup(rows: readonly AssessmentRow[]): Map<string, AssessmentRow> {
  return new Map(rows.map((a) => [key(a.event_id, a.metric), a]));
}

export { key as groupKey };
