import { CUE_AFTER_SOURCE, QUALIFIER_CUES, type Qualifier, qualifierCue, spacedWords } from "@tally/dataset";
import { wholeAt } from "./quoteText.js";

/** Characters of the quote read on each side of a bare figure_text for the words that bound it. */
const BEFORE = 40;
const AFTER = 30;

// The phrases `qualifierCue` reads before a figure, and "between" opening a range, ending just
// before it: "at least 39", "between 200 (and 300)". Their words may be split by any white space.
// Not "from" nor "N to", which say a change as often as a range ("rose from 39 to 546"), nor a
// dash, which is punctuation as often ("546 arrived in 2023 – 196 of them women").
const CUE_BEFORE = new RegExp(
  String.raw`(?:${QUALIFIER_CUES.map(([, p]) => spacedWords(p.source)).join("|")}|\bbetween|~)\s*$`,
  "i",
);
const BETWEEN = /^between\b/i;
// The first end of a range the figure closes: "between 500 and 546".
const RANGE_BEFORE = /\bbetween\s+\d[\d,.]*\s+and\s+$/i;
// Words and signs after a figure that bound it, as propose reads them ("39 or more", "200+",
// "20-plus", "40-odd"), not "39 and more than 200 others"; and the other end of a range "between"
// opened ("between 200 and 300").
const CUE_AFTER = new RegExp(String.raw`${CUE_AFTER_SOURCE}(?!\s+than\b)`, "i");
const RANGE_AFTER = /^\s+and\s+\d[\d,.]*/i;

// The last word before a figure, or sign, with which a bounding phrase of QUALIFIER_CUES can end,
// and a range's "between" and "and" (its test holds the two lists together): a quote whose word
// before its figure is none of these ("said 546") is not read further. A million quotes are checked.
export const CUE_ENDS: ReadonlySet<string> = new Set([
  ...["least", "than", "of", "to", "as", "most", "over", "above", "exceeding", "under", "below"],
  ...["approx", "about", "approximately", "around", "some", "nearly", "roughly", "almost", "estimated"],
  ...["circa", "between", "and", "~"],
]);
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** The word (letters) or sign just before `at`, past white space, lower-cased. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text[end - 1] === "~") return "~";
  // "approx." ends with its dot.
  if (end > 0 && text[end - 1] === ".") end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** Whether anything after `end` may bound the figure: a sign, or a word such as "or", "and", "plus". */
function mayBoundAfter(text: string, end: number): boolean {
  const c = text[end];
  if (c === "+" || (c !== undefined && /[-\u2010-\u2015]/.test(c))) return true;
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  const w = text.charCodeAt(i) | 32;
  // or…, and…, plus, "-odd" after a space.
  return w === 111 || w === 97 || w === 112 || text[i] === "-";
}

/** What the quote prints around a bare figure_text, and the qualifier those words settle. */
export interface QuoteCue {
  printed: string;
  qualifier: Qualifier;
}

/**
 * The qualifier a claim's quote prints around its figure_text where figure_text leaves the words
 * out ("39" in "at least 39", "200" in "between 200 and 300", "30" in "30 or more"), or null when
 * figure_text stands bare somewhere in the quote, is not found as written, or the words settle
 * no one qualifier. Every place it stands must be bounded: "about 200 … 200 of them" is no
 * finding. `qualifierCue` reads the words, as it reads figure_text; an outside review recorded
 * Chosun Ilbo's "at least 39" as exactly 39 with no finding, and a false conflict with "about 60".
 * Words next to a figure do not always bound it ("a report about 39 defectors", "bringing the
 * total up to 196"): the rule says so as a warning to check, not as an error.
 */
export function quoteCue(quote: string, figure: string): QuoteCue | null {
  if (figure === "") return null;
  let found: QuoteCue | null = null;
  for (let at = wholeAt(quote, figure, 0); at !== -1; at = wholeAt(quote, figure, at + 1)) {
    const end = at + figure.length;
    const lead = CUE_ENDS.has(wordBefore(quote, at)) ? quote.slice(Math.max(0, at - BEFORE), at) : "";
    const before = lead === "" ? "" : (RANGE_BEFORE.exec(lead)?.[0] ?? CUE_BEFORE.exec(lead)?.[0] ?? "");
    const rest = mayBoundAfter(quote, end) ? quote.slice(end, end + AFTER) : "";
    const range = BETWEEN.test(before) ? RANGE_AFTER.exec(rest)?.[0] : undefined;
    const after = range ?? CUE_AFTER.exec(rest)?.[0] ?? "";
    if (before === "" && after === "") return null;
    const printed = `${before}${figure}${after}`.replace(/\s+/g, " ").trim();
    const cue = qualifierCue(printed);
    if (cue.kind !== "settled" || cue.qualifier === "exact") return null;
    found ??= { printed, qualifier: cue.qualifier };
  }
  return found;
}

/**
 * "no" or "not" standing just before a bounding phrase, white space alone between them, which turns
 * its bound around: "no more than", "not over". Not across a full stop or other mark ("officials
 * said no. More than 200 remain": a review of this check), which `wordBefore` reads past for
 * "approx.".
 */
const NEGATION_BEFORE = /(?:^|[^\p{L}\p{N}])(no|not)\s+$/iu;

/**
 * Whether "no" or "not" before a figure of this qualifier turns its bound around: only "more than"
 * and "fewer than" (over, under, less than…) do; "not about 200" is no phrase of a count.
 */
export const negatable = (qualifier: Qualifier): boolean =>
  qualifier === "more_than" || qualifier === "fewer_than";

/**
 * What the quote prints where it says "no" or "not" just before a figure_text that carries its own
 * bound, when the two read as another qualifier: "more than 200" cut from "no more than 200",
 * which is at most 200 (an outside review found such a claim released without a finding), or null.
 * Every place the quote holds figure_text must be so negated, as in `quoteCue`.
 */
export function quoteNegation(quote: string, figure: string, qualifier: Qualifier): QuoteCue | null {
  if (figure === "" || !negatable(qualifier)) return null;
  let found: QuoteCue | null = null;
  for (let at = wholeAt(quote, figure, 0); at !== -1; at = wholeAt(quote, figure, at + 1)) {
    const negation = NEGATION_BEFORE.exec(quote.slice(Math.max(0, at - 8), at));
    if (negation === null) return null;
    const printed = `${negation[1]} ${figure}`.replace(/\s+/g, " ").trim();
    const cue = qualifierCue(printed);
    if (cue.kind !== "settled" || cue.qualifier === qualifier) return null;
    found ??= { printed, qualifier: cue.qualifier };
  }
  return found;
}
