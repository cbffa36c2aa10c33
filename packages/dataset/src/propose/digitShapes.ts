/** A stretch of a sentence whose digits, by the shape they are printed in, are no figure, and why. */
export interface ShapedSpan {
  start: number;
  end: number;
  why: string;
}

// A date in digits alone, its parts split by one separator throughout: "2023-10-09", "2023/10/09",
// "10/9/2023", "9.10.2023", "9/10/23". Read as numbers they were a range ("2023-10") and counts ("9").
const NUMERIC_DATE =
  /(?<![\w.,/\u2010-\u2015-])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(?:\d{4}|\d{2}))(?![\w]|[-/.\u2010-\u2015]\d)/g;

/** The dates a sentence prints in digits alone. A month above 12 or a day above 31 is no date ("45/50/60"). */
function numericDates(sentence: string): ShapedSpan[] {
  const spans: ShapedSpan[] = [];
  for (const m of sentence.matchAll(NUMERIC_DATE)) {
    const [text, , , month, isoDay, first, , second] = m;
    const ok =
      month !== undefined
        ? Number(month) >= 1 && Number(month) <= 12 && Number(isoDay) >= 1 && Number(isoDay) <= 31
        : // Day and month in either order: one of them is at most 12.
          [first, second].every((p) => Number(p) >= 1 && Number(p) <= 31) &&
          Math.min(Number(first), Number(second)) <= 12;
    if (ok) spans.push({ start: m.index, end: m.index + text.length, why: "a calendar date" });
  }
  return spans;
}

// Two numbers split by one slash (or the fraction slash): a fraction or a ratio ("3/4", "24/7",
// "50/50"), a share at most, never a count. Three or more are a list ("45/50/60"), read as numbers.
const FRACTION = /(?<![\w/\u2044]|\d[.,])\d+[/\u2044]\d+(?![\w/\u2044]|[.,]\d)/g;

const HYPHEN = "[-\\u2010\\u2011]";
// Phone numbers, by shapes no count or range is printed in: a country code and two or more groups
// after it ("+82 2 1234 5678"; "+20 200 people" is one group), an area code of two digits or more
// in brackets and a local number of 3-4 and 4 digits ("(02) 555-0100"; not "(1) 200-300 people"
// or "(2023) 150-200"), groups of 3-4 digits joined by hyphens after a first group ("02-123-4567",
// "1-800-555-0100"; a date in that shape is read first), or a group of three digits or more led by
// a zero ("555-0100", "0212-345"; not "100-050").
const PHONE = new RegExp(
  `(?<![\\w.,/+\\u2010-\\u2015-])(?:${[
    "\\+\\d{1,3}(?:[ .-]\\(?\\d{1,4}\\)?){2,}",
    "\\(\\d{2,5}\\) ?\\d{3,4}[ .-]\\d{4}",
    `\\d{1,4}(?:${HYPHEN}\\d{3,4}){2,}`,
    `0\\d{2,}${HYPHEN}\\d{3,}`,
    `\\d{3,}${HYPHEN}0\\d{3,}`,
  ].join("|")})(?![\\w]|[-./\\u2010-\\u2015]\\d)`,
  "g",
);

// Digits run together with commas: "1,200,000" is a number, but "1,00" and "1,0000" are not
// thousands and were proposed in pieces ("1" and "00", "1,000" and "0": an outside review). A comma
// and one space ("1, 2 and 3") is a list and not matched here.
const COMMA_DIGITS = /(?<![\w.,])\d+(?:,\d+)+(?![\w]|[.,]\d)/g;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** Digits grouped by commas in any way but thousands. */
function badGroups(sentence: string): ShapedSpan[] {
  return Array.from(sentence.matchAll(COMMA_DIGITS))
    .filter((m) => !THOUSANDS.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, why: "digits not grouped in thousands" }));
}

// Digits glued to a letter of another script than the Latin ("39명", "600名", "10월"): the
// provenance rule finds a number only where no letter of any script carries it on, so such a row
// failed ("quote does not contain figure_text") though propose read the digits as a count. A range
// with a glued end ("200~300명") goes whole: its first end alone is half the figure. Latin letters
// glued on are the tokenizer's ("15th", "$2bn"), a Latin letter before is a name (`notAFigure`).
const NUMBER = String.raw`\p{Nd}+(?:[.,]\p{Nd}+)*`;
const RANGE_JOIN = String.raw`\s*[~\u301C\uFF5E\u2010-\u2015-]\s*`;
const OTHER_LETTER = String.raw`[^\P{L}A-Za-z]`;
const GLUED = new RegExp(
  `(?<=${OTHER_LETTER})${NUMBER}(?:${RANGE_JOIN}${NUMBER})?|(?<![\\p{N}.,])(?:${NUMBER}${RANGE_JOIN})?${NUMBER}(?=${OTHER_LETTER})`,
  "gu",
);

// A web address, with a scheme or from "www.": its digits are a path's or a query's, never a figure.
const WEB_ADDRESS = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.)[^\s<>"\u201C\u201D]+/gi;

// Digits that carry a combining mark: a keycap ("2\ufe0f\u20e30\ufe0f\u20e3", the emoji 2️⃣0️⃣, its
// variation selector read past as a character that prints as nothing), a stroke through them
// ("5\u03360\u0336", struck out: a figure withdrawn) or a line under them. Read apart at each mark
// they were a number they do not print ("About 2️⃣0️⃣0️⃣" proposed as about 2, 0 and 0); read as
// the digits alone, a struck figure would stand as stated and the validator, which reads no keycap,
// would refuse the row. The whole number goes, from its first digit to its last.
const MARKED_DIGITS = /\p{Nd}\p{M}*(?:[.,]?\p{Nd}\p{M}*)*/gu;
const MARK = /\p{M}/u;

/** Numbers a digit of which carries a combining mark. */
function markedDigits(sentence: string): ShapedSpan[] {
  if (!MARK.test(sentence)) return [];
  return Array.from(sentence.matchAll(MARKED_DIGITS))
    .filter((m) => MARK.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, why: "digits carrying a combining mark" }));
}

function spansOf(sentence: string, pattern: RegExp, why: string): ShapedSpan[] {
  return Array.from(sentence.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length, why }));
}

/**
 * Where a sentence prints digits in a shape that is no figure (digits carrying a combining mark,
 * a date, a fraction, a phone number, digits grouped by commas but not in thousands, digits glued
 * to a letter, a web address), in order and not overlapping. Where two shapes overlap, the one that
 * starts first stands, and of two that start together the one listed first: "2023-10-09" is a
 * date, though three groups joined by hyphens could be a phone number too.
 */
export function shapedSpans(sentence: string): ShapedSpan[] {
  const found = [
    ...markedDigits(sentence),
    ...numericDates(sentence),
    ...spansOf(sentence, FRACTION, "a fraction or ratio"),
    ...spansOf(sentence, PHONE, "a phone number"),
    ...badGroups(sentence),
    ...spansOf(sentence, GLUED, "a number glued to a letter"),
    ...spansOf(sentence, WEB_ADDRESS, "a web address"),
  ].sort((a, b) => a.start - b.start);
  const spans: ShapedSpan[] = [];
  for (const span of found) if (span.start >= (spans.at(-1)?.end ?? 0)) spans.push(span);
  return spans;
}
