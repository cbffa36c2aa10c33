import { PROBLEM_CODES } from "../problemCodes.js";
import { REFERENCES } from "../references.js";
import type { Problem } from "../schema/problem.js";
import { TABLE_NAMES, TABLES, type TableName, type Tables } from "../schema/tables.js";
import type { Locations } from "./loadedDataset.js";

export interface ReferenceOptions {
  /**
   * Keys written in rows that failed their schema: those rows are already reported, so a claim
   * pointing at one is not reported again as pointing at nothing.
   */
  unloadedKeys?: Partial<Record<TableName, Iterable<string>>>;
}

function keyOf(table: TableName, row: object): string {
  return (row as Record<string, unknown>)[TABLES[table].key] as string;
}

/** Unique keys per table, and every reference (claims → events, sources, metrics, claims) resolves. */
export function checkReferences(
  tables: Tables,
  locations: Locations,
  options: ReferenceOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const keys = {} as Record<TableName, Set<string>>;
  for (const table of TABLE_NAMES) {
    const { file, key } = TABLES[table];
    const first = new Map<string, number>();
    keys[table] = new Set(options.unloadedKeys?.[table] ?? []);
    tables[table].forEach((row, i) => {
      const id = keyOf(table, row);
      keys[table].add(id);
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        return;
      }
      const was = locations[table][earlier]!;
      const at = locations[table][i]!;
      problems.push({
        code: PROBLEM_CODES.keyDuplicate,
        file,
        row: at.row,
        line: at.line,
        column: key,
        message: `${key} ${JSON.stringify(id)} is used again; it first appears on row ${was.row} (line ${was.line})`,
      });
    });
  }

  for (const ref of REFERENCES) {
    const { file } = TABLES[ref.table];
    const target = TABLES[ref.target];
    (tables[ref.table] as object[]).forEach((row, i) => {
      const value = (row as Record<string, unknown>)[ref.column];
      if (typeof value !== "string" || keys[ref.target].has(value)) return;
      const at = locations[ref.table][i]!;
      problems.push({
        code: ref.code,
        file,
        row: at.row,
        line: at.line,
        column: ref.column,
        message: `${ref.column} ${JSON.stringify(value)} is not a ${target.key} in ${target.file}`,
      });
    });
  }
  return problems;
}
