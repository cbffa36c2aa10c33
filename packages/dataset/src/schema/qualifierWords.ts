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
 * A vague claim's own words ("Hundreds"), for its figure label to print before the bound read from
 * them; null for a claim that is not vague.
 */
export function vagueWords(claim: { vague: boolean; figure_text: string }): string | null {
  const words = claim.figure_text.trim();
  return claim.vague && words !== "" ? words : null;
}

/**
 * A claim's figure in the shape `figureInWords` and the charts read: its bounds, its qualifier and,
 * for a vague claim, its own words.
 */
export function claimFigure(claim: {
  value_low: number | null;
  value_high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  figure_text: string;
}): { low: number | null; high: number | null; qualifier: Qualifier; vagueWords: string | null } {
  return {
    low: claim.value_low,
    high: claim.value_high,
    qualifier: claim.qualifier,
    vagueWords: vagueWords(claim),
  };
}

/**
 * `label` after a vague claim's own words (`vagueWords`): "“Hundreds”, at least 100". The bound
 * alone reads as if the outlet had printed it, and a chart exported into a report would put "at
 * least 100" in the mouth of a source that wrote "Hundreds".
 */
export function withVagueWords(label: string, words: string | null | undefined): string {
  return words ? `“${words}”, ${label}` : label;
}

/**
 * A figure in words: "about 200", "between 200 and 300", "at least 39", "300" (an exact figure
 * needs no word), after a vague claim's own words when given (`withVagueWords`). `format` prints
 * each number (the dashboard groups thousands).
 */
export function figureInWords(
  figure: { qualifier: Qualifier; low: number | null; high: number | null; vagueWords?: string | null },
  format: (n: number) => string = String,
): string {
  return withVagueWords(boundsInWords(figure, format), figure.vagueWords);
}

function boundsInWords(
  figure: { qualifier: Qualifier; low: number | null; high: number | null },
  format: (n: number) => string,
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
