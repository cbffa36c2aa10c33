import { z } from "zod";
import { datasetProfileSchema } from "../datasetProfile.js";
import { readingCountsSchema } from "../expected.js";

export const targetSchema = z.object({
  /** The measurement meets the target when median ≤ max (or ratio ≤ max for a ratio target). */
  max: z.number(),
  unit: z.string(),
  /** What the target is measured on: the median itself, or its ratio to the reference. */
  on: z.enum(["median", "ratio"]),
  /** Size the issue sets the target at; smaller sizes are shown against it for context. */
  at: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

/** One measured figure, with the reference it is compared with. */
export const measurementSchema = z.object({
  name: z.string(),
  part: z.enum(["validator", "browser-cold", "browser-warm", "bundle"]),
  /** The generated data measured on; null for what is not (the shipped release, the bundle). */
  profile: datasetProfileSchema.nullable(),
  size: z.string(),
  claims: z.number().int().nullable(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  runs: z.number().int(),
  unit: z.string(),
  target: targetSchema.nullable(),
  reference: z
    .object({ name: z.string(), median: z.number(), min: z.number(), max: z.number(), unit: z.string() })
    .nullable(),
  /** median ÷ reference median. */
  ratio: z.number().nullable(),
  /**
   * `context`: a target set at a larger size (the 1m), shown beside a smaller one for
   * comparison but not graded there, so it is never a missed target nor a reason to profile.
   */
  status: z.enum(["met", "missed", "context", "no target"]),
  note: z.string().optional(),
  /** Set on a figure kept from an earlier run by `--merge`: the run that measured it. */
  run: z.lazy(() => earlierRunSchema).optional(),
});
export type Measurement = z.infer<typeof measurementSchema>;

/** A run whose figures a `--merge` run kept for the parts it did not measure itself. */
export const earlierRunSchema = z.object({
  command: z.string(),
  date: z.string(),
  load: z.object({ start: z.number(), end: z.number() }),
});
export type EarlierRun = z.infer<typeof earlierRunSchema>;

/** Something the run could not measure, and why: never a number standing in for it. */
export const notMeasuredSchema = z.object({
  name: z.string(),
  part: z.string(),
  profile: datasetProfileSchema.nullable(),
  size: z.string(),
  reason: z.string(),
});
export type NotMeasured = z.infer<typeof notMeasuredSchema>;

/** A generated dataset the run measured on, as its expected.json describes it. */
export const benchDatasetSchema = z.object({
  profile: datasetProfileSchema,
  size: z.string(),
  claims: z.number().int(),
  /** Event+metric groups among the claims that load. */
  groups: z.number().int(),
  /** Groups with two or more readings: the per-group conflict warnings. */
  conflictingGroups: z.number().int(),
  readings: readingCountsSchema,
  /** Conflicting pairs: the warnings under `--pairs`. */
  pairs: z.number().int(),
});
export type BenchDataset = z.infer<typeof benchDatasetSchema>;

/** `BENCHMARKS.json`. */
export const benchRecordSchema = z.object({
  command: z.string(),
  date: z.string(),
  machine: z.object({ cpus: z.number().int(), model: z.string(), memoryGb: z.number(), node: z.string() }),
  /**
   * The machine's 1-minute load average as the run began and as it ended: other work sharing the
   * cores slows every timing, and this is where a reader can see it did.
   */
  load: z.object({ start: z.number(), end: z.number() }),
  seed: z.number().int(),
  datasets: z.array(benchDatasetSchema),
  measurements: z.array(measurementSchema),
  notMeasured: z.array(notMeasuredSchema),
  /** Count checks: a benchmark that computes the wrong answer fast is a failure. */
  failures: z.array(z.string()),
  /** Profiles and plans behind missed targets, as text for BENCHMARKS.md. */
  notes: z.array(z.object({ title: z.string(), text: z.string() })),
});
export type BenchRecord = z.infer<typeof benchRecordSchema>;
