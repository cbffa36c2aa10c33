/**
 * Names from the data (outlets, attributed sources, event titles, metric labels) set into the
 * dashboard's own English text. A name in Arabic or Hebrew pulled the figures, dates and
 * punctuation after it into its right-to-left run: "…محتجزون: 3 claims compared" drew as
 * "… 3 :محتجزون claims compared", "A: 45 · الجزيرة نت · 1 claim" as "A: 45 · 1 · الجزيرة نت claim"
 * (an outside audit). Each such name goes between U+2068 FIRST STRONG ISOLATE and U+2069 POP
 * DIRECTIONAL ISOLATE: it keeps its own direction inside and reads as one neutral mark outside.
 * A name with no right-to-left letter and no direction control is left as it is: in a
 * left-to-right line it can move nothing, and CSV-like text of Latin names stays byte for byte.
 */
export const FSI = "\u2068";
export const PDI = "\u2069";

/** Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms; or a bidi control. */
const RTL = String.raw`[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u200F\u061C\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]`;
const NEEDS_ISOLATE = new RegExp(RTL, "u");

/** `name` isolated from the text around it where it could reorder that text (see above). */
export function isolateName(name: string): string {
  return NEEDS_ISOLATE.test(name) ? `${FSI}${name}${PDI}` : name;
}

/**
 * From one right-to-left letter to the last before a letter of another script or a list's
 * punctuation (`;`, `,`, `:`, brackets): the spaces, digits, dashes and marks between stay in. Two
 * names of a list ("الجزيرة; הארץ") isolated as one would read in right-to-left order.
 */
const RIGHT_TO_LEFT_RUN = String.raw`${RTL}(?:(?:${RTL}|[\s\p{N}\p{M}\p{Pd}'’.])*${RTL})?`;
/** A text in JSON's quotes, as the validator's messages and the CHANGELOG quote values. */
const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
/** A `QUOTED` text or a `RIGHT_TO_LEFT_RUN`. */
const NAME_IN_MESSAGE = new RegExp(`${QUOTED}|${RIGHT_TO_LEFT_RUN}`, "gu");

const isolateInQuotes = (match: string, inQuotes: string): string =>
  NEEDS_ISOLATE.test(inQuotes) ? `"${FSI}${inQuotes}${PDI}"` : match;

/**
 * `text` with each name in it that could reorder it isolated, for a message that names things from
 * the data without marking where: a validator's finding. A quoted text is isolated whole, inside
 * its quotes, so "الجزيرة 24" keeps its figure on its own side; elsewhere each stretch of
 * right-to-left words is (a name of several words stays one), and figures after it stay out: in
 * "… محتجزون: 3 readings" the 3 counts readings, not the name.
 */
export function isolateRuns(text: string): string {
  return text.replace(NAME_IN_MESSAGE, (match, inQuotes: string | undefined) =>
    inQuotes === undefined ? `${FSI}${match}${PDI}` : isolateInQuotes(match, inQuotes),
  );
}

const ISOLATE_MARKS = /[\u2068\u2069]/g;

/**
 * The text without the isolates `isolateName` adds, for what a reader copies or a program reads
 * (the metadata file, the README, a citation, a file name): the marks are for drawing the text.
 */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, "");
}

/** How many characters `text` draws: its isolates draw nothing. */
export const drawnLength = (text: string): number => withoutIsolates(text).length;

/**
 * Lines cut from one text, each with its isolates closed at its end and opened again at the next
 * line's start, so that a name broken over two lines is isolated on both and no line leaves an
 * isolate open past its end (each line of an SVG is drawn on its own).
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const text = FSI.repeat(open) + line;
    for (const c of line) {
      if (c === FSI) open++;
      else if (c === PDI && open > 0) open--;
    }
    return text + PDI.repeat(open);
  });
}
