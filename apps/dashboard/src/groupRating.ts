import { EVENT_SHORT_TITLE_SQL, METRIC_LABEL_SQL } from "@tally/dataset";
import { verdictStyle } from "@tally/ui";
import { type GroupVerdict, groupVerdictSchema, verdictSchema } from "@tally/validation";
import { z } from "zod";
import { countOf, countText } from "./plural.js";

/**
 * The validator's verdict on one event and metric as the dashboard holds it: the focus group's
 * comes from summary.json, any other group's from the `verdicts`, `readings` and `reading_claims`
 * tables that the release build writes beside the claims (so findings.json is never needed to
 * draw a chart).
 */
export const groupRatingSchema = groupVerdictSchema
  .omit({ claim_ids: true })
  .extend({ claim_count: z.number().int() });
export type GroupRating = z.infer<typeof groupRatingSchema>;

export function ratingOfVerdict(g: GroupVerdict): GroupRating {
  const { claim_ids, ...rest } = g;
  return { ...rest, claim_count: claim_ids.length };
}

/** One group's verdict row; bound parameters: event_id, metric. */
export const VERDICT_SQL = `
SELECT event_id, metric, verdict, origins, max_gap_ratio, claim_count, band, pairs, reading_count,
  envelope_low, envelope_high
FROM verdicts WHERE event_id = ? AND metric = ?`;

/** One group's readings, lowest common range first; bound parameters: event_id, metric. */
export const READINGS_SQL = `
SELECT reading, low, high, low_open, high_open, origins, most_corroborated
FROM readings WHERE event_id = ? AND metric = ? ORDER BY reading`;

/**
 * Which claim supports which reading (reading null: spanning), in the order the validator listed
 * them (the table's row order); bound parameters: event_id, metric.
 */
export const READING_CLAIMS_SQL = `
SELECT claim_id, reading, spanning
FROM reading_claims WHERE event_id = ? AND metric = ? ORDER BY rowid`;

const verdictRowSchema = groupRatingSchema
  .pick({
    event_id: true,
    metric: true,
    verdict: true,
    origins: true,
    max_gap_ratio: true,
    claim_count: true,
    band: true,
    pairs: true,
  })
  .extend({
    reading_count: z.number().int(),
    envelope_low: z.number().nullable(),
    envelope_high: z.number().nullable(),
  });

