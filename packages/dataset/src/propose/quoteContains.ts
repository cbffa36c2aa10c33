const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether quote `outer` contains quote `inner` once runs of white space are one space, as the
 * provenance rule compares them: the texts print no-break spaces where recorded quotes have plain ones.
 */
export function quoteContains(outer: string, inner: string): boolean {
  return collapse(outer).includes(collapse(inner));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether quote `outer` holds quote `inner` (runs of white space aside, as `quoteContains`) at a
 * place that takes in `outer[start, end)`: where a figure printed twice in `outer` stands, only the
 * place `inner` quotes is the one it records ("200 in June" of "200 in May and 200 in June").
 */
export function quoteContainsAt(outer: string, inner: string, start: number, end: number): boolean {
  const words = inner.trim().split(/\s+/).map(escaped);
  if (words[0] === "") return false;
  const pattern = new RegExp(words.join(String.raw`\s+`), "g");
  for (let m = pattern.exec(outer); m !== null; m = pattern.exec(outer)) {
    if (m.index <= start && end <= m.index + m[0].length) return true;
    // Overlapping places too: "200 200" holds "200" twice.
    pattern.lastIndex = m.index + 1;
  }
  return false;
}
