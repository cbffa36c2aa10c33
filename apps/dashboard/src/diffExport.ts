import type { AnyTableName } from "@tally/dataset";
import {
  diffedTables,
  type FieldChange,
  NO_SUCH_COLUMN,
  type ReleaseDiff,
  rowIdOf,
} from "@tally/dataset/diff";
import { type ExportColumn, exportCsv, exportStem } from "@tally/ui";

/** One line of a comparison's CSV: a row added or removed, or one field of a row changed. */
export interface DiffLine {
  table: AnyTableName;
  change: "added" | "removed" | "changed";
  id: string;
  field: string;
  before: string;
  after: string;
}

const COLUMNS: readonly ExportColumn[] = [
  { key: "table", header: "Table" },
  { key: "change", header: "Change" },
  { key: "id", header: "Row ID" },
  { key: "field", header: "Field" },
  { key: "before", header: "Before" },
  { key: "after", header: "After" },
  { key: "releases", header: "Releases compared" },
];

/**
 * A side's value as a cell: a value as the data holds it (a list or object as JSON), empty for
 * none, and `NO_SUCH_COLUMN` where that release predates the column, as the view says it.
 */
function cell(change: FieldChange, side: "before" | "after"): string {
  if (change.absent === side) return NO_SUCH_COLUMN;
  const v = change[side];
  return v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** The comparison as lines, table by table in the dataset's order: added, removed, then changed fields. */
export function diffLines(diff: ReleaseDiff): DiffLine[] {
  return diffedTables(diff).flatMap((table) => {
    const { added, removed, changed } = diff[table]!;
    const whole = (change: "added" | "removed") => (row: object) => ({
      table,
      change,
      id: rowIdOf(table, row),
      field: "",
      before: "",
      after: "",
    });
    return [
      ...added.map(whole("added")),
      ...removed.map(whole("removed")),
      ...changed.flatMap(({ id, changes }) =>
        changes.map((c) => ({
          table,
          change: "changed" as const,
          id,
          field: c.field,
          before: cell(c, "before"),
          after: cell(c, "after"),
        })),
      ),
    ];
  });
}

/**
 * The comparison as a UTF-8 CSV that says in every row which releases it compares, for a
 * maintainer's review or a report's appendix: the view showed it and offered no file (an outside
 * audit), where `pnpm dataset diff --format json` has one.
 */
export function diffCsv(diff: ReleaseDiff, dataset: string, from: string, to: string) {
  const releases = `${dataset}@${from} → ${dataset}@${to}`;
  return {
    name: `${exportStem(`changes from ${from}`, dataset, to)}.csv`,
    text: exportCsv(
      diffLines(diff).map((line) => ({ ...line, releases })),
      COLUMNS,
    ),
  };
}
