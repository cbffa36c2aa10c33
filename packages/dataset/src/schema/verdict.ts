import { z } from "zod";

/**
 * The validator's verdict on one event and metric. Declared here, beside the release artifacts,
 * because the release summary carries the focus group's verdict so the dashboard can paint it
 * before anything else loads; `@tally/validation` produces these and re-exports the schemas.
 */
export const conflictBandSchema = z.enum(["high", "medium", "low"]);
export type ConflictBand = z.infer<typeof conflictBandSchema>;

export const verdictSchema = z.enum(["conflict", "consistent", "single_origin"]);
export type Verdict = z.infer<typeof verdictSchema>;

export const groupVerdictSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  verdict: verdictSchema,
  claim_ids: z.array(z.string()),
  origins: z.number().int(),
  conflicts: z.array(
    z.object({
      claim_ids: z.tuple([z.string(), z.string()]),
      /** Null when the lower interval reaches no positive value, so no finite ratio measures the gap (band high). */
      gap_ratio: z.number().nullable(),
      band: conflictBandSchema,
    }),
  ),
  /** Null when there is no conflict, or when one conflict's gap is unbounded. */
  max_gap_ratio: z.number().nullable(),
});
export type GroupVerdict = z.infer<typeof groupVerdictSchema>;

/** How many findings of each severity a validation produced. */
export const severityCountsSchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type SeverityCounts = z.infer<typeof severityCountsSchema>;
