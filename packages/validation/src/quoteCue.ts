import { QUALIFIER_CUES, type Qualifier, qualifierCue, TRAILING_WORDS } from "@tally/dataset";
import { wholeAt } from "./quoteText.js";

/** Characters of the quote read on each side of a bare figure_text for the words that bound it. */
const BEFORE = 40;
const AFTER = 30;

// The phrases `qualifierCue` reads before a figure, and a range's opener, ending just before it:
// "at least 39", "between 200 (and 300)". Their words may be split by any white space.
const spaced = (source: string) => source.replaceAll(" ", String.raw`\s+`);
const CUE_BEFORE = new RegExp(
  String.raw`(?:${QUALIFIER_CUES.map(([, p]) => spaced(p.source)).join("|")}|\bbetween|\bfrom|~)\s*$`,
  "i",
);
const RANGE_OPENED = /^(?:between|from)\b/i;
// The first end of a range the figure closes: "between 500 and 546", "500-546", "500 to 546".
const RANGE_BEFORE =
  /(?:\b(?:between|from)\s+)?\d[\d,.]*(?:\s*[-\u2010-\u2015]\s*|\s+to\s+)$|\b(?:between|from)\s+\d[\d,.]*\s+and\s+$/i;
// Words and signs after a figure that bound it ("39 or more", "200+", "40-odd"), and the other end
// of a range ("200 to 300", "200-300", "200 and 300" after "between").
const CUE_AFTER = new RegExp(
  String.raw`^(?:\s*\+(?!\s*\d)|\s*[-\u2010-\u2015]\s*odd\b|\s+(?:${Object.values(TRAILING_WORDS)
    .flat()
    .map(spaced)
    .join("|")})\b)`,
  "i",
);
const RANGE_AFTER = /^(?:\s*[-\u2010-\u2015]\s*|\s+to\s+)\d[\d,.]*/i;
const RANGE_AFTER_OPENED = /^(?:\s*[-\u2010-\u2015]\s*|\s+(?:to|and)\s+)\d[\d,.]*/i;

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
 */
export function quoteCue(quote: string, figure: string): QuoteCue | null {
  if (figure === "") return null;
  let found: QuoteCue | null = null;
  for (let at = wholeAt(quote, figure, 0); at !== -1; at = wholeAt(quote, figure, at + 1)) {
    const end = at + figure.length;
    const lead = quote.slice(Math.max(0, at - BEFORE), at);
    const before = RANGE_BEFORE.exec(lead)?.[0] ?? CUE_BEFORE.exec(lead)?.[0] ?? "";
    const rest = quote.slice(end, end + AFTER);
    const range = /\d/.test(before)
      ? undefined
      : (RANGE_OPENED.test(before) ? RANGE_AFTER_OPENED : RANGE_AFTER).exec(rest)?.[0];
    const after = range ?? CUE_AFTER.exec(rest)?.[0] ?? "";
    if (before === "" && after === "") return null;
    const printed = `${before}${figure}${after}`.replace(/\s+/g, " ").trim();
    const cue = qualifierCue(printed);
    if (cue.kind !== "settled" || cue.qualifier === "exact") return null;
    found ??= { printed, qualifier: cue.qualifier };
  }
  return found;
}
