import { NUMBER_WORDS } from "./figures.js";
import { QUALIFIER_CUES } from "./qualifierCues.js";
import { seenText } from "./seenText.js";

/** The denominators a share is written with in words, singular and plural. */
const PARTS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

/** A whole number in digits or as one of `NUMBER_WORDS` ("a" is one), or undefined. */
function count(word: string): number | undefined {
  if (word === "a" || word === "an") return 1;
  if (/^\d{1,6}$/.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
}

const HALF = /^(?:(?:a|one) )?half$/;
/** "a third", "two thirds", "two-thirds", "three quarters". */
const PARTS_OF = /^([a-z]+|\d+)[ -]([a-z]+)$/;
/** "one in five", "1 in 5", "nine out of ten". */
const IN_EVERY = /^([a-z]+|\d+) (?:in|out of) ([a-z]+|\d+)$/;
/** "1/2", "2 / 3", "3⁄4": a share written with a slash, one or two digits either side. */
const SLASHED = /^(\d{1,2}) ?[/\u2044] ?(\d{1,2})$/;
/** Fractions printed as one character, as numerator and denominator. */
const CHARACTERS: Readonly<Record<string, readonly [number, number]>> = {
  "½": [1, 2],
  "⅓": [1, 3],
  "⅔": [2, 3],
  "¼": [1, 4],
  "¾": [3, 4],
  "⅕": [1, 5],
  "⅖": [2, 5],
  "⅗": [3, 5],
  "⅘": [4, 5],
  "⅙": [1, 6],
  "⅚": [5, 6],
  "⅐": [1, 7],
  "⅛": [1, 8],
  "⅜": [3, 8],
  "⅝": [5, 8],
  "⅞": [7, 8],
  "⅑": [1, 9],
  "⅒": [1, 10],
};

/** n/d when it is a proper fraction (0 < n < d), else undefined: "5/3" is no share. */
const proper = (n: number | undefined, d: number | undefined) =>
  n !== undefined && d !== undefined && n > 0 && n < d ? n / d : undefined;

/**
 * The share of a whole that a figure states in words, as a fraction (0.5 for "half"), with the
 * words that bound or soften it set aside ("more than half", "nearly two-thirds"); undefined for
 * any other text. `readFigure` reads "half" as the number 0.5 and "one in five" as 1 and 5, which
 * is right for "half a day" but left a share metric no way to record "Half of them were women":
 * 50 read as 0.5, and 0.5 was "not a percentage" (an outside review). A share printed in digits
 * ("1/2", "⅔") is read too: `readFigure` reads "1/2" as 1 and 2 and "⅔" as nothing, so a claim of
 * 50% whose figure_text was "1/2" failed as a figure of 1 and 2.
 */
export function fractionOf(printed: string): number | undefined {
  let text = seenText(printed)
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-");
  for (const [, pattern] of QUALIFIER_CUES) text = text.replace(pattern, " ");
  text = text.replace(/\s+/g, " ").trim();
  if (HALF.test(text)) return 0.5;
  if (Object.hasOwn(CHARACTERS, text)) return proper(...CHARACTERS[text]!);
  const slashed = SLASHED.exec(text);
  if (slashed) return proper(Number(slashed[1]), Number(slashed[2]));
  const parts = PARTS_OF.exec(text);
  if (parts) return proper(count(parts[1]!), PARTS[parts[2]!]);
  const every = IN_EVERY.exec(text);
  if (every) {
    const n = count(every[1]!);
    const d = count(every[2]!);
    return n !== undefined && d !== undefined && n > 0 && n <= d ? n / d : undefined;
  }
  return undefined;
}
