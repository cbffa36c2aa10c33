import { characterName, HIDDEN_CONTROL } from "../csv/hiddenControls.js";
import { visibleControls } from "../visibleControls.js";

/**
 * Control characters in a source text, as propose reads past them. The loader refuses a cell that
 * holds one (`hiddenControlsText`: C0 but tab, line feed and carriage return, DEL, C1, and the
 * bidirectional embeddings, overrides and isolates), and the provenance rule finds a quote in its
 * text only as printed (white space and typographic marks aside): a quote that held one was
 * refused, and one with it taken out was no longer in the text. So propose reads a text as a
 * terminal shows it, with each control and the escape sequence it opens left out, and quotes only
 * the words between them; a figure one cuts into ("2\u001b[1m00") is passed over.
 */

/** A stretch of a text, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// What a terminal takes as one control (ECMA-48), whole, so that no digit of it reads as a figure
// ("\u001b]0;title\u0007" was proposed as 0): a control string (DCS, SOS, OSC, PM, APC: ESC P, X,
// ], ^, _ or their C1 forms) up to BEL or ST or the end of its line; a control sequence (CSI: ESC [
// or U+009B) with its parameters and final byte; ESC with its intermediates and final byte ("ESC (
// B"; not a space after it, which ends a sentence more often than it opens a sequence); or any one
// control of the set.
const SEQUENCE = new RegExp(
  [
    String.raw`(?:\u001b[PX\]^_]|[\u0090\u0098\u009d-\u009f])[^\n\u0007\u001b\u009c]*(?:\u0007|\u009c|\u001b\\)?`,
    String.raw`(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?`,
    String.raw`\u001b[\u0021-\u002f]*[\u0030-\u007e]?`,
    // The loader's set (csv/hiddenControls.ts), one character or the start of a sequence.
    HIDDEN_CONTROL.source,
  ].join("|"),
  "g",
);

// An override shows the text it holds in another order than it is stored ("\u202e002\u202c"
// shows as 200, and was proposed as 002): left out with its text, up to the mark that closes it
// (PDF or PDI, with any nested embedding or isolate) or the end of its line.
const OPENS = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/;
const CLOSES = /[\u202C\u2069]/;

/** White space among the controls: read as a space, so that "200\f300" is not one number. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const WHITE = /^[\u000B\u000C\u0085]$/;

/** Whether `text` holds a control character of the loader's set. */
export const hasControls = (text: string): boolean => HIDDEN_CONTROL.test(text);

/** The end of the override opened at `at`. */
function overrideEnd(text: string, at: number): number {
  let depth = 0;
  for (let k = at; k < text.length; k++) {
    const c = text[k]!;
    if (c === "\n") return k;
    if (OPENS.test(c)) depth++;
    else if (CLOSES.test(c) && --depth === 0) return k + 1;
  }
  return text.length;
}

/**
 * The controls of `text` and the sequences they open, in order and not overlapping; an override
 * with the text it holds. Empty for a text without one.
 */
export function controlSpans(text: string): Span[] {
  if (!hasControls(text)) return [];
  const spans: Span[] = [];
  let override = -1;
  for (const m of text.matchAll(SEQUENCE)) {
    if (m.index < override) continue;
    const opensOverride = m[0] === "\u202d" || m[0] === "\u202e";
    const end = opensOverride ? overrideEnd(text, m.index) : m.index + m[0].length;
    if (opensOverride) override = end;
    spans.push({ start: m.index, end });
  }
  return spans;
}

/** A text as a terminal shows it, without its controls, and where each of its characters stands in the text. */
export interface ShownText {
  /** The text without its controls and the sequences they open; VT, FF and NEL as a space. */
  shown: string;
  /** The controls' spans in the text (`controlSpans`). */
  spans: Span[];
  /** The index in the text of `shown`'s character `i`. */
  placeOf: (i: number) => number;
}

/**
 * `text` as a terminal shows it: each control and the sequence it opens left out (VT, FF and NEL,
 * white space, read as a space one for one), and a map back from its places to the text's. Kept as
 * a list of the stretches left out, not an index per character: a 10 MB text holding one escape
 * would otherwise take a number per character.
 */
export function shownText(text: string): ShownText {
  const spans = controlSpans(text);
  if (spans.length === 0) return { shown: text, spans, placeOf: (i) => i };
  let shown = "";
  let from = 0;
  // For each stretch left out: where it was in `shown`, and how many characters left out up to its end.
  const at: number[] = [];
  const gone: number[] = [];
  let dropped = 0;
  for (const { start, end } of spans) {
    const white = end - start === 1 && WHITE.test(text[start]!);
    shown += text.slice(from, start) + (white ? " " : "");
    from = end;
    if (white) continue;
    at.push(start - dropped);
    dropped += end - start;
    gone.push(dropped);
  }
  shown += text.slice(from);
  const placeOf = (i: number) => {
    // The last stretch left out at or before `i`.
    let [lo, hi] = [0, at.length - 1];
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= i) [k, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    return i + (k === -1 ? 0 : gone[k]!);
  };
  return { shown, spans, placeOf };
}

/** Whether a control's span lies within `[start, end)` of the text (or cuts into it). */
export const crossesControl = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some((s) => s.start < end && start < s.end);

/**
 * The stretch of `text` between the controls on either side of `[start, end)`, white space at its
 * ends left out: the most of a sentence that a quote of a figure there can hold.
 */
export function betweenControls(text: string, spans: readonly Span[], start: number, end: number): Span {
  let from = 0;
  let to = text.length;
  for (const s of spans) {
    if (s.end <= start) from = Math.max(from, s.end);
    else if (s.start >= end) to = Math.min(to, s.start);
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * `room`, a stretch of `text` that holds the figure starting at `figure`, without its first word
 * where that word is glued to the letter or digit `before` it in the whole text; null when the
 * figure is that word. The provenance rule reads the text with its controls, so an escape
 * sequence's last letter goes on the word after it: it finds no "300" in "\u001b[31m300", only
 * "m300", and no quote that starts there. A stretch never ends so: a control starts every sequence.
 */
export function unglued(text: string, room: Span, figure: number, before: string | undefined): Span | null {
  if (!WORD.test(before ?? "") || !WORD.test(text[room.start] ?? "")) return room;
  const gap = /\s+/.exec(text.slice(room.start, figure));
  return gap === null ? null : { start: room.start + gap.index + gap[0].length, end: room.end };
}

/**
 * What `pnpm dataset propose` says on standard error of a text that holds controls, or null: how
 * many, where the first is (its line and character, as a text that is not UTF-8 is told) by the
 * loader's name for it, and what became of them. The file's name made visible as well.
 */
export function controlsNote(text: string, file: string): string | null {
  const spans = controlSpans(text);
  const first = spans[0]?.start;
  if (first === undefined) return null;
  const before = text.slice(0, first);
  const [line, character] = [before.split("\n").length, first - before.lastIndexOf("\n")];
  const n = spans.length;
  const what =
    n === 1 ? "a control character or escape sequence" : `${n} control characters or escape sequences`;
  return `note: ${visibleControls(file)} holds ${what} (${n === 1 ? "" : "the first "}${characterName(text[first]!)} on line ${line}, character ${character}), which no claims.csv cell may hold: quotes stop at ${n === 1 ? "it" : "them"}, and a figure ${n === 1 ? "it" : "one"} cuts into or glues a letter to is passed over; remove ${n === 1 ? "it" : "them"} from the text to quote whole sentences`;
}
