import { seenText } from "./seenText.js";

/**
 * Reading the figure a source printed ("about 200", "Seven", "hundreds", "three and a half years")
 * so the validator can check that `figure_text` states the claim's numbers. The tables are
 * published so that a reader of the data can see exactly how a word was turned into a number.
 */

/** Number words and the value each stands for; words compose ("twenty-five", "three hundred"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  // "a dozen", "dozen", "two dozen" (24).
  dozen: 12,
  // "half" on its own is the fraction 0.5; after "and" it adds to the number before it.
  half: 0.5,
};

/**
 * Words that name an unstated quantity, read as the lowest number they can honestly mean, so a
 * claim built on them is an `at_least` whose floor no reader could dispute. Sources:
 * - "tens" 10, "dozens" 12, "hundreds" 100: ACLED's coding of vague fatality reports ("ACLED
 *   codes 10 for 'tens', 12 for 'dozens', 100 for 'hundreds', and so on": ACLED, "Fatalities",
 *   Uses and limitations of ACLED data, 2023), the convention the dataset issue names.
 * - "thousands" 1,000, "millions" 1,000,000: the same rule extended ("and so on"): one of the unit.
 * - "scores" 20: one score is twenty (Oxford English Dictionary, "score", n. 9); the same
 *   one-of-the-unit rule. Not in ACLED's list.
 * - "several" 3: "more than two but not very many" (Merriam-Webster, "several", adj. 2a). ACLED
 *   codes "several" as 10 for its fatality counts, which is a point estimate rather than a floor,
 *   so it is not used here.
 * Followed by a scale word they multiply: "several hundred" is at least 300, "tens of thousands"
 * at least 10,000.
 */
export const VAGUE_FLOORS: Readonly<Record<string, number>> = {
  several: 3,
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
};

/**
 * Words that name a small unstated count only before a scale word, read as their floor times it
 * as `VAGUE_FLOORS` reads "several hundred": "a couple of hundred", "a couple hundred" and "a few
 * hundred" are at least 200, "a few thousand" at least 2,000. Both are plural, so the least they
 * can mean is two: "couple" is "two" or "an indefinite small number: few" (Merriam-Webster,
 * "couple", n. 2), "a few" "some but not many" of a plural noun (Cambridge Dictionary, "a few").
 * Not floors of their own: alone they are no figure ("a few of them", "a couple of days").
 */
export const VAGUE_BEFORE_SCALE: Readonly<Record<string, number>> = {
  couple: 2,
  few: 2,
};

/**
 * Words that stand alone for a quantity no floor table can give, each read as the least it can
 * honestly mean and the qualifier that bound takes:
 * - "some" ("some have died"): an unspecified number, at least one; at_least 1.
 * - "most" ("most of the North Koreans were civilians"): the greater part, so more than half of the
 *   group; more_than 50 percent, a share.
 * Only a figure_text that is the word alone is read so: "some 200" is about 200, and "most" in
 * running text ("the most severe torture") is no figure.
 */
export const VAGUE_ALONE: Readonly<
  Record<string, { value: number; percent: boolean; qualifier: "at_least" | "more_than" }>
> = {
  some: { value: 1, percent: false, qualifier: "at_least" },
  most: { value: 50, percent: true, qualifier: "more_than" },
};

/** The entry of `VAGUE_ALONE` a text is, alone (case and surrounding space aside), or undefined. */
export function vagueAlone(text: string): (typeof VAGUE_ALONE)[string] | undefined {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(VAGUE_ALONE, word) ? VAGUE_ALONE[word] : undefined;
}

/** The numbers a text states, in the order written, and whether any is a percentage or vague. */
export interface FigureReading {
  values: number[];
  percent: boolean;
  vague: boolean;
  /**
   * The numbers again where a hundred, dozen or scale word is hyphened to a word after it
   * (`compoundModifierAt`), read as part of that compound modifier rather than as multiplying the
   * whole number before it: "200 million-dollar homes" is [200] here (200 homes of a million
   * dollars each) and [200000000] in `values` (a budget of 200 million dollars). Present only when
   * the two differ: a reader cannot tell which the writer meant, and a check accepts either.
   */
  apart?: number[];
}

type Kind = "unit" | "teen" | "decade" | "hundred" | "scale" | "dozen" | "digit" | "vague" | "half";

