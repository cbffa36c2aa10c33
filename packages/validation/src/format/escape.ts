/**
 * Escapes shared by the report formats, so that no field of a finding (its message, file, column,
 * rule or dataset label all come from data) can break the format it is printed in.
 */

// Characters that end a line somewhere: LF, CR, VT, FF in terminals and CI logs; NEL, LS and PS
// in Unicode-aware readers. With the rest of C0, DEL and C1 (which drive terminals, e.g. ESC), the
// bidirectional controls (below) and the invisible ones (INVISIBLE).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Characters that print as nothing: the soft hyphen, zero-width space and joiners, the left-to-right
 * and right-to-left marks, the word joiner and invisible operators, and the byte order mark. Two
 * party names that differ by one of them look the same in a report: shown as escapes, the
 * difference can be seen (an outside review found "Joo Ok-kyung" counted as two origins).
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * The bidirectional embeddings, overrides and isolates: invisible, and able to reorder the rest of
 * a line as a browser shows it, so that a value in a CI log or a pull request could make a finding's
 * location or message read as something else ("Trojan Source").
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const codePoint = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

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
