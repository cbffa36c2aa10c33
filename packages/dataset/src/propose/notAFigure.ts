import { isPlainDigits, type Token } from "./tokens.js";

const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A month's name; "may" and "march" only with a capital, as the verbs are lower case. */
function isMonth(t: Token | undefined): boolean {
  return t?.kind === "word" && MONTHS.test(t.lower) && /^[A-Z]/.test(t.text);
}

// Longer than any phrase read before a number ("no fewer than", "for the last two decades").
const LOOK_BACK = 80;

/**
 * The end of a sentence before `at`, for patterns anchored at its end: a regex ending in `$` is
 * tried from every position, so reading the whole sentence before each number made a long
 * sentence quadratic (an outside review's 200 KB sentence).
 */
export function textBefore(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - LOOK_BACK), at);
}

/** The word before index `i`, stepping over the dot of "Oct." */
function wordBefore(tokens: Token[], i: number): Token | undefined {
  let k = i - 1;
  if (tokens[k]?.text === ".") k--;
  return tokens[k]?.kind === "word" ? tokens[k] : undefined;
}

// What a count is of: four digits before one of these are a count ("Police detained 1800 people",
// "1500 North Koreans were sent back"), not a year. The nouns of the metrics' labels, and others
// that the articles count people and events by.
const COUNT_NOUN =
  /^\s+(?:(?:more|other|additional|further)\s+)?(?:(?:North|South)\s+Korean\s+)?(?:people|persons|(?:North\s+|South\s+)?Koreans|defectors|detainees|refugees|returnees|escapees|deportees|prisoners|inmates|women|men|children|officials|soldiers|guards|workers|families|households|residents|citizens|migrants|individuals|victims|arrests|cases|deaths)\b/i;
// "in 2010 people began to leave": after these words four digits are a year whatever follows.
const YEAR_BEFORE = /\b(?:in|since|by|until|till|before|after|during|through|throughout)\s+$/i;

/** Four digits that could be a year from `from` up to, not including, `to`. */
function yearLike(t: Token, from: number, to: number): boolean {
  return /^\d{4}$/.test(t.text) && Number(t.text) >= from && Number(t.text) < to;
}

// "20 degrees", "20\u00B0C", "20 \u00B0F", "20\u2103", "20 below zero": a measure, not a count.
const TEMPERATURE_AFTER =
  /^\s*(?:[\u00B0\u00BA\u2103\u2109]|degrees?\b|(?:below|above)\s+(?:zero|freezing)\b)/i;
// "below zero": read as a bound, it was proposed as "fewer than 0", a figure no text states.
const ZERO_AS_TEMPERATURE = /\b(?:below|above)\s+$/i;
// "aged 45", "aged between 20 and 40", "at the age of 45".
const AGE_BEFORE = /\b(?:aged?|ages?\s+of)\s+$/i;
// "three-quarters", "two thirds", "one half": the numerator of a fraction, a share, not a count.
const FRACTION_AFTER =
  /^(?:[-\u2010-\u2015]|\s+)(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;

// Words that number what follows them: "Article 33", "Room 101", "No. 5", "Flight 907".
const NUMBERED =
  /^(?:Article|Articles|Section|Sections|Chapter|Part|Room|No|Nos|Number|Flight|Route|Gate|Platform|Level|Floor|Building|Block|Unit|Ward|Cell|Camp|Road|Highway|Line|Bus|Train|Paragraph|Clause|Resolution|Page|Vol|Volume|Case)$/;

// Words that number a place in a document, as often lower case in prose ("on page 12", "see p. 14",
// "paragraph 45"): an outside audit found them proposed as counts of people. Not "figure": "the
// figure 600" states one. Abbreviated only where `ABBREVIATIONS` keeps their dot inside a sentence
// ("art." is a word that ends one). Never before a percent: "trade volumes 30 percent higher".
const DOCUMENT_PLACE =
  /^(?:pages?|p|pp|paragraphs?|paras?|chapters?|articles?|sections?|clauses?|footnotes?|annex|appendix|vols?|volumes?)$/i;
const isPercentSign = (t: Token) => t.kind === "percent" || t.lower === "percent" || t.lower === "cent";

/** Every word of four or more letters capitalised, at least three of them: a headline in title case. */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word" && t.text.length >= 4);
  return words.length >= 3 && words.every((t) => /^[A-Z]/.test(t.text));
}

// "no one", "the one who", "one another", "one by one": the pronoun or idiom, not a count.
const PRONOUN_BEFORE_ONE = new Set(["no", "any", "every", "each", "the", "this", "that", "which", "some"]);

/**
 * Why the number at tokens `i`..`j` of a sentence is not a figure to propose (a year, a date, a
 * time, an age, a number inside a name, the pronoun "one"), or null when it is one. `cueAt` is
 * where a bounding or softening word before it starts ("about 1500" is a count, not a year), the
 * number's own start when none does.
 */
