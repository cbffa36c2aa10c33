import type { Qualifier } from "./enums.js";

/** Each qualifier as a reader says it: `at_least` → "at least". */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "exactly",
  about: "about",
  between: "between",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  fewer_than: "fewer than",
};

/** The words for a qualifier, or the value itself when it is not one (a stray filter value). */
export function qualifierWords(qualifier: string): string {
  return Object.hasOwn(QUALIFIER_WORDS, qualifier) ? QUALIFIER_WORDS[qualifier as Qualifier] : qualifier;
}

/**
 * A figure in words: "about 200", "between 200 and 300", "at least 39", "300" (an exact figure
 * needs no word). `format` prints each number (the dashboard groups thousands).
 */
export function figureInWords(
  figure: { qualifier: Qualifier; low: number | null; high: number | null },
  format: (n: number) => string = String,
): string {
  const n = (v: number | null) => (v === null ? "?" : format(v));
  switch (figure.qualifier) {
    case "exact":
      return n(figure.low);
    case "between":
      return `between ${n(figure.low)} and ${n(figure.high)}`;
    case "at_most":
    case "fewer_than":
      return `${QUALIFIER_WORDS[figure.qualifier]} ${n(figure.high)}`;
    default:
      return `${QUALIFIER_WORDS[figure.qualifier]} ${n(figure.low)}`;
  }
}
