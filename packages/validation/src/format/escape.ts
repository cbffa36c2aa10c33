import { codePoint, visibleControls } from "@tally/dataset";

/**
 * Escapes shared by the report formats, so that no field of a finding (its message, file, column,
 * rule or dataset label all come from data) can break the format it is printed in.
 */

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

/** From @tally/dataset, whose `pnpm dataset diff` prints values from the data the same way. */
export { visibleControls };

/**
 * The bidirectional and invisible characters alone as visible escapes (`\u202e`, `\u200b`), for
 * formats that keep line breaks their own way.
 */
export const visibleBidi = (s: string): string => s.replace(BIDI, codePoint).replace(INVISIBLE, codePoint);

/**
 * A line break as text is written, a CRLF as one: for formats that put a value on one line as it
 * reads. Not VT, FF, NEL (a C1 control), LS or PS, which no text file breaks its lines with: they
 * go to `visibleControls`, as in the text and github formats (markdown turned them into spaces,
 * an outside audit).
 */
export const LINE_BREAK = /\r\n|[\n\r]/g;

/** `&`, `<` and `>` as entities: text, never markup, in HTML, XML and markdown. */
export const escapeMarkup = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