export function notAFigure(
  sentence: string,
  tokens: Token[],
  i: number,
  j: number,
  cueAt: number,
): string | null {
  const first = tokens[i]!;
  const cued = cueAt < first.start;
  const last = tokens[j]!;
  const core = tokens.slice(i, j + 1);
  const before = textBefore(sentence, first.start);
  const after = sentence.slice(last.end);
  const digits = core.filter((t) => t.kind === "digits");
  const onlyDigits = core.every((t) => t.kind !== "word");

  // "COVID-19", "F-16", "G7": digits glued to a word are part of its name.
  if (first.kind === "digits" && /[A-Za-z][-\u2010-\u2015]?$/.test(before)) return "a number inside a name";
  // "-20", "\u221220", "minus 20": a count is never signed. A range's dash has a number before it.
  if (/(?:^|[\s(])[-\u2010-\u2015\u2212+]$/.test(before) || /\bminus\s+$/i.test(before))
    return "a signed number";
  // "(1) 200-300 people …; (2) 50-60 …": the marker of an item in a list, at the sentence's start
  // or after a colon or semicolon; "detainees (200)" is a figure.
  if (first === last && first.kind === "digits" && /^\d{1,2}$/.test(first.text) && /^\)/.test(after))
    if (/(?:^|[;:]\s*)\($/.test(before)) return "a list item's number";
  const lone = first === last && first.kind === "digits" && /^\d{1,3}$/.test(first.text);
  // "1. Police detained 25 people", "2) …": a numbered list copied with its markers (an outside
  // audit found the 1 proposed, quoted "1.").
  if (lone && /^\s*$/.test(before) && /^[.)](?:\s|$)/.test(after)) return "a list item's number";
  // "people.[3]": a citation marker glued to the words it cites; "detained [200]" keeps its space.
  if (lone && /(?:^|\S)\[$/.test(before) && /^\]/.test(after)) return "a footnote marker";
  // "200 000" with a plain space reads as 200 and 0 (a plain space groups only from two groups on),
  // but no count is printed "000": this is one figure, 200,000, and either half proposed alone is
  // wrong (an outside audit got 200 and 0).
  if (lone && /^ 0\d\d(?![\d.,])/.test(after)) return 'a figure grouped by a plain space ("200 000")';
  if (first === last && first.kind === "digits" && /^0\d+$/.test(first.text))
    return /(?:^|[^\d.,])\d{1,3} $/.test(before)
      ? 'a figure grouped by a plain space ("200 000")'
      : "digits with a leading zero";
  if (TEMPERATURE_AFTER.test(after)) return "a temperature";
  if (first.lower === "zero" && core.length === 1 && ZERO_AS_TEMPERATURE.test(before)) return "a temperature";
  if (FRACTION_AFTER.test(after)) return "a fraction";
  const previous = wordBefore(tokens, i);
  if (isMonth(previous) || isMonth(tokens[j + 1])) return "a calendar date";
  const counted = COUNT_NOUN.test(after) && !YEAR_BEFORE.test(before);
  if (!cued && !counted && onlyDigits && digits.length > 0 && digits.every((t) => yearLike(t, 1500, 2200)))
    return "a year";
  // "Between 2019 and 2021", "From 2015 to 2020": the bounding word that makes "about 1500" a count
  // opens a range of years here, unless the range counts something ("between 1500 and 1800 people").
  if (
    !counted &&
    digits.length === 2 &&
    digits.every((t) => yearLike(t, 1900, 2100)) &&
    core.every((t) => t.kind !== "word" || t.lower === "and" || t.lower === "to")
  )
    return "a range of years";
  if (
    /\d:$/.test(before) ||
    /^\s*(?:[ap]\.?\s?m\b\.?|o['\u2019]clock\b|:\d\d|(?:GMT|UTC|KST)\b)/i.test(after)
  )
    return "a time of day";
  // An age behind a range opener or a cue too: "aged between 20 and 40" was proposed as a range.
  if (
    /^(?:-|\s+)years?(?:-|\s+)old\b/i.test(after) ||
    AGE_BEFORE.test(before) ||
    (cued && AGE_BEFORE.test(textBefore(sentence, cueAt)))
  )
    return "an age";
  if (
    core.length === 1 &&
    isPlainDigits(first) &&
    /^\d{1,3}$/.test(first.text) &&
    /[A-Za-z],\s*$/.test(before) &&
    /^\s*[,)]/.test(after)
  )
    // "the man, 45, said": a bare number set off by commas after a noun is how an age is printed.
    return "an age";
  // "Article 33", "Room 101", "No. 5": numbered things, wherever they stand (at a sentence's start
  // too, where a capital says nothing).
  if (
    first.kind === "digits" &&
    previous !== undefined &&
    (NUMBERED.test(previous.text) || (DOCUMENT_PLACE.test(previous.text) && !core.some(isPercentSign))) &&
    !cued
  )
    return "a number inside a name";
  // "Chapter 3", "Windows 10": digits after a capitalised word inside a sentence, unless every word
  // is capitalised, as in a headline ("China Repatriates 600 North Koreans", an outside review).
  if (
    first.kind === "digits" &&
    previous !== undefined &&
    previous === tokens[i - 1] &&
    i > 1 &&
    /^[A-Z]/.test(previous.text) &&
    !cued &&
    !titleCase(tokens)
  )
    return "a number inside a name";
  if (first.lower === "one" && core.length === 1) {
    const next = tokens[j + 1]?.lower;
    const idiom = next === "by" || (previous?.lower === "by" && tokens[i - 2]?.lower === "one");
    if ((previous && PRONOUN_BEFORE_ONE.has(previous.lower)) || next === "another" || next === "of" || idiom)
      return "the pronoun one";
  }
  return null;
}
