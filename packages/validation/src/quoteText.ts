/**
 * The one normal form quotes and source texts are compared in: only whitespace and typographic
 * quote and dash differences are forgiven, so a match still means the words are the source's.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
