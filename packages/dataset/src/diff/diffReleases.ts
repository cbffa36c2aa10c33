import * as aq from "arquero";

const { op } = aq;

import { TABLE_NAMES, TABLES, type TableName, type Tables } from "../schema/tables.js";

type Value = string | number | boolean | null;
type Row<K extends TableName> = Tables[K][number];
type ColumnTable = ReturnType<typeof aq.from>;

export interface FieldChange {
  field: string;
  before: Value;
  after: Value;
}

export interface RowChange {
  id: string;
  changes: FieldChange[];
}

export interface TableDiff<K extends TableName> {
  added: Row<K>[];
  removed: Row<K>[];
  changed: RowChange[];
}

/** What changed between two releases, table by table, matched by each table's key. */
export type ReleaseDiff = { [K in TableName]: TableDiff<K> };

/**
 * The columns the rows carry, and always the key: a table with no rows has no columns to read
 * from, and a join needs its key column even then.
 */
function columnsOf(rows: readonly object[], key: string): string[] {
  return [...new Set([...rows.flatMap((r) => Object.keys(r)), key])];
}

/** The table with every one of `fields`, null where it lacks one (a column added between releases). */
function widen(table: ColumnTable, fields: readonly string[]): ColumnTable {
  const missing = fields.filter((f) => !table.columnNames().includes(f));
  return missing.length === 0 ? table : table.derive(Object.fromEntries(missing.map((f) => [f, "null"])));
}

/**
 * Both releases folded to one row per (row, field), joined on key and field: a field changed
 * where its before and after differ (`Object.is`, so NaN equals NaN), grouped back into one
 * change list per row in the order of the newer release's rows and fields.
 */
function changedRows(
  old: ColumnTable,
  now: ColumnTable,
  key: string,
  fields: readonly string[],
): RowChange[] {
  if (fields.length === 0) return [];
  const was = widen(old, fields)
    .fold([...fields], { as: ["field", "before"] })
    .select(key, "field", "before");
  const is = widen(now, fields)
    .fold([...fields], { as: ["field", "after"] })
    .select(key, "field", "after")
    .derive({ order: op.row_number() });
  const differs = aq.escape(
    (d: { before: Value; after: Value }) => !Object.is(d.before ?? null, d.after ?? null),
  );
  // Keys as [left columns, right columns]: a flat pair would read as one column on each side.
  const on = [key, "field"];
  return is
    .join(was, [on, on])
    .filter(differs)
    .derive({
      change: aq.escape((d: { field: string; before: Value; after: Value }) => ({
        field: d.field,
        before: d.before ?? null,
        after: d.after ?? null,
      })),
    })
    .orderby("order")
    .groupby(key)
    .rollup({ first: op.min("order"), changes: op.array_agg("change") })
    .orderby("first")
    .objects()
    .map((r) => {
      const row = r as Record<string, unknown>;
      return { id: String(row[key]), changes: row.changes as FieldChange[] };
    });
}

function diffTable<K extends TableName>(table: K, before: Row<K>[], after: Row<K>[]): TableDiff<K> {
  const key = TABLES[table].key;
  const beforeColumns = columnsOf(before, key);
  const afterColumns = columnsOf(after, key);
  const old = aq.from(before, beforeColumns);
  const now = aq.from(after, afterColumns);
  // The key never differs between matched rows; every other column either side has is compared.
  const fields = [...new Set([...beforeColumns, ...afterColumns])].filter((f) => f !== key);
  return {
    added: now.antijoin(old, key).objects() as Row<K>[],
    removed: old.antijoin(now, key).objects() as Row<K>[],
    changed: changedRows(old, now, key, fields),
  };
}

/** Rows added, removed and changed (with each changed field's before and after) from `before` to `after`. */
export function diffReleases(before: Tables, after: Tables): ReleaseDiff {
  const diff = {} as Record<TableName, unknown>;
  for (const table of TABLE_NAMES) diff[table] = diffTable(table, before[table], after[table]);
  return diff as ReleaseDiff;
}

/** True when nothing changed in any table. */
export function isEmptyDiff(diff: ReleaseDiff): boolean {
  return TABLE_NAMES.every(
    (t) => diff[t].added.length + diff[t].removed.length + diff[t].changed.length === 0,
  );
}
