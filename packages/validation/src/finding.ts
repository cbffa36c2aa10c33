import { groupVerdictSchema, severityCountsSchema } from "@tally/dataset";
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

export type { ConflictBand, GroupVerdict, Verdict } from "@tally/dataset";
export { conflictBandSchema, groupVerdictSchema, verdictSchema } from "@tally/dataset";

/**
 * A dataset a report covers. `label` is what each of its findings carries as `dataset` (the path
 * of a working copy as given, `name@version` of a release), so findings join to their dataset.
 */
export const datasetRefSchema = z.object({
  label: z.string(),
  name: z.string(),
  version: z.string(),
  path: z.string(),
  kind: z.enum(["working", "release"]),
});

/** The `--format json` report; the summary follows the findings, so a report streams in one pass. */
export const reportSchema = z.object({
  datasets: z.array(datasetRefSchema),
  findings: z.array(findingSchema),
  summary: severityCountsSchema,
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
