import { z } from "zod";

/** How a figure is bounded in the text: "about 200", "between 200 and 300", "at least 39". */
export const qualifierSchema = z.enum([
  "exact",
  "about",
  "between",
  "at_least",
  "more_than",
  "at_most",
  "fewer_than",
]);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A date is stored at the precision the text supports and stands for the whole interval it covers. */
export const precisionSchema = z.enum(["day", "month", "year"]);
export type Precision = z.infer<typeof precisionSchema>;

export const metricKindSchema = z.enum(["count", "share", "duration", "size"]);
export type MetricKind = z.infer<typeof metricKindSchema>;
