/**
 * The bytes `headerOf` reads. Headers are short: 4 KB holds any Tally header many times over, and
 * a longer one is cut at a field boundary no worse than a missing column, which the loader reports.
 */
export const HEADER_BYTES = 4096;

/**
 * The column names of a CSV's header row, read from the first record only (a table of a million
 * rows need not be parsed to know whether it has a column). Quoted names and a BOM are handled;
 * the full reader (`scanCsv`) still reports whatever else is wrong with the header.
 */
export function headerOf(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes.subarray(0, HEADER_BYTES)).replace(/^\uFEFF/, "");
  const names: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      names.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") break;
    else field += ch;
  }
  names.push(field);
  return names;
}
