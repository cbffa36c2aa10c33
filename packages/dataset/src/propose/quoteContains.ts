const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether quote `outer` contains quote `inner` once runs of white space are one space, as the
 * provenance rule compares them: the texts print no-break spaces where recorded quotes have plain ones.
 */
export function quoteContains(outer: string, inner: string): boolean {
  return collapse(outer).includes(collapse(inner));
}
