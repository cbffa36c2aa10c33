import {
  GROUPED_DIGITS,
  NUMBER_WORDS,
  narrowDigits,
  SCALE_ABBREVIATIONS,
  scaleAfterVagueAt,
  VAGUE_FLOORS,
} from "../figures.js";

/** One piece of a sentence as the figure finder sees it, with where it sits in the sentence. */
export interface Token {
  kind: "digits" | "word" | "percent" | "dash" | "other";
  text: string;
  start: number;
  end: number;
  /** The lower-case word, for words. */
  lower: string;
}

// Digits with thousands separators before plain digits, so "2,600" is one token; letters glued to
// the digits ("15th", "8pm") are kept in the token so that such a token is never read as a count.
// A fraction that ends as a decimal, after a whole number or alone ("3½", "3 1/2", "¾"), is part
// of the number, as `readFigure` reads it: "3½ thousand" was proposed as "Fewer than 3" and "thousand".
const VULGAR = "½¼¾⅛⅜⅝⅞⅕⅖⅗⅘⅒";
// As `readFigure` reads them: a mixed fraction's whole number has at most three digits ("In 2023
// 1/4 of them" is a year and a fraction), a character fraction stands against its whole number.
const MIXED = `(?<![\\d,.]|[\\d,.][ \u00a0])\\b\\d{1,3}[ \u00a0]+[1-9][/\u2044](?:2|4|5|8|10)(?![\\d/\u2044])`;
// "3 ½ years", a space before the fraction, as `readFigure` reads it.
const SPACED_VULGAR = `(?<![\\d,.]|[\\d,.][ \u00a0])\\b\\d{1,3}[ \u00a0]+[${VULGAR}]`;
const TOKEN = new RegExp(
  `(${MIXED}[A-Za-z]*|${SPACED_VULGAR}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?[A-Za-z]*|(?:${GROUPED_DIGITS})(?:\\.\\d+)?[A-Za-z]*|\\d+(?:\\.\\d+)?[${VULGAR}]?[A-Za-z]*|(?<![\\w.])\\.\\d+[A-Za-z]*|[${VULGAR}])|([A-Za-z]+(?:['\u2019][A-Za-z]+)*)|(%)|([-\u2010-\u2015\u2212])|(\\S)`,
  "g",
);

export function tokenize(sentence: string): Token[] {
  // Full-width digits read as digits, as `readFigure` reads them; one character for one, so each
  // token's place is the sentence's and a figure_text is cut from the sentence as printed.
  return Array.from(narrowDigits(sentence).matchAll(TOKEN), (m) => {
    const [text, digits, word, percent, dash] = m;
    const kind = digits ? "digits" : word ? "word" : percent ? "percent" : dash ? "dash" : "other";
    return { kind, text, start: m.index, end: m.index + text.length, lower: text.toLowerCase() };
  });
}

// A scale abbreviation of two letters or more written against the digits ("$2bn", "1.5mn") is
// part of the number, as `readFigure` reads it. Not "2m" or "10k", which as often measure ("a 2m
// wall", "the 3m-high fence", "a 10k race": a review proposed 3,000,000 from the fence); the
// validator still reads them as the figure_text a maintainer wrote.
const PLAIN_DIGITS = new RegExp(
  `^(?:\\.?\\d[\\d,.\u00A0\u2009\u202F'\u2019 ]*(?:[${VULGAR}]|[1-9][/\u2044]\\d+|${Object.keys(
    SCALE_ABBREVIATIONS,
  )
    .filter((word) => word.length > 1)
    .join("|")})?|[${VULGAR}])$`,
  "i",
);

/** Digits that are a plain number (a fraction or a scale abbreviation in it too): not "15th", "8pm" or "3D". */
export function isPlainDigits(t: Token | undefined): boolean {
  return t?.kind === "digits" && PLAIN_DIGITS.test(t.text);
}

// "tens" and "scores" are counted only in "tens of …", "scores of …": alone they are usually
// something else ("he scores").
const NEEDS_OF = new Set(["tens", "scores"]);

/** A word that states a number or a vague quantity, by the tables `readFigure` reads it with. */
export function isNumberWord(t: Token | undefined, next?: Token): boolean {
  if (t?.kind !== "word") return false;
  // "SEVEN" in a shouted headline is fine too; "sEven" is not a word anyone prints.
  if (t.text !== t.lower && t.text.slice(1) !== t.lower.slice(1) && t.text !== t.text.toUpperCase())
    return false;
  if (t.lower in VAGUE_FLOORS) return !NEEDS_OF.has(t.lower) || next?.lower === "of";
  return t.lower in NUMBER_WORDS;
}

/** "couple" or "few" at token `k` before the scale it multiplies: "a couple (of) hundred", "a few thousand". */
export function isVagueBeforeScale(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === "word" && scaleAfterVagueAt((at) => tokens[at]?.lower, k) !== -1;
}

export function isVagueWord(t: Token | undefined): boolean {
  return t?.kind === "word" && t.lower in VAGUE_FLOORS;
}

/** Whether the token is a number on its own: digits or a number word. */
export function isNumberToken(t: Token | undefined, next?: Token): boolean {
  return isPlainDigits(t) || isNumberWord(t, next);
}