/**
 * Thousands grouped otherwise than by commas: a no-break, thin or narrow no-break space or an
 * apostrophe ("2\u00A0600", "2'600"), one separator throughout, groups of exactly three digits. A
 * plain space groups only from two groups on ("1 200 000"): "on day 3 100 people came" is two
 * numbers. Propose finds figures with the same pattern, so what it proposes reads back the same.
 */
export const GROUPED_DIGITS = [
  ...["\u00A0", "\u2009", "\u202F", "'", "\u2019"].map((sep) => `\\d{1,3}(?:${sep}\\d{3})+(?!\\d)`),
  "\\d{1,3}(?: \\d{3}){2,}(?!\\d)",
].join("|");
const GROUPED = new RegExp(GROUPED_DIGITS, "g");

/** A figure with its thousands separators written as commas; the same length, so offsets hold. */
function withCommas(text: string): string {
  return text.replace(GROUPED, (digits) => digits.replace(/\D/g, ","));
}

/**
 * The text as `readFigure` reads its numbers: characters that print as nothing passed over, and
 * thousands grouped otherwise than by commas written with commas ("2\u00A0600" is "2,600",
 * "1 200 000" is "1,200,000", "3 100" stays two numbers). Two texts compared in this form agree
 * on where each number starts and ends: "600" is not found in "2\u00A0600" as it is in "2 600".
 */
export function numbersAsRead(text: string): string {
  return withCommas(seenText(text));
}

const SCALE_WORDS = new Set(["thousand", "million", "billion"]);

/**
 * Scale words as the press abbreviates them after digits ("2m", "$2bn", "200 mln", "1.5mn",
 * "10k"), read as the word they stand for: "2m" read as 2 was a figure-value error on a claim of
 * 2,000,000, and "200" was found whole in "200 mln". A one-letter one counts only written against
 * its digits: "2 m" may be metres, "2 k" anything.
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
  bln: 1_000_000_000,
};

/** Whether `word`, after digits, is a scale abbreviation: `glued` when nothing stands between them. */
export function isScaleAbbreviation(word: string, glued: boolean): boolean {
  return Object.hasOwn(SCALE_ABBREVIATIONS, word) && (glued || word.length > 1);
}
/** The words that multiply a number before them, vague words too: "several hundred", "a couple of thousand", "two million". */
export const SCALE_AFTER_VAGUE: ReadonlySet<string> = new Set(["dozen", "hundred", ...SCALE_WORDS]);

/**
 * Where the scale word is that the "couple" or "few" at `k` multiplies ("couple hundred", "few of
 * thousand"): its index, or -1 when the word at `k` is neither or no scale follows. `wordAt` gives
 * the lower-case word at an index. One reading for readFigure, propose's tokens and the evidence
 * panel's wording, so the three cannot disagree on what "a couple of" takes.
 */
export function scaleAfterVagueAt(wordAt: (at: number) => string | undefined, k: number): number {
  if (!Object.hasOwn(VAGUE_BEFORE_SCALE, wordAt(k) ?? "")) return -1;
  const at = wordAt(k + 1) === "of" ? k + 2 : k + 1;
  return SCALE_AFTER_VAGUE.has(wordAt(at) ?? "") ? at : -1;
}
/**
 * Words that, hyphened to a scale word, keep it in the number: the cues "200 million-plus" and
 * "40 thousand-odd" bound the whole figure.
 */
const HYPHENED_CUES: ReadonlySet<string> = new Set(["plus", "odd"]);
/** Words that, hyphened to a scale word, make a rate of it ("$200 million-a-year"), no modifier's head. */
const HYPHENED_RATES: ReadonlySet<string> = new Set(["a", "an", "per"]);
/**
 * A hyphen and the words it joins on ("-dollar", "-year-old"): the first is the one read. Only a
 * hyphen joins a compound modifier (hyphen-minus, U+2010, U+2011): a dash or a minus parts what it
 * stands between ("200 million\u2014more than ever").
 */
const HYPHENED_WORD = /[-\u2010\u2011]([a-z]+)(?:[-\u2010\u2011][a-z]+)*(?![a-z])/iy;

