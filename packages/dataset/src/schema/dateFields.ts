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
  if (precision === null) {
    ctx.addIssue({
      code: "custom",
      path: [precisionKey],
      message: `must be day, month or year when ${dateKey} is set`,
    });
    return;
  }
  if (precisionOf(date) !== precision) {
    ctx.addIssue({
      code: "custom",
      path: [dateKey],
      message: `${date} is not written at ${precision} precision (${precisionKey})`,
    });
    return;
  }
  if (!isRealDate(date))
    ctx.addIssue({ code: "custom", path: [dateKey], message: `${date} is not a real date` });
}
