import { foldQuotesAndDashes } from "../typographicMarks.js";

const collapse = (text: string) => foldQuotesAndDashes(text).replace(/\s+/g, " ").trim();

/**
 * Whether quote `outer` contains quote `inner` once runs of white space are one space and
 * typographic quotes and dashes are their ASCII marks, as the provenance rule compares them: the
 * texts print no-break spaces and curly quotes where recorded quotes may have plain ones.
 */
export function quoteContains(outer: string, inner: string): boolean {
  return collapse(outer).includes(collapse(inner));
}

/**
 * Whether two figure_texts are the same figure as printed, white space and typographic marks aside,
 * as the provenance rule reads them: the loader reads a quoted cell's "\r\n" back as "\n", so a
 * figure proposed from a text with CRLF line ends ("between 30 and\r\n40") and recorded was
 * proposed again by --exclude-existing (an outside audit).
 */
export function sameFigureText(a: string, b: string): boolean {
  return collapse(a) === collapse(b);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether quote `outer` holds quote `inner` (runs of white space aside, as `quoteContains`) at a
 * place that takes in `outer[start, end)`: where a figure printed twice in `outer` stands, only the
 * place `inner` quotes is the one it records ("200 in June" of "200 in May and 200 in June").
 */
export function quoteContainsAt(outer: string, inner: string, start: number, end: number): boolean {
  // Folded one mark for one, so places in `outer` stay where they were: a recorded quote typed
  // with straight quotes matches the text's curly ones, as the provenance rule matches them.
  const words = foldQuotesAndDashes(inner).trim().split(/\s+/).map(escaped);
  if (words[0] === "") return false;
  const pattern = new RegExp(words.join(String.raw`\s+`), "g");
  const folded = foldQuotesAndDashes(outer);
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    if (m.index <= start && end <= m.index + m[0].length) return true;
    // Overlapping places too: "200 200" holds "200" twice.
    pattern.lastIndex = m.index + 1;
  }
  return false;
}
