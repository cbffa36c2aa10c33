import { onlyReads } from "./consoleSql.js";

/**
 * Where "Download full result as CSV" takes the rows of the result on screen from. The statements
 * before the last are never run again: they ran once already, and running them again changed what
 * the file held (an INSERT added its rows a second time) or failed it (a CREATE TABLE found its
 * table there).
 * - "shown": every row is on screen already, and is written from there.
 * - "last statement": there are more rows than shown, and the last statement, which only reads,
 *   runs again on its own.
 * - null: there are more rows than shown from a statement that changes a table, which running
 *   again would change again, or that gives other values each time (nextval, random).
 */
export type CsvSource = "shown" | "last statement" | null;

export function csvSource(result: { statement: string; rows: readonly unknown[]; total: number }): CsvSource {
  if (result.total <= result.rows.length) return "shown";
  return onlyReads(result.statement) ? "last statement" : null;
}
