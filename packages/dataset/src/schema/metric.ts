import { z } from "zod";
import { idCell, textCell } from "./cells.js";
import { metricKindSchema, unitSchema } from "./enums.js";

/** The controlled list of what a figure measures; claims may only use metrics listed here. */
export const metricSchema = z.object({
  metric: idCell,
  unit: unitSchema,
  kind: metricKindSchema,
  description: textCell,
});

export type Metric = z.infer<typeof metricSchema>;
