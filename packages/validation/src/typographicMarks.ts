/** Typographic single quotes and apostrophes (‘ ’ ‚ ‛ ′ ʼ), read as '. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
/** Typographic double quotes and guillemets (“ ” „ ‟ ″ « »), read as ". */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphens, dashes and the minus sign (U+2010–U+2015, U+2212), read as -. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * `text` with its typographic quotes and dashes as the ASCII marks they stand for. Which of the
 * two a text holds is the keyboard's or the PDF's choice, not its author's: a quote is matched
 * against its source text, and a party's name compared with another's, with them folded alike.
 */
export function foldQuotesAndDashes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
}
