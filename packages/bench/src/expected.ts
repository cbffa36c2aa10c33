import { z } from "zod";
import { datasetProfileSchema } from "./datasetProfile.js";

/**
 * Conflicting groups by their number of readings ("2", "3"). A reading is a maximal set of claims
 * whose intervals share a point; the generator plants tiers that are pairwise disjoint, each
 * sharing its centre, and no figure that reaches two tiers, so a group's readings are its tiers.
 */
export const readingCountsSchema = z.record(z.string().regex(/^\d+$/), z.number().int());
export type ReadingCounts = z.infer<typeof readingCountsSchema>;

/**
 * `expected.json`, written beside a generated dataset: what the validator must find in it, known by
 * construction (planted conflict tiers and broken rows), never by running a validator.
 */
export const expectedSchema = z.object({
  seed: z.number().int(),
  profile: datasetProfileSchema,
  /** Relative tolerance of "about" the conflict counts assume (the validator's default). */
  tolerance: z.number(),
  rows: z.object({
    sources: z.number().int(),
    events: z.number().int(),
    metrics: z.number().int(),
    claims: z.number().int(),
  }),
  conflicts: z.object({
    /**
     * Conflicting pairs within one event and metric: one warning each under `--pairs`, and the
     * sum of the `pairs` counts of the per-group warnings otherwise.
     */
    pairs: z.number().int(),
    /** Event+metric groups holding at least one conflicting pair (two or more readings): one warning each. */
    groups: z.number().int(),
    /** Pairs where one claim's interval only touches the other's at an open end. */
    touchingPairs: z.number().int(),
    readings: readingCountsSchema,
    /** Claims consistent with every reading of their group: none is planted. */
    spanning: z.number().int(),
  }),
  /**
   * Event+metric groups among the claims that load: the planted groups plus one per planted broken
   * claim that loads (passes its row schema with a key of its own; each sits in an event of its own).
   */
  groups: z.number().int(),
  /**
   * Planted broken rows by kind: each yields exactly one error finding of its family, and a
   * negative count also a provenance error (see `figureErrors` in brokenRows.ts).
   */
  broken: z.record(
    z.string(),
    z.object({ file: z.string(), family: z.enum(["integrity", "time"]), count: z.number().int() }),
  ),
  findings: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  /**
   * Findings per rule and severity, as issues 3 and 9 define them: integrity and time errors for
   * the planted rows; a conflict warning per group with two or more readings and a summary info per
   * group; a corroboration info per group; one provenance info saying the texts were not checked
   * (no corpus) and a provenance error per planted negative count, whose words read as a positive
   * figure; an implied-counts info per share claim, each naming a count of its own event as its
   * base (so `links` finds nothing) in the lowest tier of that count's group (so no implied count
   * exceeds a figure of the group, and no implied-counts warning). Rules not listed find nothing.
   * `pairsByRule` gives the counts under `--pairs`.
   */
  byRule: z.record(
    z.string(),
    z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  ),
});
export type Expected = z.infer<typeof expectedSchema>;

/** Findings per rule and severity under `--pairs`: a conflict warning per conflicting pair instead of per group. */
export function pairsByRule(expected: Expected): Expected["byRule"] {
  const conflicts = expected.byRule.conflicts ?? { error: 0, warning: 0, info: 0 };
  return { ...expected.byRule, conflicts: { ...conflicts, warning: expected.conflicts.pairs } };
}
