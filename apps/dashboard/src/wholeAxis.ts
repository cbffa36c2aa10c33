import { BUILT_IN_VOCABULARIES, type ClaimView } from "@tally/dataset";

/** Units the vocabulary counts in whole numbers (persons, count): a dataset extends it, never redefines one. */
const WHOLE_UNITS = new Set(BUILT_IN_VOCABULARIES.units.filter((u) => u.whole).map((u) => u.unit));

/**
 * Whether a chart of these claims counts persons or things, so its value axis ticks whole numbers
 * only; a unit a release adds is not known to be whole, and keeps fractional ticks.
 */
export function wholeAxis(claims: readonly ClaimView[]): boolean {
  return claims.length > 0 && claims.every((c) => WHOLE_UNITS.has(c.unit));
}