/**
 * Where the compound modifier ends that the hundred, dozen or scale word ending at `at` in `text`
 * heads, after the whole number `before` (-1 when it heads none): such a word may belong to the
 * word it is hyphened to rather than multiply that number. "200 million-dollar homes" may be 200
 * homes worth a million dollars each or homes worth 200 million ("a 200 million-dollar budget");
 * "300 million-year-old fossils" and "50 thousand-strong crowds" likewise. None after a number
 * word or a cue after the hyphen ("two million-three", "200 million-plus"), nor after a number
 * that counts nothing whole ("1.5 million-strong" is one and a half million), nor an abbreviation
 * ("$2bn-a-year"), nor a rate ("$200 million-a-year", "-per-year"), nor after a dash that is no
 * hyphen: those read one way. One test for `readFigure` and `propose`, so neither reads a figure
 * the other cannot.
 */
export function compoundModifierAt(text: string, at: number, before: number): number {
  if (!Number.isInteger(before)) return -1;
  HYPHENED_WORD.lastIndex = at;
  const match = HYPHENED_WORD.exec(text);
  const word = match?.[1]?.toLowerCase();
  if (
    word === undefined ||
    Object.hasOwn(NUMBER_WORDS, word) ||
    Object.hasOwn(VAGUE_FLOORS, word) ||
    HYPHENED_CUES.has(word) ||
    HYPHENED_RATES.has(word)
  )
    return -1;
  return HYPHENED_WORD.lastIndex;
}

/** Units of time a half may follow: "three years and a half". */
const TIME_UNITS: ReadonlySet<string> = new Set(
  ["hour", "day", "week", "month", "year", "decade"].flatMap((unit) => [unit, `${unit}s`]),
);

/** Where "and a half" or "and half" starting at word `k` ends (the index of "half"), or -1. */
function andAHalfAt(wordAt: (at: number) => string | undefined, k: number): number {
  if (wordAt(k) !== "and") return -1;
  const at = wordAt(k + 1) === "a" ? k + 2 : k + 1;
  return wordAt(at) === "half" ? at : -1;
}

/**
 * Where "a year and a half" ("an hour and a half", "a day and half"), starting with its article
 * at word `k`, ends (the index of "half"), or -1: the article is the one unit, read as 1.5. One
 * reading for `readFigure` and propose, which proposed "three years and a half" and not this.
 */
export function unitAndAHalfAt(wordAt: (at: number) => string | undefined, k: number): number {
  const article = wordAt(k);
  if ((article !== "a" && article !== "an") || !TIME_UNITS.has(wordAt(k + 1) ?? "")) return -1;
  return andAHalfAt(wordAt, k + 2);
}

/** A number as `readFigure` takes one, once its thousands are written with commas (`withCommas`). */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const TOKEN = new RegExp(`(${NUMBER})|([a-z]+)|(%)|(-)|(\\S)`, "g");
/** Words that join the two ends of a range ("2 to 3", "2 or 3"), as a hyphen does. */
const RANGE_JOINS: ReadonlySet<string> = new Set(["and", "to", "or"]);

/** Where a number read sits among the tokens, and the scale words that end it. */
interface NumberRead {
  start: number;
  end: number;
  /** The product of the hundred, dozen and scale words after its last digit or unit word. */
  scale: number;
  vague: boolean;
}

/**
 * A scale word after the second end of a range scales the first end too, as English reads it:
 * "between 2 and 3 million" is 2,000,000 to 3,000,000, "two to three hundred" 200 to 300. Only a
 * first end with no scale of its own, below the second one's number before its scale ("between
 * 500 and 1 million" stays 500 to 1,000,000), and joined to it by range words or a hyphen alone.
 */
function scaleRanges(
  values: number[],
  reads: readonly NumberRead[],
  isJoin: (token: number) => boolean,
): void {
  for (let k = 1; k < values.length; k++) {
    const [first, second] = [reads[k - 1]!, reads[k]!];
    if (first.scale !== 1 || second.scale === 1 || first.vague || second.vague) continue;
    if (second.start - first.end < 2 || values[k - 1]! >= values[k]! / second.scale) continue;
    let joined = true;
    for (let t = first.end + 1; t < second.start; t++) joined &&= isJoin(t);
    if (joined) values[k - 1] = asWritten(values[k - 1]! * second.scale);
  }
}
const NUMBERS = new RegExp(NUMBER, "g");

