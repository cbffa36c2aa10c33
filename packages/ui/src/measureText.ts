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
    return ctx.measureText(text).width;
  };
}

/** A generous average (0.62 em a character) for places with no canvas (unit tests). */
export const estimateMeasure: Measure = (text, size) => text.length * size * 0.62;

/**
 * Greedy word wrap so that no line is wider than `maxWidth` by `measure`; a single word wider than
 * the line is broken at the character where it stops fitting, so nothing can run off the edge.
 */
export function wrapByWidth(text: string, maxWidth: number, measure: (s: string) => number): string[] {
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
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
