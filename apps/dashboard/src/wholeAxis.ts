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

/** The most a value of each built-in unit can be (percent: 100), where the unit has a most. */
const UNIT_CEILINGS = new Map(
  BUILT_IN_VOCABULARIES.units.flatMap((u) => (u.max === null ? [] : [[u.unit, u.max] as const])),
);

/**
 * The most these claims' shared unit allows (100 for percent), for an open upper end to be drawn
 * to; undefined for claims in several units, or in a unit with no most (persons).
 */
export function unitCeiling(claims: readonly ClaimView[]): number | undefined {
  const units = new Set(claims.map((c) => c.unit));
  return units.size === 1 ? UNIT_CEILINGS.get([...units][0]!) : undefined;
}
