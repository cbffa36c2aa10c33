import { escapeCell } from "@tally/ui";

/**
 * Rows of a console result as CSV lines (no header), each ending in "\n", quoted as `toCsv` quotes
 * them and escaped against spreadsheet formulas as it does, except the `numericText` columns (by
 * position): an exact decimal or a BIGINT kept as text ("-2.50") is a number, and escapeCell would
 * write it as the text "'-2.50". NULL is an empty cell and the empty string a quoted one (`""`),
 * as DuckDB's own COPY … TO CSV writes them, so a reader of the file can tell them apart.
 */
export function csvLines(rows: readonly (readonly unknown[])[], numericText: ReadonlySet<number>): string {
  let out = "";
  for (const row of rows) {
    out += row.map((v, c) => cell(v, numericText.has(c))).join(",");
    out += "\n";
  }
  return out;
}

function cell(value: unknown, numericText: boolean): string {
  if (value === "") return '""';
  return numericText && typeof value === "string" ? value : quoted(escapeCell(value));
}

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
