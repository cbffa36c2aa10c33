import { columnsOf, type TableName } from "@tally/dataset";

/** A row before it becomes CSV: null is an empty cell, booleans print as true/false as in `data/`. */
export type Row = Record<string, string | number | boolean | null>;

export function toCells(table: TableName, row: Row): string[] {
  return columnsOf(table).map((column) => {
    const value = row[column];
    if (value === undefined) throw new Error(`${table} row has no ${column}`);
    return value === null ? "" : String(value);
  });
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const DAY_MS = 86_400_000;

/** Zero-padded ids in one sequence per table: c0000001, e0000001, s0000001. */
export const makeId = (prefix: string, n: number): string => `${prefix}${String(n).padStart(7, "0")}`;