/**
 * A decimal scaled by words as its digits say it: "4.1 million" is 4,100,000, where the double
 * 4.1 × 1,000,000 is 4,099,999.9999999995 and "2.01 thousand" 2,009.9999999999998, which then
 * matched no claim (an outside review). A figure written with 15 significant digits or fewer is
 * the nearest double to its 15-digit rounding; a whole result is exact already.
 */
function asWritten(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}

/**
 * The text with each number `readFigure` would read in it written in a standard form (see
 * `numberShape`), so that the qualifier rule reads one text per shape ("about 1,234" stands for
 * "about 5,678"). Its cue is the text's own for every figure_text the property test in
 * figureShape.test.ts draws (numbers in any grouping, bounding words, signs, ranges); values can
 * differ ("0.5 hundred" is not "11.11 hundred"), which the cue does not read. Numbers are found
 * exactly as `readFigure` finds them: a shape made by a pattern of its own read "2'600" as two
 * figures.
 */
export function figureShape(text: string): string {
  // As printed, as readFigure reads it: "1,\u2060000" is one number, not two, and "3 1/2" one
  // number (3.5), which shaped digit by digit became "1 1/1", three numbers (an outside review).
  return withCommas(figureAsRead(text)).replace(NUMBERS, numberShape);
}

/**
 * A number in a standard form that reads as it does beside anything: each run of digits as "1"
 * or, when longer, "11", and thousands grouped by commas as ",000". Two numbers written together
 * ("129.9.54", read as 129.9 and .54) stay two ("11.1.11", not "11"), and a cue that takes a
 * number's last digit ("62749 +") leaves a digit wherever the number had one more, which decides
 * whether a word before it ends ("than62749", "c.54").
 */
const numberShape = (n: string) => {
  const [whole = "", fraction] = n.split(".");
  const run = (digits: string) => (digits.length > 1 ? "11" : digits === "" ? "" : "1");
  const comma = whole.indexOf(",");
  const head = comma === -1 ? run(whole) : `${run(whole.slice(0, comma))},000`;
  return fraction === undefined ? head : `${head}.${run(fraction)}`;
};
const DASHES = /[\u2010-\u2015\u2212]/g;

function kindOf(word: string): Kind | null {
  if (word in VAGUE_FLOORS) return "vague";
  const value = NUMBER_WORDS[word];
  if (value === undefined) return null;
  if (word === "hundred") return "hundred";
  if (SCALE_WORDS.has(word)) return "scale";
  if (word === "dozen") return "dozen";
  if (word === "half") return "half";
  if (value < 10) return "unit";
  if (value < 20) return "teen";
  return "decade";
}

/** Whether a word of `next` kind continues a number whose last word was of `last` kind. */
function continues(last: Kind | null, next: Kind, current: number): boolean {
  switch (next) {
    case "unit":
      return last === null || last === "decade" || last === "hundred" || last === "scale";
    case "teen":
    case "decade":
      return last === null || last === "hundred" || last === "scale";
    case "hundred":
      return last === null || ((last === "unit" || last === "teen" || last === "decade") && current < 100);
    case "scale":
    case "dozen":
      // "one and a half million", "half a dozen": a half is scaled too.
      return last !== "scale" && last !== "dozen";
    default:
      return last === null;
  }
}

// Full-width digits, percent sign, comma and full stop, as Chinese and Japanese texts print them
// ("５４６", "３０％", "１，２００"), and Arabic-Indic and Persian digits with the Arabic percent sign,
// thousands and decimal separators ("٣٠٠", "۳۰۰", "١٬٢٠٠", "١٢٫٥", "٣٠٪"): read as the ASCII ones
// they stand for, one character for one, as NFKC folds the full-width ones.
const WIDE = /[\uFF05\uFF0C\uFF0E\uFF10-\uFF19\u0660-\u066C\u06F0-\u06F9]/;
const WIDE_ALL = /[\uFF05\uFF0C\uFF0E\uFF10-\uFF19\u0660-\u066C\u06F0-\u06F9]/g;
const ARABIC_MARKS: Readonly<Record<string, string>> = { "\u066A": "%", "\u066B": ".", "\u066C": "," };
const narrow = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0xff00) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x066a && code <= 0x066c) return ARABIC_MARKS[c]!;
  return String.fromCharCode(48 + (code - (code >= 0x06f0 ? 0x06f0 : 0x0660)));
};
export const narrowDigits = (text: string): string =>
  WIDE.test(text) ? text.replace(WIDE_ALL, narrow) : text;

