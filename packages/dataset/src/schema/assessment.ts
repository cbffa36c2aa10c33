import { z } from "zod";
import { idCell, idPattern, isoDatePattern, numberText, textCell } from "./cells.js";
import { checkDatePair } from "./dateFields.js";
import { precisionSchema } from "./enums.js";
import { EVERY_ROW, parsedCells } from "./rowChecks.js";

/*
 * The cells only assessments have. They sit here rather than in cells.ts while assessments are
 * their only users; the Table Schema writer and the fast row parser know them by identity.
 */

/** A number that must be written: an assessment always gives all three of low, best and high. */
export const numberCell = numberText;

/** A date that must be written, at year, month or day precision (its `*_precision` column says which). */
export const dateCell = z
  .string()
  .regex(isoDatePattern, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");

/** The separator of the ids in a `claim_ids` cell: ids never hold a space (`idPattern`). */
export const CLAIM_IDS_SEPARATOR = " ";

const id = idPattern.source.replace(/^\^/, "").replace(/\$$/, "");
/** One or more ids separated by single spaces: `c-1`, `c-1 c-2`. */
export const idListPattern = new RegExp(`^${id}(?:${CLAIM_IDS_SEPARATOR}${id})*$`);

/**
 * Claim ids in one cell, separated by single spaces (`c-1 c-2`): a space needs no CSV quoting
 * and cannot occur in an id. One check, so an empty cell gets one message, not two.
 */
export const claimIdsCell = z
  .string()
  .regex(idListPattern, "must be one or more claim ids separated by single spaces, such as c-1 c-2")
  .transform((cell) => cell.split(CLAIM_IDS_SEPARATOR));

/**
 * The first id listed a second time. In one pass: a search of the list for each id took over 80 s over
 * a cell of 300,000 ids (an outside audit), as long as the rest of a million-claim run.
 */
function firstRepeated(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * A maintainer's assessment of one event and metric: the figure a report should print (`best`),
 * the range it judges credible (`low`–`high`), the claims it rests on and why — UCDP's
 * low/best/high. Whether `best` lies within the range, whether the claims belong to the group and
 * whether the range meets the claims' envelope are the `assessments` rule's to say, with the
 * dataset at hand; the row itself only has to be well formed.
 */
export const assessmentSchema = z
  .object({
    event_id: idCell,
    metric: idCell,
    low: numberCell,
    best: numberCell,
    high: numberCell,
    claim_ids: claimIdsCell,
    rationale: textCell,
    assessed_by: textCell,
    assessed_on: dateCell,
    assessed_on_precision: precisionSchema,
  })
  .superRefine((row, ctx) => {
    const parsed = parsedCells(ctx);
    if (parsed("assessed_on", "assessed_on_precision"))
      checkDatePair(row, "assessed_on", "assessed_on_precision", ctx);
    if (parsed("low", "high") && row.low > row.high)
      ctx.addIssue({ code: "custom", path: ["high"], message: `${row.high} is below low ${row.low}` });
    const twice = parsed("claim_ids") ? firstRepeated(row.claim_ids) : undefined;
    if (twice !== undefined)
      ctx.addIssue({ code: "custom", path: ["claim_ids"], message: `lists ${twice} more than once` });
  }, EVERY_ROW);

export type Assessment = z.infer<typeof assessmentSchema>;
