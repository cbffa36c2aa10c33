import { z } from "zod";

/**
 * Something wrong with the input, located as precisely as the input allows: `row` is the 1-based
 * data row (header excluded), `line` the 1-based physical line (header = line 1; a quoted field
 * may span lines, so the two differ), `column` the header name.
 */
export const problemSchema = z.object({
  code: z.string(),
  file: z.string(),
  row: z.number().int().positive().nullable(),
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

export type Problem = z.infer<typeof problemSchema>;
