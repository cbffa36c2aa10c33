import { z } from "zod";

/**
 * `expected.json`, written beside a generated dataset: what the validator must find in it, known by
 * construction (planted conflict tiers and broken rows), never by running a validator.
 */
export const expectedSchema = z.object({
  seed: z.number().int(),
  /** Relative tolerance of "about" the conflict counts assume (the validator's default). */
  tolerance: z.number(),
  rows: z.object({
    sources: z.number().int(),
    events: z.number().int(),
    metrics: z.number().int(),
    claims: z.number().int(),
  }),
  conflicts: z.object({
    /** Conflicting pairs within one event and metric: one warning each. */
    pairs: z.number().int(),
    /** Event+metric groups holding at least one conflicting pair. */
    groups: z.number().int(),
    /** Pairs where one claim's interval only touches the other's at an open end. */
    touchingPairs: z.number().int(),
  }),
  /**
   * Event+metric groups among the claims that load: the planted groups plus one per planted broken
   * claim that passes its row schema (each sits in an event of its own).
   */
  groups: z.number().int(),
  /** Planted broken rows by kind: each yields exactly one error finding. */
  broken: z.record(
    z.string(),
    z.object({ file: z.string(), family: z.enum(["integrity", "time"]), count: z.number().int() }),
  ),
  findings: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  /**
   * Findings per rule and severity, as issue 3 defines them: integrity and time errors for the
   * planted rows; a conflict warning per pair and a summary info per group; a corroboration info
   * per group; one provenance info saying the rule was skipped (no corpus). Rules not listed find nothing.
   */
  byRule: z.record(
    z.string(),
    z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  ),
});
export type Expected = z.infer<typeof expectedSchema>;
