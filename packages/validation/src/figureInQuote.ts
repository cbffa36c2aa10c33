import {
  type FigureReading,
  NUMBER_WORDS,
  numbersAsRead,
  readFigure,
  SCALE_ABBREVIATIONS,
  VAGUE_BEFORE_SCALE,
  VAGUE_FLOORS,
  vagueAlone,
} from "@tally/dataset";
import {
  containsWhole,
  isPlainAscii,
  normaliseQuoteSpacing,
  normaliseQuoteText,
  wholeAt,
} from "./quoteText.js";

/** How a claim's quote holds its figure_text. */
export type FigureInQuote =
  | { found: "whole" }
  /** Only inside a larger figure ("200" in "200 million"): `context`, the words around it. */
  | { found: "part"; context: string }
  /**
   * Not at all; `loosely` when it is there once digit grouping and characters that print as
   * nothing are let go ("2 600" against "2\u00A0600"), which look alike on screen.
   */
  | { found: "absent"; loosely: boolean };

const WHOLE: FigureInQuote = { found: "whole" };

/**
 * Words that can join a figure next to them: number, scale and vague words, "percent" and "per
 * cent", and the scale abbreviations a space may part from their digits ("200 mln").
 */
const NUMBER_WORDS_SOURCE = [
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(SCALE_ABBREVIATIONS).filter((word) => word.length > 1),
  ...Object.keys(VAGUE_FLOORS),
  ...Object.keys(VAGUE_BEFORE_SCALE),
  "percent",
  "per",
].join("|");

/** Chunks (runs without white space) of context read around a figure: "tens of thousands", "2 to 3 million". */
const CHUNKS_BEFORE = 2;
const CHUNKS_AFTER = 3;
/** A percent sign or word just after a figure: "30%", "30 percent", "a 30-percent share". */
const PERCENT_AFTER = /[ -]?(?:%|per ?cent(?![a-z]))/iy;

/** Where the chunk holding `at` starts, then `n` chunks further back (`text` has single spaces). */
function chunksBack(text: string, at: number, n: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== " ") i--;
  for (let k = 0; k < n && i > 0; k++) {
    i--;
    while (i > 0 && text[i - 1] !== " ") i--;
  }
  return i;
}

/** Where the chunk holding `end - 1` ends, then `n` chunks further on. */
function chunksOn(text: string, end: number, n: number): number {
  let j = end;
  while (j < text.length && text[j] !== " ") j++;
  for (let k = 0; k < n && j < text.length; k++) {
    j++;
    while (j < text.length && text[j] !== " ") j++;
  }
  return j;
}

/** Whether `values` holds `run` as consecutive items. */
function holdsRun(values: readonly number[], run: readonly number[]): boolean {
  for (let i = 0; i + run.length <= values.length; i++)
    if (run.every((v, k) => values[i + k] === v)) return true;
  return false;
}

/**
 * The words around the figure at `text[at, end)` when they make it part of a larger figure as
 * `readFigure` reads them ("200" in "200 million", "five" in "twenty-five", "hundreds" in
 * "hundreds of thousands", "2" in "2 to 3 million", a count in "30%"), else null. `text` is in
 * `numbersAsRead` and `normaliseQuoteText`'s form, `printed` the same with its dashes as printed
 * (`normaliseQuoteSpacing`); `reading` is the figure's. Where the words read two ways, either will
 * do: "200" of "200 million-dollar homes" may count the homes (`apart`), though not of "200
 * million\u2014more", whose dash is no hyphen.
 */
function largerFigure(
  text: string,
  printed: string,
  at: number,
  end: number,
  reading: FigureReading,
): string | null {
  const [from, to] = [chunksBack(text, at, CHUNKS_BEFORE), chunksOn(text, end, CHUNKS_AFTER)];
  const context = text.slice(from, to);
  PERCENT_AFTER.lastIndex = end;
  if (!reading.percent && PERCENT_AFTER.test(text)) return context;
  const together = readFigure(printed.slice(from, to));
  if (together === null) return context;
  const holds =
    holdsRun(together.values, reading.values) ||
    (together.apart !== undefined && holdsRun(together.apart, reading.values));
  return holds ? null : context;
}

/**
 * The quickest answer, from `quote` as written: whole where a plain ASCII figure_text stands whole
 * in ASCII context with no digit, percent sign or number word in the chunks `largerFigure` reads
 * around it, and only white space, an opening bracket or quotation mark before it and white space
 * or closing punctuation after it. Normalising changes no ASCII but white space (runs, which become
 * one space, and chunks stay chunks), NFC composes nothing onto ASCII followed by ASCII, and
 * `numbersAsRead` changes only digits grouped by spaces or apostrophes: none is near. False when it
 * cannot tell, which only the first whole occurrence decides. Written for a million quotes: no
 * slices, one pass over the context's characters.
 */
