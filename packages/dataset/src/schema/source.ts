import { z } from "zod";
import {
  idCell,
  optionalBooleanCell,
  optionalDateCell,
  optionalPrecisionCell,
  optionalTextCell,
  textCell,
} from "./cells.js";
import { checkDatePair } from "./dateFields.js";
import { sourceKindSchema } from "./enums.js";

/** One article: the outlet that published it, and `via` when another outlet reprinted it. */
export const sourceSchema = z
  .object({
    source_id: idCell,
    outlet: textCell,
    via: optionalTextCell,
    title: textCell,
    author: optionalTextCell,
    published: optionalDateCell,
    published_precision: optionalPrecisionCell,
    published_inferred: optionalBooleanCell,
    url: optionalTextCell,
    kind: sourceKindSchema,
    text_ref: optionalTextCell,
    notes: optionalTextCell,
  })
  .superRefine((row, ctx) => {
    checkDatePair(row, "published", "published_precision", ctx);
    if (row.url !== null && !/^https?:\/\/[^\s]+$/i.test(row.url))
      ctx.addIssue({ code: "custom", path: ["url"], message: "must be an http:// or https:// address" });
  });

export type Source = z.infer<typeof sourceSchema>;
