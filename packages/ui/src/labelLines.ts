import { shortened } from "@tally/dataset";
import { balanceIsolates, drawnLength } from "./bidi.js";
import { wrapText } from "./exportSvg.js";

/**
 * An axis label as lines that fit a column: the heading (an outlet) on its own line, the detail
 * (an attributed source) word-wrapped below it in at most `maxDetailLines`, the last one ending in
 * "…" when the text runs on. The full text stays available as the row's accessible name.
 */
export function labelLines(
  heading: string,
  detail: string | undefined,
  maxChars: number,
  maxDetailLines = 2,
): string[] {
  const lines = [clip(heading, maxChars)];
  if (!detail) return lines;
  return [...lines, ...wrappedLines(detail, maxChars, maxDetailLines)];
}

/** `text` word-wrapped to `maxChars`, in at most `maxLines`, the last one ending in "…" when it runs on. */
export function wrappedLines(text: string, maxChars: number, maxLines: number): string[] {
  const wrapped = wrapText(text, maxChars).map((l) => clip(l, maxChars));
  const kept = wrapped.slice(0, maxLines);
  if (wrapped.length > maxLines) kept[kept.length - 1] = ellipsis(kept[kept.length - 1]!, maxChars);
  // A cut can take the end of an isolate with it: closed again, it cannot run on past the "…".
  return kept.map((line) => balanceIsolates([line])[0]!);
}

function clip(text: string, max: number): string {
  return drawnLength(text) > max ? shortened(text, max - 1) : text;
}

function ellipsis(line: string, max: number): string {
  return drawnLength(line) + 1 > max ? shortened(line, max - 1) : `${line}…`;
}
