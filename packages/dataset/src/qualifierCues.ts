import type { Qualifier } from "./schema/enums.js";

/**
 * The words that bound or soften a figure, by the qualifier they stand for. Phrases before the
 * single words they contain ("no more than" before "more than"), so each part of a text is read once.
 * Published so that `propose` finds a figure's leading words with the same list this reads them by.
 */
export const QUALIFIER_CUES: readonly [Qualifier, RegExp][] = [
  // A bound said "not" past: "not under 200" is at least 200, "not over 200" at most (an outside
  // review found "not over 200" read as more than 200).
  [
    "at_least",
    /\b(?:at least|no fewer than|not fewer than|no less than|not less than|not under|not below|a minimum of|minimum of)\b/g,
  ],
  [
    "at_most",
    /\b(?:up to|as many as|at most|no more than|not more than|not over|not above|not exceeding|a maximum of|maximum of)\b/g,
  ],
  ["more_than", /\b(?:more than|over|upwards of|in excess of|above|exceeding)\b/g],
  ["fewer_than", /\b(?:fewer than|less than|under|below)\b/g],
  [
    "about",
    // "approx." with its dot, so `propose` takes the dot into figure_text with the word.
    /\bapprox\.|\b(?:about|approximately|approx|around|some|nearly|roughly|almost|an estimated|estimated|circa|close to)\b/g,
  ],
];

/**
 * The words after a figure that bound or soften it, by qualifier: one list for `qualifierCue` and
 * for `propose`, which takes them into figure_text ("30 or more").
 */
export const TRAILING_WORDS = {
  at_least: ["or more", "or above", "or over", "and more", "and above", "and over", "or higher"],
  at_most: ["or fewer", "or less", "or below", "or under", "and under", "and below", "or lower"],
  about: ["or so"],
} as const;

/** A cue's pattern source with each space of its words matching any white space ("at\nleast", wrapped). */
export const spacedWords = (source: string): string => source.replaceAll(" ", String.raw`\s+`);

/**
 * Words and signs after a figure that bound or soften it ("200+", "20-plus", "40-odd", "30 or
 * more", "50 or so"), anchored where the figure ends: one pattern for `propose`, which takes them
 * into figure_text, and for the qualifier rule's look at the words a quote prints around a bare one.
 */
export const CUE_AFTER_SOURCE = String.raw`^(?:\s*\+(?!\s*\d)|(?:\s*[-\u2010-\u2015]\s*|\s+)plus\b|\s*[-\u2010-\u2015]\s*odd\b|\s+(?:${Object.values(
  TRAILING_WORDS,
)
  .flat()
  .map(spacedWords)
  .join("|")})\b)`;
