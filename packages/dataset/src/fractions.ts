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

/**
 * The share of a whole that a figure states in words, as a fraction (0.5 for "half"), with the
 * words that bound or soften it set aside ("more than half", "nearly two-thirds"); undefined for
 * any other text. `readFigure` reads "half" as the number 0.5 and "one in five" as 1 and 5, which
 * is right for "half a day" but left a share metric no way to record "Half of them were women":
 * 50 read as 0.5, and 0.5 was "not a percentage" (an outside review).
 */
export function fractionOf(printed: string): number | undefined {
  let text = seenText(printed)
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-");
  for (const [, pattern] of QUALIFIER_CUES) text = text.replace(pattern, " ");
  text = text.replace(/\s+/g, " ").trim();
  if (HALF.test(text)) return 0.5;
  const parts = PARTS_OF.exec(text);
  if (parts) {
    const n = count(parts[1]!);
    const d = PARTS[parts[2]!];
    return n !== undefined && d !== undefined && n > 0 && n < d ? n / d : undefined;
  }
  const every = IN_EVERY.exec(text);
  if (every) {
    const n = count(every[1]!);
    const d = count(every[2]!);
    return n !== undefined && d !== undefined && n > 0 && n <= d ? n / d : undefined;
  }
  return undefined;
}