// Fractions printed as one character ("3½ years", "¾") or as a whole number and a fraction
// ("3 1/2", "3 1⁄2"): read as the decimal they write, which was read as 3 and then 1 and 2 (an
// outside review: "about 3½ years" of a claim of 3.5 was a figure-value error that blocked a
// release). Only fractions that end as a decimal does: a third would not equal what is recorded.
const VULGAR: Readonly<Record<string, string>> = {
  "½": "5",
  "¼": "25",
  "¾": "75",
  "⅛": "125",
  "⅜": "375",
  "⅝": "625",
  "⅞": "875",
  "⅕": "2",
  "⅖": "4",
  "⅗": "6",
  "⅘": "8",
  "⅒": "1",
};
// Written against its whole number ("3½"), or of none: "In 2023 ½ of them" is no 2023.5, nor is a
// year before a mixed fraction ("In 2023 1/4 of them"), so a whole number has at most three digits.
// A space may stand between them ("3 ½ years", as some type it), as in a mixed fraction.
// Nor is the last group of a number grouped by spaces ("1 000 000 ½" is a million and a half).
const VULGAR_AT = /(?:(?<![\d,.]|[\d,.][ \u00a0])\b(\d{1,3})[ \u00a0]+)?(\d*)([½¼¾⅛⅜⅝⅞⅕⅖⅗⅘⅒])/g;
const MIXED_AT =
  /(?<![\d,.]|[\d,.][ \u00a0])\b(\d{1,3})[ \u00a0]+([1-9])[/\u2044](2|4|5|8|10)(?![\d/\u2044])/g;
const FRACTION = /[½¼¾⅛⅜⅝⅞⅕⅖⅗⅘⅒/\u2044]/;
/**
 * A figure as `readFigure` reads it, before its words: characters that print as nothing passed
 * over, full-width digits narrowed and fractions that end as a decimal written as it ("3 1/2" is
 * "3.5"). Whatever else reads a figure's words (its qualifier's cue, its shape) reads this text,
 * so the two cannot count its numbers differently.
 */
export function figureAsRead(printed: string): string {
  return halvesApart(decimalFractions(narrowDigits(seenText(printed))));
}

/** "-and-a-half" or "-and-half" hyphened to the word or digits before it. */
const HYPHENED_HALF = /(?<=[a-z\d])[-\u2010\u2011]and[-\u2010\u2011](?:a[-\u2010\u2011])?half(?![a-z])/gi;
const HYPHEN = /[-\u2010\u2011]/g;
/** "half-a-dozen", "half-a-million": hyphened, read as the words apart are (6, 500,000). */
const HYPHENED_HALF_OF = /\bhalf[-\u2010\u2011]an?[-\u2010\u2011](?=(?:dozen|thousand|million|billion)\b)/gi;

/**
 * The text with the hyphens of a half hyphened to what it adds to written as spaces, one character
 * for one, so that it reads as the words apart do: "a year-and-a-half" read 0.5 where "a year and a
 * half" read 1.5, and "three-and-a-half years" read 3 and 0.5, a range. Only hyphens: a dash parts
 * what it stands between. Propose finds figures in a sentence so written, so what it proposes reads
 * back the same.
 */
export function halvesApart(text: string): string {
  if (!/half/i.test(text)) return text;
  const apart = (joined: string) => joined.replace(HYPHEN, " ");
  return text.replace(HYPHENED_HALF, apart).replace(HYPHENED_HALF_OF, apart);
}

function decimalFractions(text: string): string {
  if (!FRACTION.test(text)) return text;
  return text
    .replace(VULGAR_AT, (all, spaced: string | undefined, whole: string, f: string) => {
      // "3 2½" is two numbers: only a fraction standing alone after the space joins the whole.
      if (spaced !== undefined && whole === "") return `${spaced}.${VULGAR[f]}`;
      const before = spaced === undefined ? "" : all.slice(0, all.length - whole.length - f.length);
      return `${before}${whole || "0"}.${VULGAR[f]}`;
    })
    .replace(MIXED_AT, (all, whole: string, a: string, b: string) => {
      const n = Number(a);
      const d = Number(b);
      if (n >= d) return all;
      return String(Number(whole) + n / d);
    });
}

