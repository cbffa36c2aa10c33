import { z } from "zod";
import {
  idCell,
  optionalBooleanCell,
  optionalDateCell,
  optionalIdCell,
  optionalNumberCell,
  optionalPrecisionCell,
  optionalTextCell,
  textCell,
} from "./cells.js";
import { checkDatePair } from "./dateFields.js";
import { type Qualifier, qualifierSchema } from "./enums.js";
import { EVERY_ROW, parsedCells } from "./rowChecks.js";

/**
 * The separator of the outlets in a `reported_via` cell. Not a space, as in a `claim_ids` cell: an
 * outlet's name holds spaces ("Chosun Ilbo"); a semicolon needs no CSV quoting and names none.
 */
export const REPORTED_VIA_SEPARATOR = "; ";

const outletName = "[^;\\s](?:[^;]*[^;\\s])?";
/** One or more outlet names separated by "; ", none empty or with a space at either end. */
export const outletListPattern = new RegExp(`^${outletName}(?:${REPORTED_VIA_SEPARATOR}${outletName})*$`);

/**
 * The outlets a figure passed through between its first reporter (`first_reported_by`) and the
 * claim's own source, in order: `Yonhap; Radio Free Asia`. An empty cell is no outlet between,
 * read as an empty list, so a row never holds null where a list is expected (the Arrow and Parquet
 * artifacts store it as a list of strings, as an assessment's `claim_ids`).
 */
export const reportedViaCell = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z
    .string()
    .regex(outletListPattern, 'must be outlet names separated by "; ", such as Yonhap; Radio Free Asia')
    .nullable()
    .transform((cell) => (cell === null ? [] : cell.split(REPORTED_VIA_SEPARATOR))),
);

/** Which bounds each qualifier fills: the contract between `qualifier` and `value_low`/`value_high`. */
export const QUALIFIER_BOUNDS: Record<Qualifier, { low: boolean; high: boolean; equal: boolean }> = {
  exact: { low: true, high: true, equal: true },
  about: { low: true, high: true, equal: true },
  between: { low: true, high: true, equal: false },
  at_least: { low: true, high: false, equal: false },
  more_than: { low: true, high: false, equal: false },
  at_most: { low: false, high: true, equal: false },
  fewer_than: { low: false, high: true, equal: false },
};

/** One figure that one source reported about one event, with the words it was reported in. */
export const claimSchema = z
  .object({
    claim_id: idCell,
    event_id: idCell,
    source_id: idCell,
    metric: idCell,
    qualifier: qualifierSchema,
    value_low: optionalNumberCell,
    value_high: optionalNumberCell,
    figure_text: textCell,
    attributed_to: textCell,
    /** An `attributed_kind` of attributed_kinds.csv (or of the built-in list). */
    attributed_kind: idCell,
    first_reported_by: optionalTextCell,
    /**
     * The outlets between `first_reported_by` and this claim's source, in order. Optional in the
     * header: releases cut before it (1.0.0) have no such column and read as no outlet between.
     */
    reported_via: reportedViaCell,
    repeats_claim_id: optionalIdCell,
    base_claim_id: optionalIdCell,
    as_of: optionalDateCell,
    as_of_precision: optionalPrecisionCell,
    as_of_inferred: optionalBooleanCell,
    quote: textCell,
    vague: optionalBooleanCell,
    notes: optionalTextCell,
  })
  .superRefine((row, ctx) => {
    const parsed = parsedCells(ctx);
    if (parsed("as_of", "as_of_precision")) checkDatePair(row, "as_of", "as_of_precision", ctx);
    const want = parsed("qualifier") ? QUALIFIER_BOUNDS[row.qualifier] : null;
    for (const side of ["low", "high"] as const) {
      const key = `value_${side}` as const;
      if (want === null || !parsed(key)) continue;
      const filled = row[key] !== null;
      if (filled !== want[side])
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: want[side]
            ? `must be set for qualifier ${row.qualifier}`
            : `must be empty for qualifier ${row.qualifier}`,
        });
    }
    const { value_low: low, value_high: high } = row;
    if (parsed("value_low", "value_high") && low !== null && high !== null) {
      if (want?.equal && low !== high)
        ctx.addIssue({
          code: "custom",
          path: ["value_high"],
          message: `must equal value_low (${low}) for qualifier ${row.qualifier}`,
        });
      else if (low > high)
        ctx.addIssue({ code: "custom", path: ["value_high"], message: `${high} is below value_low ${low}` });
    }
    if (!parsed("claim_id")) return;
    if (parsed("base_claim_id") && row.base_claim_id !== null && row.base_claim_id === row.claim_id)
      ctx.addIssue({
        code: "custom",
        path: ["base_claim_id"],
        message: "names the claim's own id: a claim cannot be a share of itself",
      });
    if (parsed("repeats_claim_id") && row.repeats_claim_id !== null && row.repeats_claim_id === row.claim_id)
      ctx.addIssue({
        code: "custom",
        path: ["repeats_claim_id"],
        message: "names the claim's own id: a claim cannot repeat itself",
      });
  }, EVERY_ROW);

export type Claim = z.infer<typeof claimSchema>;
