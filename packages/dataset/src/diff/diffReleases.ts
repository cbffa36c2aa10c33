import { TABLE_NAMES, TABLES, type TableName, type Tables } from "../schema/tables.js";

type Value = string | number | boolean | null;
type Row<K extends TableName> = Tables[K][number];

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

function diffTable<K extends TableName>(table: K, before: Row<K>[], after: Row<K>[]): TableDiff<K> {
  const key = TABLES[table].key;
  const idOf = (row: Row<K>) => (row as Record<string, Value>)[key] as string;
  const old = new Map(before.map((row) => [idOf(row), row]));
  const now = new Map(after.map((row) => [idOf(row), row]));
  const changed: RowChange[] = [];
  for (const [id, row] of now) {
    const was = old.get(id);
    if (was === undefined) continue;
    const a = was as Record<string, Value>;
    const b = row as Record<string, Value>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const changes = fields
      .filter((field) => !Object.is(a[field] ?? null, b[field] ?? null))
      .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
    if (changes.length > 0) changed.push({ id, changes });
  }
  return {
    added: after.filter((row) => !old.has(idOf(row))),
    removed: before.filter((row) => !now.has(idOf(row))),
    changed,
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