/**
 * Reads the figures in a short text such as a claim's `figure_text`: digits ("546", "1,000",
 * "3.5"), number words ("Seven", "twenty-five", "three hundred and fifty", "three and a half"),
 * percentages ("80%", "30 percent", "30 per cent") and vague words by `VAGUE_FLOORS`. Ranges give
 * both ends ("between 200 and 300", "10-15", "10 to 30" → [10, 15]…), a scale word after the second
 * scaling both ("2 to 3 million" → [2000000, 3000000], see `scaleRanges`). Null when no figure is
 * stated. Characters that print as nothing are passed over ("2\u200b00" reads 200), and full-width
 * digits read as digits ("５４６" reads 546), and a fraction that ends as a decimal as that decimal
 * ("3½" and "3 1/2" read 3.5).
 */
export function readFigure(printed: string): FigureReading | null {
  return readFigureAsRead(figureAsRead(printed));
}

/** `readFigure` of a text already in `figureAsRead`'s form: for a reader of its words too, which reads it once. */
export function readFigureAsRead(text: string): FigureReading | null {
  const alone = vagueAlone(text);
  if (alone !== undefined) return { values: [alone.value], percent: alone.percent, vague: true };
  // Dashes as printed, for `compoundModifierAt`: only a hyphen joins a modifier. Replaced one
  // character for one, so places in either text are places in the other.
  const cased = withCommas(text).toLowerCase();
  const lowered = cased.replace(DASHES, "-");
  const tokens = Array.from(lowered.matchAll(TOKEN));
  const reading = readTokens(cased, tokens, false);
  if (reading === null || !SCALE_HYPHENED.test(lowered)) return reading;
  const apart = readTokens(cased, tokens, true)!.values;
  const same = apart.length === reading.values.length && apart.every((v, k) => v === reading.values[k]);
  return same ? reading : { ...reading, apart };
}

/** A hundred, dozen or scale word hyphened to a letter: the only texts read a second way. */
const SCALE_HYPHENED = new RegExp(`(?:${[...SCALE_AFTER_VAGUE].join("|")})-[a-z]`);
const MULTIPLIERS: ReadonlySet<Kind> = new Set(["hundred", "scale", "dozen"]);

/**
 * `readFigure` over the text's tokens (of `printed`, lower-cased, its dashes as printed); `apart`:
 * a hundred, dozen or scale word that is the head of a compound modifier (`compoundModifierAt`)
 * ends the number before it and is no part of any.
 */
