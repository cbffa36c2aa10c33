import { stringify } from "csv-stringify/browser/esm/sync";

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: a leading `'` stops `=`, `+`, `-`, `@`, tab
 * and carriage return from starting a formula. Numbers stay numbers (a negative figure is data).
 */
export function escapeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Exactly the given rows and columns as CSV (header first, RFC 4180 quoting, CRLF-free). */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const body = rows.map((row) => columns.map((c) => escapeCell(row[c])));
  return stringify([columns.map(escapeCell), ...body], { record_delimiter: "\n" });
}
