import { REFERENCES } from "../references.js";
import { type AnyTableName, tableSpecOf } from "../schema/tables.js";
import { OPTIONAL_REFERENCES } from "./optionalReferences.js";

/** The columns of figures, in claims and assessments: judged by their metric's unit after loading. */
const VALUE_COLUMNS = ["value_low", "value_high", "low", "best", "high"];

/**
 * The cells of a row left out of its table that later checks still read: its key, its references
 * and its values (judged by their unit). Not every cell: a file whose every row fails would keep a
 * second copy of its quotes.
 */
export function keptColumnsOf(table: AnyTableName): string[] {
  const { key } = tableSpecOf(table);
  return [
    ...new Set([
      ...(typeof key === "string" ? [key] : []),
      ...[...REFERENCES, ...OPTIONAL_REFERENCES]
        .filter((ref) => ref.table === table)
        .map((ref) => ref.column),
      ...VALUE_COLUMNS,
    ]),
  ];
}

/**
 * The kept cells of a row that loaded and is then left out (its key is an earlier row's), written
 * as a rejected row's are: a reference as its id, a figure as its number, an empty cell not at all.
 */
export function keptCellsOf(
  row: Readonly<Record<string, unknown>>,
  columns: readonly string[],
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const column of columns) {
    const value = row[column];
    if ((typeof value === "string" && value !== "") || typeof value === "number")
      kept[column] = String(value);
  }
  return kept;
}
