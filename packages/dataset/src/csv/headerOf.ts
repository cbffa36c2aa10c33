/**
 * The bytes `headerOf` reads. Headers are short: 4 KB holds any Tally header many times over, and
 * a longer one is cut at a field boundary no worse than a missing column, which the loader reports.
 */
export const HEADER_BYTES = 4096;

/** A CSV's header row as `headerRecordOf` reads it. */
export interface HeaderRecord {
  names: string[];
  /** What ends the header row ("\n", "\r\n" or a lone "\r"); null when no line end is in the bytes. */
  terminator: string | null;
}

/**
 * The header row of a CSV, read from the first record only (a table of a million rows need not be
 * parsed to know whether it has a column, or how its lines end). Quoted names and a BOM are
 * handled; the full reader (`scanCsv`) still reports whatever else is wrong with the header.
 */
export function headerRecordOf(bytes: Uint8Array): HeaderRecord {
  const text = new TextDecoder().decode(bytes.subarray(0, HEADER_BYTES)).replace(/^\uFEFF/, "");
  const names: string[] = [];
  let field = "";
  let quoted = false;
  let terminator: string | null = null;
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
    } else if (ch === "\n" || ch === "\r") {
      // A CR at the very end of the bytes read may be the first half of a CRLF: not known.
      if (ch === "\n") terminator = "\n";
      else if (text[i + 1] === "\n") terminator = "\r\n";
      else if (i + 1 < text.length) terminator = "\r";
      break;
    } else field += ch;
  }
  names.push(field);
  return { names, terminator };
}

/** The column names of a CSV's header row (see `headerRecordOf`). */
export const headerOf = (bytes: Uint8Array): string[] => headerRecordOf(bytes).names;