const readingRowSchema = z.object({
  reading: z.number().int(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  low_open: z.boolean(),
  high_open: z.boolean(),
  origins: z.number().int(),
  most_corroborated: z.boolean(),
});

const readingClaimRowSchema = z.object({
  claim_id: z.string(),
  reading: z.number().int().nullable(),
  spanning: z.boolean(),
});

/**
 * The rating of one group rebuilt from its rows in the three verdict tables, exactly the
 * GroupVerdict the validator wrote (less its claim ids); null when the group has no verdict row.
 */
export function ratingFromRows(
  verdictRows: readonly Record<string, unknown>[],
  readingRows: readonly Record<string, unknown>[],
  claimRows: readonly Record<string, unknown>[],
): GroupRating | null {
  if (verdictRows.length === 0) return null;
  const { reading_count, envelope_low, envelope_high, ...verdict } = verdictRowSchema.parse(verdictRows[0]);
  const readings = readingRows.map((r) => readingRowSchema.parse(r));
  const claims = claimRows.map((r) => readingClaimRowSchema.parse(r));
  if (readings.length !== reading_count)
    throw new Error(
      `${verdict.event_id} / ${verdict.metric}: verdicts.arrows counts ${reading_count} readings, readings.arrows holds ${readings.length}`,
    );
  return groupRatingSchema.parse({
    ...verdict,
    readings: readings.map(({ reading, most_corroborated: _, ...r }) => ({
      ...r,
      claim_ids: claims.filter((c) => c.reading === reading).map((c) => c.claim_id),
    })),
    spanning: claims.filter((c) => c.spanning).map((c) => c.claim_id),
    // A group without readings has no envelope; otherwise a null end is unbounded.
    envelope: reading_count === 0 ? null : { low: envelope_low, high: envelope_high },
    most_corroborated: readings.filter((r) => r.most_corroborated).map((r) => r.reading),
  });
}

/** Most severe first: conflicts, the widest gap first (an unbounded gap widest), then consistent, then single origin. */
const SEVERITY_ORDER = `
  CASE v.verdict WHEN 'conflict' THEN 0 WHEN 'consistent' THEN 1 ELSE 2 END,
  (v.verdict = 'conflict' AND v.max_gap_ratio IS NULL) DESC,
  coalesce(v.max_gap_ratio, 0) DESC,
  v.event_id, v.metric`;

const RANKED_COLUMNS = `v.event_id, v.metric, v.verdict, v.max_gap_ratio, v.band, v.claim_count, v.reading_count,
  e.title AS event_title, ${EVENT_SHORT_TITLE_SQL} AS event_short_title, ${METRIC_LABEL_SQL} AS metric_label`;

/** Verdicts with their event and metric, for the words a picker shows. */
const RANKED_FROM =
  "verdicts v LEFT JOIN events e USING (event_id) LEFT JOIN metrics m ON m.metric = v.metric";

/**
 * The groups worth comparing (more than one claim), most severe first. Bound parameter: how many
 * to list.
 */
export const RANKED_GROUPS_SQL = `
SELECT ${RANKED_COLUMNS}
FROM ${RANKED_FROM}
WHERE v.claim_count > 1
ORDER BY ${SEVERITY_ORDER}
LIMIT ?`;

/**
 * The groups whose claims disagree (two readings or more, which the validator calls a conflict),
 * most severe first: a group of claims that agree is no discrepancy. Bound parameter: how many.
 */
export const DISCREPANT_GROUPS_SQL = `
SELECT ${RANKED_COLUMNS}
FROM ${RANKED_FROM}
WHERE v.reading_count > 1
ORDER BY ${SEVERITY_ORDER}
LIMIT ?`;

/** One event's groups, most severe first (a link may name an event without a metric). Bound parameter: event_id. */
export const EVENT_GROUPS_SQL = `
SELECT ${RANKED_COLUMNS}
FROM ${RANKED_FROM}
WHERE v.event_id = ?
ORDER BY ${SEVERITY_ORDER}`;

export const rankedGroupSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  verdict: verdictSchema,
  max_gap_ratio: z.number().nullable(),
  band: groupRatingSchema.shape.band,
  claim_count: z.number().int(),
  reading_count: z.number().int(),
  event_title: z.string().nullable(),
  event_short_title: z.string().nullable(),
  metric_label: z.string().nullable(),
});
export type RankedGroup = z.infer<typeof rankedGroupSchema>;

/** How many groups the release's validator rated, by verdict. */
export const VERDICT_COUNTS_SQL =
  "SELECT verdict, count(*) AS n FROM verdicts GROUP BY verdict ORDER BY verdict";

/**
 * "15 groups rated: 1 conflict, 2 consistent, 12 single origin": the one verdict named by a noun
 * counts as one ("2 conflicts"; an outside audit read "40 conflict"), the others are adjectives.
 */
export function verdictCountsText(counts: readonly { verdict: string; n: number }[]): string {
  const rated = counts.map((c) =>
    c.verdict === "conflict"
      ? countOf(c.n, "conflict")
      : `${countText(c.n)} ${verdictStyle(c.verdict).label.toLowerCase()}`,
  );
  return `${countOf(
    counts.reduce((sum, c) => sum + c.n, 0),
    "event/metric group",
  )} rated: ${rated.join(", ") || "none"}.`;
}

/** "×3.00" for a conflict's widest gap, "unbounded" when no finite ratio measures it, "" otherwise. */
export function groupGap(g: Pick<GroupRating, "verdict" | "max_gap_ratio">): string {
  if (g.verdict !== "conflict") return "";
  return g.max_gap_ratio === null ? "unbounded" : `×${g.max_gap_ratio.toFixed(2)}`;
}
