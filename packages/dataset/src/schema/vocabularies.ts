import { z } from "zod";
import { booleanCell, idCell, optionalNumberCell, textCell } from "./cells.js";
import { EVERY_ROW, parsedCells } from "./rowChecks.js";

/**
 * The vocabularies a dataset's rows draw their kinds from: small tables of the data package
 * (`categories.csv`, `attributed_kinds.csv`, `source_kinds.csv`, `units.csv`), each with a label
 * and a description, that the tables using them point at with foreign keys. Adding a category
 * such as `death` is a row in a CSV, not a code change.
 */
export const categorySchema = z.object({
  category: idCell,
  label: textCell,
  description: textCell,
});
export type Category = z.infer<typeof categorySchema>;

/** Who stands behind a figure: a government, an NGO, an unnamed source… */
export const attributedKindSchema = z.object({
  attributed_kind: idCell,
  label: textCell,
  description: textCell,
});
export type AttributedKind = z.infer<typeof attributedKindSchema>;

/** What kind of publisher a source is. */
export const sourceKindSchema = z.object({
  source_kind: idCell,
  label: textCell,
  description: textCell,
});
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * What a metric's values are measured in, and the two facts the validator checks values against:
 * `whole` (a count of people or things: whole, non-negative, and a base a share can imply a count
 * of) and `max` (a percentage's 100). Every value must be non-negative.
 */
export const unitSchema = z
  .object({
    unit: idCell,
    label: textCell,
    whole: booleanCell,
    max: optionalNumberCell,
    description: textCell,
  })
  .superRefine((unit, ctx) => {
    // A max of 0 or below leaves no value possible: every claim in the unit was blamed instead,
    // and the shares of the unit stopped implying counts, without a word at units.csv.
    if (parsedCells(ctx)("max") && unit.max !== null && !(unit.max > 0))
      ctx.addIssue({
        code: "custom",
        path: ["max"],
        message: "must be above 0: a unit's values lie between 0 and its max",
      });
  }, EVERY_ROW);
export type Unit = z.infer<typeof unitSchema>;

export type VocabularyName = "categories" | "attributed_kinds" | "source_kinds" | "units";
