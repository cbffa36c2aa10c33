import { conflictBandSchema, type GroupVerdict, groupVerdictSchema, verdictSchema } from "@tally/validation";
import { z } from "zod";

/**
 * The validator's verdict on one event and metric as the dashboard holds it: the focus group's
 * comes from summary.json, any other group's from the `verdicts` and `conflict_pairs` tables that
 * the release build writes beside the claims (so findings.json is never needed to colour a chart).
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
export const VERDICT_SQL =
  "SELECT event_id, metric, verdict, origins, max_gap_ratio, claim_count FROM verdicts WHERE event_id = ? AND metric = ?";

/** One group's conflicting pairs, in a stable order; bound parameters: event_id, metric. */
export const PAIRS_SQL =
  "SELECT claim_a, claim_b, gap_ratio, band FROM conflict_pairs WHERE event_id = ? AND metric = ? ORDER BY claim_a, claim_b";

const pairRowSchema = z.object({
  claim_a: z.string(),
  claim_b: z.string(),
  gap_ratio: z.number().nullable(),
  band: conflictBandSchema,
});

/** The rating of one group from its verdict row and pair rows, or null when the group has no verdict row. */
export function ratingFromRows(
  verdictRows: readonly Record<string, unknown>[],
  pairRows: readonly Record<string, unknown>[],
): GroupRating | null {
  if (verdictRows.length === 0) return null;
  const pairs = pairRows.map((r) => pairRowSchema.parse(r));
  return groupRatingSchema.parse({
    ...verdictRows[0],
    conflicts: pairs.map((p) => ({
      claim_ids: [p.claim_a, p.claim_b],
      gap_ratio: p.gap_ratio,
      band: p.band,
    })),
  });
}

/** Most severe first: conflicts, the widest gap first (an unbounded gap widest), then consistent, then single origin. */
const SEVERITY_ORDER = `
  CASE v.verdict WHEN 'conflict' THEN 0 WHEN 'consistent' THEN 1 ELSE 2 END,
  (v.verdict = 'conflict' AND v.max_gap_ratio IS NULL) DESC,
  coalesce(v.max_gap_ratio, 0) DESC,
  v.event_id, v.metric`;

const RANKED_COLUMNS =
  "v.event_id, v.metric, v.verdict, v.max_gap_ratio, v.claim_count, e.title AS event_title";

/**
 * The groups worth comparing (more than one claim), most severe first. Bound parameter: how many
 * to list.
 */
export const RANKED_GROUPS_SQL = `
SELECT ${RANKED_COLUMNS}
FROM verdicts v LEFT JOIN events e USING (event_id)
WHERE v.claim_count > 1
ORDER BY ${SEVERITY_ORDER}
LIMIT ?`;

/** One event's groups, most severe first (a link may name an event without a metric). Bound parameter: event_id. */
export const EVENT_GROUPS_SQL = `
SELECT ${RANKED_COLUMNS}
FROM verdicts v LEFT JOIN events e USING (event_id)
WHERE v.event_id = ?
ORDER BY ${SEVERITY_ORDER}`;

export const rankedGroupSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  verdict: verdictSchema,
  max_gap_ratio: z.number().nullable(),
  claim_count: z.number().int(),
  event_title: z.string().nullable(),
});
export type RankedGroup = z.infer<typeof rankedGroupSchema>;

/** How many groups the release's validator rated, by verdict. */
export const VERDICT_COUNTS_SQL =
  "SELECT verdict, count(*) AS n FROM verdicts GROUP BY verdict ORDER BY verdict";

/** "×3.00" for a conflict's widest gap, "unbounded" when no finite ratio measures it, "" otherwise. */
export function groupGap(g: Pick<GroupRating, "verdict" | "max_gap_ratio">): string {
  if (g.verdict !== "conflict") return "";
  return g.max_gap_ratio === null ? "unbounded" : `×${g.max_gap_ratio.toFixed(2)}`;
}
