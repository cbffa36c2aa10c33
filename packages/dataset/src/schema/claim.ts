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
import { attributedKindSchema, type Qualifier, qualifierSchema } from "./enums.js";

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
    attributed_kind: attributedKindSchema,
    first_reported_by: optionalTextCell,
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
    checkDatePair(row, "as_of", "as_of_precision", ctx);
    const want = QUALIFIER_BOUNDS[row.qualifier];
    for (const side of ["low", "high"] as const) {
      const key = `value_${side}` as const;
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
    if (low !== null && high !== null) {
      if (want.equal && low !== high)
        ctx.addIssue({
          code: "custom",
          path: ["value_high"],
          message: `must equal value_low (${low}) for qualifier ${row.qualifier}`,
        });
      else if (low > high)
        ctx.addIssue({ code: "custom", path: ["value_high"], message: `${high} is below value_low ${low}` });
    }
    if (row.base_claim_id !== null && row.base_claim_id === row.claim_id)
      ctx.addIssue({
        code: "custom",
        path: ["base_claim_id"],
        message: "a claim cannot be a share of itself",
      });
    if (row.repeats_claim_id !== null && row.repeats_claim_id === row.claim_id)
      ctx.addIssue({ code: "custom", path: ["repeats_claim_id"], message: "a claim cannot repeat itself" });
  });

export type Claim = z.infer<typeof claimSchema>;
