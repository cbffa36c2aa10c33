import * as aq from "arquero";

const { op } = aq;

import { REPORTED_VIA_SEPARATOR } from "../schema/claim.js";
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
 * A value as its CSV cell reads: a list (a claim's `reported_via`) as its items joined as the cell
 * writes them, an empty list as an empty cell. Lists compare by their items, not by identity, and
 * a column a release lacks (null) equals an empty list.
 */
function cellOf(value: Value | readonly string[] | undefined): Value {
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(REPORTED_VIA_SEPARATOR);
  return (value as Value | undefined) ?? null;
}

/** Join suffixes no column name ends in, so each field's two sides can be found again. */
const BEFORE = "\u0000before";
const AFTER = "\u0000after";

/**
 * The rows both releases have, joined on the key side by side: a field changed where its before
 * and after differ (`Object.is`, so NaN equals NaN). Listed in the newer release's row order and,
 * within a row, in column order. Folding to one row per cell and joining those was tried first:
 * it joins rows × columns, and took 12.4 s for 20,000 claims against 5.2 s for this join and
 * 0.6-0.8 s for the hand-written loops it replaced (load average about 25 on 2 cores).
 */
function changedRows(
  old: ColumnTable,
  now: ColumnTable,
  key: string,
  fields: readonly string[],
): RowChange[] {
  if (fields.length === 0) return [];
  const changes = aq.escape((d: Record<string, Value | readonly string[]>) =>
    fields.flatMap((field) => {
      const before = cellOf(d[field + BEFORE]);
      const after = cellOf(d[field + AFTER]);
      return Object.is(before, after) ? [] : [{ field, before, after }];
    }),
  );
  return widen(now, fields)
    .derive({ order: op.row_number() })
    .join(widen(old, fields), key, undefined, { suffix: [AFTER, BEFORE] })
    .derive({ changes })
    .filter(aq.escape((d: { changes: FieldChange[] }) => d.changes.length > 0))
    .orderby("order")
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
