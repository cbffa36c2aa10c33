import type { z } from "zod";
import { isRealDate, precisionOf } from "../dates.js";

/**
 * Checks one date column against its `*_precision` column: both present or both empty, the date
 * written at its stated precision, and the date real. Issues carry the column they are about.
 */
export function checkDatePair(
  row: Record<string, unknown>,
  dateKey: string,
  precisionKey: string,
  ctx: z.RefinementCtx,
): void {
  const date = row[dateKey] as string | null;
  const precision = row[precisionKey] as string | null;
  if (date === null) {
    if (precision !== null)
      ctx.addIssue({
        code: "custom",
        path: [dateKey],
        message: `is empty but ${precisionKey} is ${precision}`,
      });
    return;
  }
  // Whether the date is real is judged at the precision it is written at, whatever its precision
  // column says: "2023-13" beside an empty or wrong precision hid its month until the next run
  // (an outside review).
  const real = isRealDate(date);
  if (precision === null) {
    ctx.addIssue({
      code: "custom",
      path: [precisionKey],
      message: `must be day, month or year when ${dateKey} is set`,
    });
    if (!real) ctx.addIssue({ code: "custom", path: [dateKey], message: `${date} is not a real date` });
    return;
  }
  if (precisionOf(date) !== precision) {
    ctx.addIssue({
      code: "custom",
      path: [dateKey],
      message: `${date} is not written at ${precision} precision (${precisionKey})${real ? "" : ", nor is it a real date"}`,
    });
    return;
  }
  if (!real) ctx.addIssue({ code: "custom", path: [dateKey], message: `${date} is not a real date` });
}
