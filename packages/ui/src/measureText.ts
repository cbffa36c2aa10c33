import { cutIndex } from "@tally/dataset";
import { balanceIsolates, FSI, PDI, withoutIsolates } from "./bidi.js";
import { CHART_FONT } from "./chartFont.js";

/** Width in pixels of a text at a size and weight: the canvas's in a browser, an estimate elsewhere. */
export type Measure = (text: string, size: number, weight?: number) => number;

/**
 * Measures with a canvas in the chart font. Titles used to wrap by character count and ran past
 * the image's edge ("…Tumen — repatriat"): only measured widths say where a line must break.
 */
export function canvasMeasure(doc: Document = document): Measure {
  const ctx = doc.createElement("canvas").getContext("2d");
  if (!ctx || typeof ctx.measureText !== "function") return estimateMeasure;
  return (text, size, weight = 400) => {
    ctx.font = `${weight} ${size}px ${CHART_FONT}`;
    return ctx.measureText(withoutIsolates(text)).width;
  };
}

/**
 * A generous average (0.62 em a character) for places with no canvas (unit tests). The isolates
 * around a right-to-left name (`isolateName`) draw nothing and count nothing, here as everywhere.
 */
export const estimateMeasure: Measure = (text, size) => withoutIsolates(text).length * size * 0.62;

/**
 * The width of regular Noto Sans text, from each character's kind, in em. Each kind's figure is at
 * least the widest of its characters in the font (measured in Chromium at 12 px: digits 6.86 px,
 * "m" 11.22, "W" 11.16, "O" 9.37, "(" 3.6, "–" 6), so no line of ASCII text is drawn wider than it
 * says: "about 80 (72–88) (Single origin)" is drawn 174.7 px wide and estimated 192. 0.62 em a
 * character (`estimateMeasure`) would say 245 and move labels that fit. Used where a chart is laid
 * out before its font is known to be loaded, so the screen and the export place text alike.
 */
export const notoSansEstimate: Measure = (text, size) => {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * size;
};

function charEm(c: string): number {
  if (c === " ") return 0.27;
  // FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (`isolateName`) draw nothing.
  if (c === FSI || c === PDI) return 0;
  if (c >= "0" && c <= "9") return 0.58;
  if ("ijlftr".includes(c)) return 0.42;
  if ("mwMW".includes(c)) return 0.94;
  if (c >= "a" && c <= "z") return 0.63;
  if ("IJ".includes(c)) return 0.35;
  if (c >= "A" && c <= "Z") return 0.78;
  if ("(),.:;'·-".includes(c)) return 0.33;
  if (c === "–") return 0.5;
  // Anything else (accented or other scripts' letters, symbols): as wide as an em.
  return 1;
}

/**
 * Greedy word wrap so that no line is wider than `maxWidth` by `measure`; a single word wider than
 * the line is broken at the character where it stops fitting, so nothing can run off the edge. A
 * right-to-left name broken over lines is isolated on each (`balanceIsolates`).
 */
export function wrapByWidth(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  return balanceIsolates(wrapWords(text, maxWidth, measure));
}

function wrapWords(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      // Never between the halves of an emoji: each half would draw as U+FFFD.
      cut = cutIndex(rest, cut) || Math.min(2, rest.length);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
