import { foldQuotesAndDashes, GROUPED_DIGITS } from "@tally/dataset";

/**
 * Printable ASCII words with one space between them: nothing to normalise. Not one regex: the
 * natural `^(?:(?:[!-~]+ )*[!-~]+)?$` backtracks once per word and overflowed V8's stack on an
 * 8 MB quote, killing the run where a warning belonged.
 */
export function isPlainAscii(text: string): boolean {
  return /^[!-~ ]*$/.test(text) && !text.includes("  ") && !text.startsWith(" ") && !text.endsWith(" ");
}

/**
 * The one normal form quotes and source texts are compared in: only whitespace and typographic
 * quote and dash differences are forgiven, so a match still means the words are the source's.
 */
export function normaliseQuoteText(text: string): string {
  // Printable ASCII words with single spaces between them are already in this form; a quote
  // usually is, and a million of them took 2 s through the replacements below.
  if (isPlainAscii(text)) return text;
  return foldQuotesAndDashes(normaliseQuoteSpacing(text));
}

/**
 * `normaliseQuoteText` with its quotes and dashes left as printed, which it folds one character for
 * one (and none into or out of white space): a place in either is the same place in the other. For reading figures, where a dash is not
 * a hyphen ("200 million\u2014more" has no compound modifier, "200 million-dollar" does).
 */
export function normaliseQuoteSpacing(text: string): string {
  if (isPlainAscii(text)) return text;
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
/**
 * Stands in a source text's `edges` (see `normaliseSourceText`) for a space that groups a
 * number's digits. A private-use character: no text is meant to hold one.
 */
const GROUP_SPACE = "\uE000";
/**
 * Marks that join the digits of one number: "3.5", "1,200", "2'600" (after normalising ’ to '),
 * and a grouping space where a source text's edges mark one.
 */
const JOINER = /[.,'\uE000]/;
/** Spaces inside a number grouped as `readFigure` groups them ("2 600" with a no-break space). */
const GROUPED = new RegExp(GROUPED_DIGITS, "g");

/** Whether the character at `i` of `text`, next to a match's edge, carries on the word or number there. */
function carriesOn(text: string, i: number, step: -1 | 1, edge: string): boolean {
  const c = text[i];
  if (c === undefined || !WORD.test(edge)) return false;
  if (WORD.test(c)) return true;
  // "5" in "3.5", "200,000" in "1,200,000", "1,000" in "1,0000": a joiner between digits.
  return DIGIT.test(edge) && JOINER.test(c) && DIGIT.test(text[i + step] ?? "");
}

/**
 * Where `part` next occurs in `text` at or after `from` as whole words and whole numbers, or -1:
 * not "200" inside "2000", "5" inside "3.5", "200,000" inside "1,200,000" or "seven" inside
 * "seventeen" (an outside review found each passing the provenance check). `part` is not empty.
 */
export function wholeAt(text: string, part: string, from: number, edges = text): number {
  const first = part[0]!;
  const last = part[part.length - 1]!;
  for (let at = text.indexOf(part, from); at !== -1; at = text.indexOf(part, at + 1))
    if (!carriesOn(edges, at - 1, -1, first) && !carriesOn(edges, at + part.length, 1, last)) return at;
  return -1;
}

/**
 * Whether `part` occurs in `text` as whole words and whole numbers (see `wholeAt`). Both are in
 * `normaliseQuoteText`'s form; `edges`, as long as `text`, is what a match's edges are judged by
 * (a source text's, from `normaliseSourceText`).
 */
export function containsWhole(text: string, part: string, edges = text): boolean {
  return part === "" || wholeAt(text, part, 0, edges) !== -1;
}

/** A source text as quotes are looked for in it (see `normaliseSourceText`). */
export interface SourceText {
  /** In `normaliseQuoteText`'s form. */
  text: string;
  /** `text` with each space that groups a number's digits marked, character for character. */
  edges: string;
}

/**
 * A source text in `normaliseQuoteText`'s form, and beside it where its numbers are grouped by a
 * space. Whitespace is forgiven, so a quote typed "2 600 people" still occurs in a text printing
 * "2 600" with a no-break space; but "600 people" starts inside that number, and a second review
 * found it passing. A plain space groups only as `readFigure` reads it (from "1 200 000" on).
 */
export function normaliseSourceText(raw: string): SourceText {
  if (raw.includes(GROUP_SPACE)) {
    const text = normaliseQuoteText(raw);
    return { text, edges: text };
  }
  // Normalised once: each mark stands for one space between digits, which the normal form keeps.
  const edges = normaliseQuoteText(raw.replace(GROUPED, (digits) => digits.replace(/\s/g, GROUP_SPACE)));
  return { text: edges.replaceAll(GROUP_SPACE, " "), edges };
}

/** Line ends and runs of spaces or tabs, which a one-line cell cannot copy as a text wraps them. */
const LAID_OUT = /[ \t\r\n]+/g;

const laidOut = (text: string): string => text.replace(LAID_OUT, " ").trim();

/** Other white space as a space and typographic marks as ASCII, one character for one. */
const foldedAlike = (text: string): string => foldQuotesAndDashes(text.replace(/\s/g, " "));

/** A source text as `printedDifference` compares quotes with it: made once per text, not per claim. */
export interface PrintedText {
  /** The text with its line ends and runs of ASCII white space as one space. */
  laid: string;
  /** `laid` with other white space and typographic marks folded, a place in it the same place in `laid`. */
  folded: string;
}

export function printedText(raw: string): PrintedText {
  const laid = laidOut(raw);
  return { laid, folded: foldedAlike(laid) };
}

/** A quote's first character that its text prints otherwise, with the words around it. */
export interface PrintedDifference {
  /** The character's index in the quote, line ends and runs of spaces as one, or -1 where no one character tells. */
  at: number;
  printed: string;
  quoted: string;
  /** Up to a dozen characters of the quote on each side of it. */
  context: string;
}

const AROUND = 12;

/**
 * Where a quote that its text holds in the normal form (`normaliseQuoteText`) differs from the
 * text as printed, or null where the text prints it so. The normal form forgives other white
 * space and typographic marks so that a quote is found; a reader who searches the text for the
 * quote byte for byte does not: three of the shipped quotes had plain spaces where their text
 * prints no-break ones (an outside audit, mended in release 1.1.2).
 */
export function printedDifference(text: PrintedText, quote: string): PrintedDifference | null {
  const laid = laidOut(quote);
  if (text.laid.includes(laid)) return null;
  const at = text.folded.indexOf(foldedAlike(laid));
  if (at === -1) return { at: -1, printed: "", quoted: "", context: "" };
  let i = 0;
  while (i < laid.length && text.laid[at + i] === laid[i]) i++;
  return {
    at: i,
    printed: text.laid[at + i]!,
    quoted: laid[i]!,
    context: laid.slice(Math.max(0, i - AROUND), i + AROUND + 1),
  };
}
