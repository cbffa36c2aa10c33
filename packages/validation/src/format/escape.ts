/**
 * Escapes shared by the report formats, so that no field of a finding (its message, file, column,
 * rule or dataset label all come from data) can break the format it is printed in.
 */

// Characters that end a line somewhere: LF, CR, VT, FF in terminals and CI logs; NEL, LS and PS
// in Unicode-aware readers. With the rest of C0, DEL and C1 (which drive terminals, e.g. ESC), the
// bidirectional controls (below) and the invisible ones (INVISIBLE).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;

/**
 * Characters that print as nothing: every code point Unicode calls default-ignorable (the soft
 * hyphen, zero-width space and joiners, the directional marks, the word joiner, variation
 * selectors, Hangul fillers, tag characters, the byte order mark…) and the interlinear annotation
 * marks. Two party names that differ by one of them look the same in a report: shown as escapes,
 * the difference can be seen (an outside review found "Joo Ok-kyung" counted as two origins, and
 * a later one U+034F, U+FE0F and U+3164 printed raw).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;

/**
 * The bidirectional embeddings, overrides and isolates: invisible, and able to reorder the rest of
 * a line as a browser shows it, so that a value in a CI log or a pull request could make a finding's
 * location or message read as something else ("Trojan Source").
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `\u200b`; past the Basic Multilingual Plane (a tag character) `\u{e0041}`, one escape for one character. */
const codePoint = (c: string) => {
  const n = c.codePointAt(0)!;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

/**
 * Control and line-breaking characters as visible escapes (`\n`, `\r`, `\t`, `\u001b`), so that
 * a value stays on the line it is printed on and no data can start a line of its own: a CI log
 * reads a line starting `::error::` as a workflow command.
 */
export const visibleControls = (s: string): string => s.replace(CONTROL, (c) => SHORT[c] ?? codePoint(c));

/**
 * The bidirectional and invisible characters alone as visible escapes (`\u202e`, `\u200b`), for
 * formats that keep line breaks their own way.
 */
export const visibleBidi = (s: string): string => s.replace(BIDI, codePoint).replace(INVISIBLE, codePoint);

/** Every line break, a CRLF as one: for formats that put a value on one line as it reads. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks are what this finds.
export const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;

/** `&`, `<` and `>` as entities: text, never markup, in HTML, XML and markdown. */
export const escapeMarkup = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
