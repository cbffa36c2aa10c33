import type { AnyTableName } from "@tally/dataset";
import { diffedTables, type ReleaseDiff } from "@tally/dataset/diff";
import * as aq from "arquero";

const { op } = aq;

/** One table's line in the Versions comparison: rows added, removed, changed, and which fields changed. */
export interface DiffSummaryRow {
  table: AnyTableName;
  added: number;
  removed: number;
  changed: number;
  /**
   * The fields that changed, with the number of rows each changed in, most first (ties in column
   * order); `absent` when one release has no such column (`FieldChange.absent`): a column added
   * ("before") or dropped ("after"), listed in the rows where the other release says something.
   */
  fields: { field: string; rows: number; absent?: "before" | "after" }[];
}

const KINDS = ["added", "removed", "changed"] as const;

/**
 * The diff counted per table and per field, every table the diff holds listed (in the dataset's
 * order: the four, then assessments and the vocabularies both releases have) even when nothing in
 * it changed. Expressions are strings, not arrow functions: arquero reads a
 * function from its source text, which minification would rename out from under it.
 */
export function diffSummary(diff: ReleaseDiff): DiffSummaryRow[] {
  const names = diffedTables(diff);
  const tables = aq.table({ table: names, order: names.map((_, i) => i) });
  const rowChanges = aq.from(
    names.flatMap((table) => KINDS.flatMap((kind) => diff[table]![kind].map(() => ({ table, kind })))),
    ["table", "kind"],
  );
  const fieldChanges = aq.from(
    names.flatMap((table) =>
      diff[table]!.changed.flatMap((row) =>
        // "none", not null: array_agg leaves nulls out, which would shift the fields' marks.
        row.changes.map(({ field, absent }) => ({ table, field, absent: absent ?? "none" })),
      ),
    ),
    ["table", "field", "absent"],
  );
  const counts = rowChanges.groupby("table").rollup({
    added: "d => op.sum(d.kind === 'added')",
    removed: "d => op.sum(d.kind === 'removed')",
    changed: "d => op.sum(d.kind === 'changed')",
  });
  // Ties keep the order the diff names them in (the newer release's rows, then its columns).
  const fields = fieldChanges
    .derive({ seen: op.row_number() })
    .groupby("table", "field")
    // A column one release lacks is lacking in every row of it: one value per field.
    .rollup({ rows: op.count(), seen: op.min("seen"), absent: op.max("absent") })
    .orderby(aq.desc("rows"), "seen")
    .groupby("table")
    .rollup({ fields: op.array_agg("field"), rows: op.array_agg("rows"), absent: op.array_agg("absent") });
  return tables
    .join_left(counts, "table")
    .join_left(fields, "table")
    .impute({ added: "() => 0", removed: "() => 0", changed: "() => 0" })
    .orderby("order")
    .objects()
    .map((o) => {
      const r = o as Omit<DiffSummaryRow, "fields"> & {
        fields?: string[];
        rows?: number[];
        absent?: ("before" | "after" | "none")[];
      };
      return {
        table: r.table,
        added: r.added,
        removed: r.removed,
        changed: r.changed,
        fields: (r.fields ?? []).map((field, i) => {
          const absent = r.absent![i];
          return absent === "none"
            ? { field, rows: r.rows![i]! }
            : { field, rows: r.rows![i]!, absent: absent! };
        }),
      };
    });
}
