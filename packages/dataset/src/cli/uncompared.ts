import { rowIdOf } from "../diff/diffReleases.js";
import type { LoadedDataset } from "../load/loadedDataset.js";
import { TABLE_NAMES, TABLES, type TableName, type Tables } from "../schema/tables.js";

/** The tables whose rows may go uncompared: the four, and assessments, named by event and metric. */
const COMPARED = [...TABLE_NAMES, "assessments"] as const;
type Compared = (typeof COMPARED)[number];

/** Per table, the keys of rows that did not load cleanly, sorted; tables with none are left out. */
export type Uncompared = Partial<Record<Compared, string[]>>;

/**
 * The assessments named "event / metric" that cannot be compared: written in a row that did not
 * load, or assessed twice. The loader leaves a repeated assessment to the assessments rule (a key
 * of two columns is nobody's reference), so both rows loaded, and the diff matched one of them
 * against the other side's row and dropped the other unseen (an outside review).
 */
function uncomparedAssessments(loaded: LoadedDataset): string[] {
  const ids = new Set<string>();
  for (const { cells } of loaded.rejected?.assessments ?? [])
    if (cells.event_id && cells.metric)
      ids.add(rowIdOf("assessments", { event_id: cells.event_id.trim(), metric: cells.metric.trim() }));
  const seen = new Set<string>();
  for (const row of loaded.tables.assessments) {
    const id = rowIdOf("assessments", row);
    if (seen.has(id)) ids.add(id);
    seen.add(id);
  }
  return [...ids];
}

/**
 * The keys `pnpm dataset diff` cannot compare in one loaded side: those written in rows that did
 * not load (a bad cell, the number of fields, a quote left open, a header that lacks a column, a
 * key an earlier row has, whose first row alone loads). Compared anyway, a claim with one bad cell
 * read as removed and the second row of a repeated id as a change to the first (an outside review).
 */
export function uncomparedKeys(loaded: LoadedDataset): Uncompared {
  const out: Uncompared = {};
  for (const table of TABLE_NAMES) {
    const keys = new Set<string>(loaded.unloaded?.[table] ?? []);
    if (keys.size > 0) out[table] = [...keys].sort();
  }
  const assessments = uncomparedAssessments(loaded);
  if (assessments.length > 0) out.assessments = assessments.sort();
  return out;
}

/** Both sides' uncompared keys, per table. */
export function mergeUncompared(a: Uncompared, b: Uncompared): Uncompared {
  const out: Uncompared = {};
  for (const table of COMPARED) {
    const keys = [...new Set([...(a[table] ?? []), ...(b[table] ?? [])])].sort();
    if (keys.length > 0) out[table] = keys;
  }
  return out;
}

/** The tables without the rows whose key is uncompared, so that they are neither added, removed nor changed. */
export function withoutUncompared(tables: Tables, uncompared: Uncompared): Tables {
  const out = { ...tables };
  for (const table of TABLE_NAMES) {
    const skip = new Set(uncompared[table] ?? []);
    if (skip.size === 0) continue;
    const key = TABLES[table].key;
    (out as Record<TableName, unknown>)[table] = (tables[table] as readonly Record<string, unknown>[]).filter(
      (row) => !skip.has(String(row[key])),
    );
  }
  const skip = new Set(uncompared.assessments ?? []);
  if (skip.size > 0)
    out.assessments = tables.assessments.filter((row) => !skip.has(rowIdOf("assessments", row)));
  return out;
}

/**
 * The tables either side could not read row by row (`LoadedDataset.unread`: an empty file, another
 * delimiter, a renamed key column). Compared anyway, every row of the other side read as added or
 * removed ("events: 9 removed" for a file saved with semicolons: an outside review).
 */
export function unreadTables(...sides: readonly LoadedDataset[]): TableName[] {
  return TABLE_NAMES.filter((t) => sides.some((side) => side.unread?.includes(t)));
}

/** The tables with every row of `tables` (both sides') left out of the comparison. */
export function withoutTables(tables: Tables, unread: readonly TableName[]): Tables {
  const out = { ...tables };
  for (const table of unread) (out as Record<TableName, unknown>)[table] = [];
  return out;
}

/** Per table, the rows of one side that did not load and name no key, by line. */
export type Keyless = Partial<Record<TableName, readonly number[]>>;

/**
 * The keys that may be a row without one (`LoadedDataset.keyless`): where a side has such a row,
 * the other side's rows it has no match for may be that row, so none is called added or removed.
 * A claim whose id cell was emptied was listed as removed, beside no word of the row that lost it
 * (an outside audit). Keys already uncompared, and tables not read, are left out.
 */
export function keylessSuspects(
  before: LoadedDataset,
  after: LoadedDataset,
  uncompared: Uncompared,
  unread: readonly TableName[],
): Uncompared {
  const out: Uncompared = {};
  for (const table of TABLE_NAMES) {
    if (unread.includes(table)) continue;
    const key = TABLES[table].key as string;
    const keysOf = (side: LoadedDataset) =>
      new Set((side.tables[table] as readonly Record<string, unknown>[]).map((row) => String(row[key])));
    const [was, now] = [keysOf(before), keysOf(after)];
    const skip = new Set(uncompared[table] ?? []);
    const suspects = [
      ...(after.keyless?.[table]?.length ? [...was].filter((k) => !now.has(k)) : []),
      ...(before.keyless?.[table]?.length ? [...now].filter((k) => !was.has(k)) : []),
    ].filter((k) => !skip.has(k));
    if (suspects.length > 0) out[table] = suspects.sort();
  }
  return out;
}
