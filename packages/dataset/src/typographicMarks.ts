/**
 * Typographic marks and the ASCII ones they stand for: single quotes and apostrophes (‘ ’ ‚ ‛ ′ ʼ)
 * as ', double quotes and guillemets (“ ” „ ‟ ″ « ») as ", hyphens, dashes and the minus sign
 * (U+2010–U+2015, U+2212) as -. Here, beside the loader, for `propose --exclude-existing`, which
 * must match a recorded quote as the validator does; published for the dashboard's quote search,
 * which folds them in SQL alike.
 */
export const TYPOGRAPHIC_MARKS: readonly { marks: string; as: string }[] = [
  { marks: "\u2018\u2019\u201A\u201B\u2032\u02BC", as: "'" },
  { marks: "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB", as: '"' },
  { marks: "\u2010\u2011\u2012\u2013\u2014\u2015\u2212", as: "-" },
];

const FOLDS = TYPOGRAPHIC_MARKS.map(({ marks, as }) => ({ pattern: new RegExp(`[${marks}]`, "g"), as }));

/**
 * `text` with its typographic quotes and dashes as the ASCII marks they stand for. Which of the
 * two a text holds is the keyboard's or the PDF's choice, not its author's: a quote is matched
 * against its source text, and a party's name compared with another's, with them folded alike.
 */
export function foldQuotesAndDashes(text: string): string {
  let folded = text;
  for (const { pattern, as } of FOLDS) folded = folded.replace(pattern, as);
  return folded;
}
