import { endsInAbbreviation } from "./abbreviations.js";

/** One sentence of a source text: its words exactly as printed and where they sit in the text. */
export interface Sentence {
  text: string;
  start: number;
}

// A stop, any closing quotes or brackets, then space and what can open a sentence.
const SENTENCE_END = /[.!?]+["'\u2019\u201D)\]]*(?=\s+["'\u2018\u201C([]?[A-Z0-9])/g;

/**
 * Splits a text into sentences: a line break always ends one (headlines and captions carry no
 * stop), and within a line a stop ends one when a capital, digit or opening quote follows and the
 * word before the stop is not an abbreviation. Each sentence is trimmed, so `text` is exactly
 * `source.slice(start, start + text.length)`.
 */
export function splitSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = source.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length > 0) sentences.push({ text, start: from + lead });
  };
  let lineStart = 0;
  for (const line of source.split("\n")) {
    let from = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      if (match[0].startsWith(".") && endsInAbbreviation(line, match.index)) continue;
      const to = match.index + match[0].length;
      push(lineStart + from, lineStart + to);
      from = to;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}
