import { escapeCell } from "@tally/ui";

/**
 * Rows of a console result as CSV lines (no header), each ending in "\n", quoted as `toCsv` quotes
 * them and escaped against spreadsheet formulas as it does, except the `numericText` columns (by
 * position): an exact decimal or a BIGINT kept as text ("-2.50") is a number, and escapeCell would
 * write it as the text "'-2.50".
 */
export function csvLines(rows: readonly (readonly unknown[])[], numericText: ReadonlySet<number>): string {
  let out = "";
  for (const row of rows) {
    out += row
      .map((v, c) => (numericText.has(c) && typeof v === "string" ? v : quoted(escapeCell(v))))
      .join(",");
    out += "\n";
  }
  return out;
}

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
