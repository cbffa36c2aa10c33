import {
  figureAsRead,
  figureShape,
  NUMBER_WORDS,
  readFigureAsRead,
  SCALE_ABBREVIATIONS,
  vagueAlone,
} from "./figures.js";
import { fractionOf } from "./fractions.js";
import { QUALIFIER_CUES, TRAILING_WORDS } from "./qualifierCues.js";
import type { Qualifier } from "./schema/enums.js";

/**
 * What "-odd" may be hyphened to and bound: digits, a number or scale word ("twenty-odd", "a
 * dozen-odd", "40 thousand-odd", read as exact figures when only digits were), or a scale
 * abbreviation ("200m-odd", "200 mln-odd"; one letter only against its digits). Not "half".
 */
const ODD_AFTER = (() => {
  const abbreviations = Object.keys(SCALE_ABBREVIATIONS);
  const words = [
    ...Object.keys(NUMBER_WORDS).filter((word) => word !== "half"),
    ...abbreviations.filter((word) => word.length > 1),
  ];
  return String.raw`(?:\d(?:${abbreviations.join("|")})?|\b(?:${words.join("|")}))`;
})();

/**
 * Words after a figure, and signs beside it, that bound or soften it: "200 or more", "200+",
 * "~200", "200 or so". Read before QUALIFIER_CUES, so "200 and over" is at least 200, not more
 * than. Not in that list: `propose` looks there for the words before a figure.
 */
const TRAILING_CUES: readonly [Qualifier, RegExp][] = [
  // "40-odd" is forty and some more: hyphened only, since "40 odd jobs" is no bound.
  [
    "at_least",
    new RegExp(
      String.raw`\b(?:${TRAILING_WORDS.at_least.join("|")})\b|-?\bplus\b|\d\s*\+|${ODD_AFTER}\s*[-\u2010-\u2015]\s*odd\b`,
      "g",
    ),
  ],
  ["at_most", new RegExp(String.raw`\b(?:${TRAILING_WORDS.at_most.join("|")})\b`, "g")],
  ["about", new RegExp(String.raw`\b(?:${TRAILING_WORDS.about.join("|")})\b|~|\bc\.\s*(?=\d)`, "g")],
];

/** A qualifier as the words it stands for, in the reasons this gives: "at least", not at_least. */
const spoken = (q: Qualifier) => q.replace("_", " ");

/** What a figure's own words say its qualifier is. */
export type QualifierCue =
  | { kind: "settled"; qualifier: Qualifier; why: string }
  | { kind: "ambiguous"; candidates: Qualifier[]; why: string }
  | { kind: "none" };

/**
 * The qualifier that a figure as printed ("at least 39", "about 200", "between 200 and 300",
 * "10-15", "Hundreds", "Seven") states: a bounding or softening phrase names it; two figures with
 * no such phrase are a range (between); a vague word alone is read conservatively as its floor
 * (at_least, as `VAGUE_FLOORS` says); a bare number is exact. Ambiguous where the words name two
 * qualifiers ("about 10 to 15", "up to 30 or more") or two figures stand without a range word;
 * none where the text states no figure.
 */
export function qualifierCue(printed: string): QualifierCue {
  // Its words as readFigure reads them ("3 1/2" as "3.5"), so that they and the figures agree: one
  // reading for both, where figureAsRead ran once for readFigure and again for the words.
  const asRead = figureAsRead(printed);
  const figure = readFigureAsRead(asRead);
  if (figure === null) return { kind: "none" };
  const alone = vagueAlone(asRead);
  if (alone !== undefined)
    return {
      kind: "settled",
      qualifier: alone.qualifier,
      why: `"${asRead.trim()}" alone is read as its bound`,
    };
  const text = asRead.toLowerCase().replace(/\s+/g, " ");
  const found: Qualifier[] = [];
  let rest = text;
  for (const [qualifier, pattern] of [...TRAILING_CUES, ...QUALIFIER_CUES]) {
    // Blank out what was read, so "no more than" is not read again as "more than".
    const read = rest.replace(pattern, " ");
    if (read === rest) continue;
    found.push(qualifier);
    rest = read;
  }
  // "one in five" is one share, not the two figures 1 and 5.
  const ranged = figure.values.length === 2 && fractionOf(printed) === undefined;
  if (figure.values.length > 2)
    return { kind: "ambiguous", candidates: found, why: `it states ${figure.values.length} figures` };
  if (found.length > 1)
    return { kind: "ambiguous", candidates: found, why: `its words say ${found.map(spoken).join(" and ")}` };
  if (ranged) {
    if (found.length === 1)
      return {
        kind: "ambiguous",
        candidates: ["between", found[0]!],
        why: `it states a range and says ${spoken(found[0]!)}`,
      };
    if (/\b(?:between|from|to|and)\b|-|[\u2010-\u2015]/.test(text))
      return { kind: "settled", qualifier: "between", why: "it states a range" };
    return { kind: "ambiguous", candidates: ["between"], why: "it states two figures without a range word" };
  }
  if (found.length === 1)
    return { kind: "settled", qualifier: found[0]!, why: `its words say ${spoken(found[0]!)}` };
  if (figure.vague)
    return { kind: "settled", qualifier: "at_least", why: "a vague quantity is read as its floor" };
  return { kind: "settled", qualifier: "exact", why: "it states a bare figure" };
}

/**
 * The text a figure_text's cue can be read from and kept by, so that "about 1,234" and "about
 * 5,678" share one reading: its `figureShape`, unless the text or its shape is a share
 * (`fractionOf`), whose numbers decide whether it is one: "1/3" shaped as "1/1" is no share, and
 * "5 in 1" shaped as "1 in 1" is one. Such a text is its own shape.
 */
export function cueShape(text: string): string {
  const shape = figureShape(text);
  if (!mayBeShare(text)) return shape;
  return fractionOf(text) === undefined && fractionOf(shape) === undefined ? shape : text;
}

/**
 * Whether `fractionOf` could read a share in `text` or its shape, which differs only in digits:
 * ASCII text needs a slash or one of its words ("half", "third", "in", "out of"…). Other text
 * (a fraction character, one that prints as nothing inside a word) is always read. Most figure
 * texts are neither, and 69,000 of them took 0.1 s more through `fractionOf` twice.
 */
const mayBeShare = (text: string) => NOT_ASCII.test(text) || SHARE_WORDS.test(text);
const NOT_ASCII = /[\u0080-\uffff]/;
const SHARE_WORDS = /[/]|hal(?:f|ves)|third|quarter|fourth|fifth|sixth|eighth|tenth|\bin\b|\bout\b/i;
