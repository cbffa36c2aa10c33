import { z } from "zod";
import { idCell, optionalTextCell, textCell } from "./cells.js";
import { metricKindSchema } from "./enums.js";

/** The controlled list of what a figure measures; claims may only use metrics listed here. */
export const metricSchema = z.object({
  metric: idCell,
  /**
   * What a report prints for the metric ("North Koreans forcibly returned"). Optional: releases
   * cut before it existed (1.0.0) have no such column; `metricLabelOf` falls back to the id.
   */
  label: optionalTextCell,
  /** A `unit` of units.csv (or of the built-in list). */
  unit: idCell,
  kind: metricKindSchema,
  description: textCell,
});

export type Metric = z.infer<typeof metricSchema>;
