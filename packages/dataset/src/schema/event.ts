import { z } from "zod";
import { dateInterval, isRealDate } from "../dates.js";
import {
  idCell,
  optionalBooleanCell,
  optionalDateCell,
  optionalPrecisionCell,
  optionalTextCell,
  textCell,
} from "./cells.js";
import { checkDatePair } from "./dateFields.js";
import { EVERY_ROW, parsedCells } from "./rowChecks.js";

/** One happening that sources report figures about; `date_end` when it spans a period. */
export const eventSchema = z
  .object({
    event_id: idCell,
    title: textCell,
    /**
     * A title short enough for a picker or a chart ("Dandong and Tumen repatriation, 9 Oct 2023").
     * Optional: releases cut before it existed (1.0.0) have no such column; `eventShortTitleOf`
     * falls back to the title.
     */
    short_title: optionalTextCell,
    date: optionalDateCell,
    date_precision: optionalPrecisionCell,
    date_inferred: optionalBooleanCell,
    date_end: optionalDateCell,
    location: optionalTextCell,
    /** A `category` of categories.csv (or of the built-in list when the dataset has no such file). */
    category: idCell,
    notes: optionalTextCell,
  })
  .superRefine((row, ctx) => {
    const parsed = parsedCells(ctx);
    if (parsed("date", "date_precision")) checkDatePair(row, "date", "date_precision", ctx);
    if (!parsed("date_end") || row.date_end === null) return;
    if (parsed("date") && row.date === null) {
      ctx.addIssue({ code: "custom", path: ["date_end"], message: "is set but date is empty" });
    } else if (!isRealDate(row.date_end)) {
      ctx.addIssue({ code: "custom", path: ["date_end"], message: `${row.date_end} is not a real date` });
    } else if (
      parsed("date") &&
      row.date !== null &&
      isRealDate(row.date) &&
      dateInterval(row.date_end).end < dateInterval(row.date).start
    ) {
      // Each date stands for all it covers: `2023-10` ends on the 31st, after a start of 2023-10-09.
      ctx.addIssue({
        code: "custom",
        path: ["date_end"],
        message: `${row.date_end} is before date ${row.date}`,
      });
    }
  }, EVERY_ROW);

export type Event = z.infer<typeof eventSchema>;