function readTokens(printed: string, tokens: RegExpExecArray[], apart: boolean): FigureReading | null {
  const values: number[] = [];
  const reads: NumberRead[] = [];
  let percent = false;
  let vague = false;
  // The number being read: `total` holds completed thousands/millions, `current` the part below.
  let total = 0;
  let current = 0;
  let last: Kind | null = null;
  let read: NumberRead = { start: 0, end: 0, scale: 1, vague: false };

  const flush = () => {
    if (last !== null) {
      values.push(asWritten(total + current));
      reads.push(read);
    }
    total = 0;
    current = 0;
    last = null;
  };
  /** Token `i` is part of the number being read, which it starts when none is. */
  const take = (i: number) => {
    if (last === null) read = { start: i, end: i, scale: 1, vague: false };
    read.end = i;
  };
  const wordAt = (i: number) => tokens[i]?.[2];
  /** Token `i` is a hyphen between two others it touches, and the one after it a hundred, dozen or scale word. */
  const hyphenedScaleAt = (i: number) => {
    const [before, dash, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
    const word = after?.[2];
    const kind = word === undefined ? null : kindOf(word);
    if (before === undefined || after === undefined || kind === null || !MULTIPLIERS.has(kind)) return false;
    return before.index + before[0].length === dash.index && after.index === dash.index + 1;
  };

  /**
   * The product of the hundred, dozen and scale words that end the number words after token `i`
   * (as `read.scale` is of the number being read): 1,000,000 after "-three million", 1 after
   * "-three" or "-dollar".
   */
  const scaleAfter = (i: number) => {
    let scale = 1;
    for (let t = i + 1; t < tokens.length; t++) {
      const [, , word, , hyphen] = tokens[t]!;
      if (hyphen !== undefined) continue;
      const kind = word === undefined ? null : kindOf(word);
      if (kind === null || kind === "vague" || kind === "half") break;
      scale = MULTIPLIERS.has(kind) ? scale * NUMBER_WORDS[word!]! : 1;
    }
    return scale;
  };

  /**
   * The number that starts at token `start` follows an article that is not its own one: "a 200
   * million-dollar budget" counts one budget, since "a 200 homes" is not English ("a hundred
   * million-dollar homes" and "a few million-dollar homes" read both ways).
   */
  const countsOneThing = (start: number) => {
    const [article, first] = [wordAt(start - 1), tokens[start]![2]];
    if (article !== "a" && article !== "an") return false;
    const kind = first === undefined ? "digit" : kindOf(first);
    return kind !== null && !MULTIPLIERS.has(kind) && !Object.hasOwn(VAGUE_BEFORE_SCALE, first ?? "");
  };
  /**
   * The number being read, `number` before its scale word, is the second end of a range whose
   * first end that scale word does not scale too (`scaleRanges`): "between 2 million and 3
   * million-dollar homes" and "between 500 and 1 million-dollar homes" do not split at their last
   * end, which left [2000000, 3] and [500, 1].
   */
  const scalesRangeAlone = (number: number) => {
    const first = reads.at(-1);
    if (first === undefined || read.start - first.end < 2) return false;
    for (let t = first.end + 1; t < read.start; t++) {
      const [, , joinWord, , joinHyphen] = tokens[t]!;
      if (joinHyphen === undefined && (joinWord === undefined || !RANGE_JOINS.has(joinWord))) return false;
    }
    return first.scale !== 1 || first.vague || values.at(-1)! >= number;
  };

  for (let i = 0; i < tokens.length; i++) {
    const [, digits, word, percentSign, hyphen] = tokens[i]!;
    if (digits !== undefined) {
      flush();
      take(i);
      current = Number(digits.replaceAll(",", ""));
      last = "digit";
      continue;
    }
    if (percentSign !== undefined) {
      percent = true;
      flush();
      continue;
    }
    if (hyphen !== undefined) {
      // "twenty-five" is one number; "10-15" is a range; "200-million" is 200 million, since a
      // range's dash has a number after it (read as a range, "a 200-million-dollar budget" was
      // 200 to 1,000,000).
      if (last === "digit" && !hyphenedScaleAt(i)) flush();
      // "two million-three million" is a range, as "two million to three million" is: read as one
      // number it was 5,000,000. "two million-three (hundred)" goes on below the million, as before.
      else if (last !== null && MULTIPLIERS.has(last) && scaleAfter(i) >= read.scale) flush();
      continue;
    }
    if (word === undefined) {
      flush();
      continue;
    }
    if (word === "percent" || (word === "per" && wordAt(i + 1) === "cent")) {
      percent = true;
      flush();
      if (word === "per") i++;
      continue;
    }
    if (TIME_UNITS.has(word) && last !== null && last !== "half") {
      // "three years and a half", "a year and a half": the half is of the unit, and adds to the
      // number before it (read without this, 3 and 0.5, or 0.5: an outside review).
      const half = andAHalfAt(wordAt, i + 1);
      if (half !== -1) {
        current += 0.5;
        i = half;
        take(i);
        last = "half";
      } else flush();
      continue;
    }
    if (unitAndAHalfAt(wordAt, i) !== -1) {
      // "a year and a half": the article is the one year.
      flush();
      take(i);
      current = 1;
      last = "unit";
      continue;
    }
    if (word === "a" || word === "an") {
      // "a dozen", "a hundred", "a half": the article is the number one, and starts a number of its
      // own: "In 2019 a dozen" is 2019 and 12, not 24,228 (an outside review). "half a million" and
      // "half a dozen" go on: the half is what the scale word takes.
      const next = wordAt(i + 1);
      const nextKind = next === undefined ? null : kindOf(next);
      if (nextKind === "hundred" || nextKind === "scale" || nextKind === "dozen" || nextKind === "half") {
        if (!(last === "half" && nextKind !== "half")) flush();
        continue;
      }
      flush();
      continue;
    }
    if (word === "and" && last !== null) {
      const next = wordAt(i + 1);
      const afterA = next === "a" ? wordAt(i + 2) : next;
      if (afterA === "half" && last !== "half") {
        // "a million and a half" is half a million more, "a dozen and a half" six more.
        const scaled = last === "scale" || last === "dozen" || last === "hundred";
        current += 0.5 * (scaled ? (NUMBER_WORDS[wordAt(i - 1) ?? ""] ?? 1) : 1);
        last = "half";
        i += next === "a" ? 2 : 1;
        take(i);
        continue;
      }
      // "three hundred and fifty" continues; "between 200 and 300" starts a second number, and so
      // does "two million and three million", whose words after "and" end in a scale no smaller
      // than the one before it, as at a hyphen (read as one number it was 5,000,000; "two hundred
      // and three hundred" was 203 and 100: a review).
      const nextKind = next === undefined ? null : kindOf(next);
      if (
        (last === "hundred" || last === "scale") &&
        (nextKind === "unit" || nextKind === "teen" || nextKind === "decade") &&
        scaleAfter(i) < read.scale
      )
        continue;
      flush();
      continue;
    }
    if (word === "of" && last === "vague") {
      // "hundreds of thousands", "tens of millions".
      const next = wordAt(i + 1);
      const scale = next?.endsWith("s") ? NUMBER_WORDS[next.slice(0, -1)] : undefined;
      if (next !== undefined && scale !== undefined && SCALE_WORDS.has(next.slice(0, -1))) {
        current *= scale;
        last = "scale";
        i++;
        take(i);
        read.scale *= scale;
        continue;
      }
      flush();
      continue;
    }
    if (Object.hasOwn(VAGUE_BEFORE_SCALE, word)) {
      // Read only with the scale it multiplies: "a few of them" states no figure.
      flush();
      const scale = scaleAfterVagueAt(wordAt, i);
      if (scale !== -1) {
        vague = true;
        take(i);
        read.vague = true;
        current = VAGUE_BEFORE_SCALE[word]!;
        last = "vague";
        // The scale word is read next, as after "several".
        i = scale - 1;
      }
      continue;
    }
    if (last === "digit") {
      const before = tokens[i - 1]!;
      if (isScaleAbbreviation(word, tokens[i]!.index === before.index + before[0].length)) {
        // As the scale word it stands for: "2m" as "2 million".
        total += current * SCALE_ABBREVIATIONS[word]!;
        current = 0;
        read.scale *= SCALE_ABBREVIATIONS[word]!;
        take(i);
        last = "scale";
        continue;
      }
    }
    const kind = kindOf(word);
    if (kind === null) {
      flush();
      continue;
    }
    if (
      apart &&
      MULTIPLIERS.has(kind) &&
      // Hyphened to the number as well ("200-million-dollar"), the whole is one modifier.
      tokens[i - 1]?.[4] === undefined &&
      (last === "digit" || last === "vague" || (last !== null && continues(last, kind, current))) &&
      compoundModifierAt(printed, tokens[i]!.index + word.length, total + current) !== -1 &&
      !countsOneThing(read.start) &&
      !scalesRangeAlone(total + current)
    ) {
      // "200 million-dollar homes": the million is the homes' price, not a part of the 200.
      flush();
      continue;
    }
    if (last === "digit" && kind !== "hundred" && kind !== "scale" && kind !== "dozen") flush();
    else if (last !== "digit" && last !== "vague" && !continues(last, kind, current)) flush();
    else if (last === "vague" && kind !== "hundred" && kind !== "scale" && kind !== "dozen") flush();
    take(i);
    if (kind === "vague") {
      vague = true;
      read.vague = true;
      current = VAGUE_FLOORS[word]!;
    } else if (kind === "half") {
      current += 0.5;
    } else if (kind === "hundred" || kind === "dozen") {
      current = (current || 1) * NUMBER_WORDS[word]!;
      read.scale *= NUMBER_WORDS[word]!;
    } else if (kind === "scale") {
      total += (current || 1) * NUMBER_WORDS[word]!;
      current = 0;
      read.scale *= NUMBER_WORDS[word]!;
    } else {
      current += NUMBER_WORDS[word]!;
      read.scale = 1;
    }
    last = kind;
  }
  flush();
  scaleRanges(values, reads, (t) => {
    const [, , word, , hyphen] = tokens[t]!;
    return hyphen !== undefined || (word !== undefined && RANGE_JOINS.has(word));
  });
  return values.length === 0 ? null : { values, percent, vague };
}