function wholeAsWritten(quote: string, figure: string): boolean {
  if (figure === "" || !isPlainAscii(figure)) return false;
  const at = wholeAt(quote, figure, 0);
  if (at === -1) return false;
  const end = at + figure.length;
  // Anything else next to it may make one number with it (".30" reads 0.3): the long way.
  if (!OPENS.test(quote[at - 1] ?? " ") || !CLOSES.test(quote[end] ?? " ")) return false;
  return plainChunksBack(quote, at) !== -1 && plainChunksOn(quote, end) !== -1;
}

/** What may stand just before and just after a figure read from the quote as written. */
const OPENS = /[\s(["]/;
const CLOSES = /[\s.,;:)\]"!?]/;

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Letters, whose runs are the words `NUMBER_WORD_AT` is tried at. */
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Whether a number word starts at `i`, where a word starts (tried with a sticky pattern: nothing is cut out of the quote). */
function numberWordAt(text: string, i: number): boolean {
  NUMBER_WORD_AT.lastIndex = i;
  return NUMBER_WORD_AT.test(text);
}

/** Not ASCII, a digit or "%": what ends a plain context. */
const unplain = (c: number) => c > 0x7f || (c >= 48 && c <= 57) || c === 37;

/**
 * `chunksBack` over text as written, or -1 at a character that ends a plain context (`unplain`)
 * or a number word. One read of each character: a million quotes are scanned.
 */
function plainChunksBack(text: string, at: number): number {
  let i = at;
  let after = text.charCodeAt(at);
  for (let chunks = -1; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (unplain(c)) return -1;
    if (isAsciiSpace(c)) {
      if (!isAsciiSpace(after) && ++chunks === CHUNKS_BEFORE) break;
    } else if (isLetter(c) && !isLetter(text.charCodeAt(i - 2)) && numberWordAt(text, i - 1)) return -1;
    after = c;
  }
  return i;
}

/** `chunksOn` over text as written, likewise. */
function plainChunksOn(text: string, end: number): number {
  let j = end;
  let before = text.charCodeAt(end - 1);
  for (let chunks = -1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (unplain(c)) return -1;
    if (isAsciiSpace(c)) {
      if (!isAsciiSpace(before) && ++chunks === CHUNKS_AFTER) break;
    } else if (isLetter(c) && !isLetter(before) && numberWordAt(text, j)) return -1;
    before = c;
  }
  return j;
}

/**
 * A number word starting at `lastIndex`, of those `NUMBER_WORDS_SOURCE` lists, ended where no
 * letter follows, as readFigure's words end: "million_" is "million".
 */
const NUMBER_WORD_AT = new RegExp(`(?:${NUMBER_WORDS_SOURCE})(?![a-z])`, "iy");

/**
 * Whether a claim's quote holds its figure_text as a figure of its own: found whole (see
 * `containsWhole`) once both are in `numbersAsRead` and `normaliseQuoteText`'s form, and not as
 * part of a larger figure (`largerFigure`). An outside review found "600" passing against
 * "2\u00A0600", "200" against "200 million" and "five" against "twenty-five".
 */
export function figureInQuote(quote: string, figure: string): FigureInQuote {
  return wholeAsWritten(quote, figure) ? WHOLE : figureInQuoteAsRead(quote, figure);
}

/** `figureInQuote` the long way, both texts normalised: what `wholeAsWritten` must agree with. */
export function figureInQuoteAsRead(quote: string, figure: string): FigureInQuote {
  const asRead = numbersAsRead(quote);
  const text = normaliseQuoteText(asRead);
  const printed = normaliseQuoteSpacing(asRead);
  const part = normaliseQuoteText(numbersAsRead(figure));
  if (part === "") return WHOLE;
  // A figure_text that states none is the no-figure error's; "some" and "most" are figures only alone.
  const reading = vagueAlone(part) === undefined ? readFigure(part) : null;
  let context: string | null = null;
  for (let at = wholeAt(text, part, 0); at !== -1; at = wholeAt(text, part, at + 1)) {
    if (reading === null) return WHOLE;
    const larger = largerFigure(text, printed, at, at + part.length, reading);
    if (larger === null) return WHOLE;
    context ??= larger;
  }
  if (context !== null) return { found: "part", context };
  return { found: "absent", loosely: containsWhole(normaliseQuoteText(quote), normaliseQuoteText(figure)) };
}
