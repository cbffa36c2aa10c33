import { endsInAbbreviation } from "./abbreviations.js";

/** One sentence of a source text: its words exactly as printed and where they sit in the text. */
export interface Sentence {
  text: string;
  start: number;
}

// A stop, any closing quotes or brackets, then space and what can open a sentence.
const SENTENCE_END = /[.!?]+["'\u2019\u201D)\]]*(?=\s+["'\u2018\u201C([]?[A-Z0-9])/g;

// Words a sentence cannot end with: a line ending in one was hard-wrapped mid-sentence ("detained
// between 30 and\n40 North Korean women"). Lower case only, as printed: a title-case headline may end
// in "Up" or "To".
const OPEN_ENDED =
  /(?:^|[^A-Za-z])(?:and|or|to|between|about|of|the|a|an|than|least|nearly|some|around|approximately|over|up|from|in|on|at|by|for|with|said|that)$/;
// What a finished line ends with: a stop, a colon or a closing quote or bracket.
const CLOSED = /[.!?:;"'\u2019\u201D)\]]$/;

/**
 * Whether the line break after `line` is only a wrap: the line has no stop or closing mark and
 * either ends in a word no sentence ends with or is followed by a line that goes on in lower case
 * (a headline is followed by a capitalised line, so it still stands alone).
 */
function wraps(line: string, next: string | undefined): boolean {
  const end = line.trimEnd();
  const start = next?.trimStart() ?? "";
  if (end === "" || start === "" || CLOSED.test(end)) return false;
  return /^[a-z]/.test(start) || OPEN_ENDED.test(end);
}

/**
 * Splits a text into sentences: a line break ends one (headlines and captions carry no stop)
 * unless it only wraps a sentence (see `wraps`), a blank line always does, and within a line a
 * stop ends one when a capital, digit or opening quote follows and the word before the stop is
 * not an abbreviation. Each sentence is trimmed, so `text` is exactly
 * `source.slice(start, start + text.length)`; a wrapped sentence keeps its line breaks.
 */
export function splitSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = source.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length > 0) sentences.push({ text, start: from + lead });
  };
  const lines = source.split("\n");
  let lineStart = 0;
  for (let k = 0; k < lines.length; k++) {
    // The run of lines a wrapped sentence spans, read as one line.
    const runStart = lineStart;
    let runEnd = lineStart + lines[k]!.length;
    while (k + 1 < lines.length && wraps(lines[k]!, lines[k + 1])) {
      k++;
      runEnd += 1 + lines[k]!.length;
    }
    const run = source.slice(runStart, runEnd);
    let from = 0;
    for (const match of run.matchAll(SENTENCE_END)) {
      if (match[0].startsWith(".") && endsInAbbreviation(run, match.index)) continue;
      const to = match.index + match[0].length;
      push(runStart + from, runStart + to);
      from = to;
    }
    push(runStart + from, runEnd);
    lineStart = runEnd + 1;
  }
  return sentences;
}
