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

/**
 * One article: the outlet that published it, and `via` when another outlet reprinted it. For a
 * reprint, `published` is the date the reprint prints and `original_published` the original
 * outlet's, when known. `title_inferred` marks a title the text does not print (taken from an
 * index of the texts). The columns after `published_inferred` and `title_inferred` are optional in
 * the header: releases cut before them (1.0.0) read as not inferred and no original date.
 */
export const sourceSchema = z
  .object({
    source_id: idCell,
    outlet: textCell,
    via: optionalTextCell,
    title: textCell,
    title_inferred: optionalBooleanCell,
    author: optionalTextCell,
    published: optionalDateCell,
    published_precision: optionalPrecisionCell,
    published_inferred: optionalBooleanCell,
    original_published: optionalDateCell,
    original_published_precision: optionalPrecisionCell,
    original_published_inferred: optionalBooleanCell,
    url: optionalTextCell,
    /** A `source_kind` of source_kinds.csv (or of the built-in list). */
    kind: idCell,
    text_ref: optionalTextCell,
    notes: optionalTextCell,
  })
  .superRefine((row, ctx) => {
    const parsed = parsedCells(ctx);
    if (parsed("published", "published_precision"))
      checkDatePair(row, "published", "published_precision", ctx);
    if (parsed("original_published", "original_published_precision"))
      checkDatePair(row, "original_published", "original_published_precision", ctx);
    const original = parsed("original_published") ? row.original_published : null;
    if (original !== null && parsed("via") && row.via === null)
      ctx.addIssue({
        code: "custom",
        path: ["original_published"],
        message: "is set but via is empty: only a reprint has an original publication date",
      });
    else if (
      original !== null &&
      parsed("published") &&
      row.published !== null &&
      isRealDate(original) &&
      isRealDate(row.published) &&
      dateInterval(original).start > dateInterval(row.published).end
    )
      ctx.addIssue({
        code: "custom",
        path: ["original_published"],
        message: `${original} is after published ${row.published}: a reprint cannot precede its original`,
      });
    if (parsed("url") && row.url !== null && !/^https?:\/\/[^\s]+$/i.test(row.url))
      ctx.addIssue({ code: "custom", path: ["url"], message: "must be an http:// or https:// address" });
  }, EVERY_ROW);

export type Source = z.infer<typeof sourceSchema>;
