import { z } from "zod";

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/**
 * One thing the validator found. Row-level findings carry file/row/line/column; cross-row ones
 * carry event_id/metric/claim_ids. `details` holds the machine-readable figures behind the message
 * (intervals, gap ratio, band) so the dashboard never re-derives what the validator decided.
 */
export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  dataset: z.string(),
  file: z.string().optional(),
  row: z.number().int().optional(),
  line: z.number().int().optional(),
  column: z.string().optional(),
  event_id: z.string().optional(),
  metric: z.string().optional(),
  claim_ids: z.array(z.string()).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const conflictBandSchema = z.enum(["high", "medium", "low"]);
export type ConflictBand = z.infer<typeof conflictBandSchema>;

export const verdictSchema = z.enum(["conflict", "consistent", "single_origin"]);
export type Verdict = z.infer<typeof verdictSchema>;

/** The validator's verdict on one event and metric: what the discrepancy view colours by. */
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

export const datasetRefSchema = z.object({ name: z.string(), version: z.string(), path: z.string() });

/** The `--format json` report. */
export const reportSchema = z.object({
  datasets: z.array(datasetRefSchema),
  summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  findings: z.array(findingSchema),
});
export type Report = z.infer<typeof reportSchema>;

/** `releases/<version>/findings.json`, written by the release build beside the artifacts. */
export const releaseFindingsSchema = reportSchema.extend({
  generated: z.string(),
  corpus_used: z.boolean(),
  tolerance: z.number(),
  groups: z.array(groupVerdictSchema),
});
export type ReleaseFindings = z.infer<typeof releaseFindingsSchema>;
