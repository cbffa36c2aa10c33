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

/**
 * An end of a range: a number, or null for an unbounded end (−∞ for a low end, ∞ for a high one),
 * since JSON has no infinities.
 */
const rangeEnd = z.number().nullable();

/**
 * One reading of an event and metric: a maximal set of claims whose value intervals all share at
 * least one point, with that common range (the intersection of the intervals of every claim that
 * shares it, spanning claims included). `claim_ids` and `origins` leave out the group's spanning
 * claims, which are consistent with every reading and so support none of them.
 */
export const readingSchema = z.object({
  low: rangeEnd,
  high: rangeEnd,
  low_open: z.boolean(),
  high_open: z.boolean(),
  claim_ids: z.array(z.string()),
  /** Independent origins among `claim_ids`, as the corroboration rule counts them. */
  origins: z.number().int(),
});
export type Reading = z.infer<typeof readingSchema>;

export const envelopeSchema = z.object({ low: rangeEnd, high: rangeEnd });
export type Envelope = z.infer<typeof envelopeSchema>;

export const groupVerdictSchema = z.object({
  event_id: z.string(),
  metric: z.string(),
  /** conflict when the group has two or more readings. */
  verdict: verdictSchema,
  claim_ids: z.array(z.string()),
  origins: z.number().int(),
  /** Ordered by common range, lowest first. */
  readings: z.array(readingSchema),
  /** Claims consistent with every reading (only where there are two or more readings). */
  spanning: z.array(z.string()),
  /**
   * From the lowest reading's common low to the highest reading's common high: if any reading is
   * right, the figure lies here. Null when no claim's interval holds a value.
   */
  envelope: envelopeSchema.nullable(),
  /**
   * Indexes into `readings` of the reading with the most independent origins; more than one when
   * they tie. Evidence, not truth: the reading most sources stand behind.
   */
  most_corroborated: z.array(z.number().int()),
  /** How many pairs of claims share no point (counted, never listed). */
  pairs: z.number().int(),
  /**
   * The worst pair: the highest lower bound ÷ the lowest upper bound. Null when there is no
   * conflict, or when the lowest upper bound is not positive (an unbounded gap, band high).
   */
  max_gap_ratio: z.number().nullable(),
  /** The band of the worst pair; null when there is no conflict. */
  band: conflictBandSchema.nullable(),
});
export type GroupVerdict = z.infer<typeof groupVerdictSchema>;

/** How many findings of each severity a validation produced. */
export const severityCountsSchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type SeverityCounts = z.infer<typeof severityCountsSchema>;
