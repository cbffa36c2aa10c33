import type { AnyTableName } from "@tally/dataset";
import {
  type DescriptorChange,
  diffedTables,
  type FieldChange,
  NO_SUCH_COLUMN,
  type ReleaseDiff,
  rowIdOf,
} from "@tally/dataset/diff";
import { type ExportColumn, exportCsv, exportStem } from "@tally/ui";

/** One line of a comparison's CSV: a row added or removed, one field of a row changed, or a change to the descriptor. */
export interface DiffLine {
  table: AnyTableName | typeof DESCRIPTOR;
  change: "added" | "removed" | "changed" | "not compared";
  id: string;
  field: string;
  before: string;
  after: string;
}

const DESCRIPTOR = "datapackage.json";

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

/** A descriptor's value whole, as `pnpm dataset diff --format json` gives it: a text as it is, else JSON. */
const descriptorCell = (value: unknown): string =>
  value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);

/** The descriptor's changes, or why the two descriptors could not be compared (one failed to load). */
export type DescriptorOutcome = readonly DescriptorChange[] | { error: string };

/**
 * What changed in the descriptor, a line per change (`descriptorDiff`), each value whole where the
 * view's lines cut it at 60 characters: the row ID is the resource's path (empty for the package's
 * own properties), the field the property as the CHANGELOG names it ("description of source_id",
 * "field title_inferred"). Descriptors that could not be compared are one "not compared" line with
 * the reason under After, as the view says it: a file without any would read as no change.
 */
export function descriptorLines(outcome: DescriptorOutcome): DiffLine[] {
  if ("error" in outcome)
    return [
      { table: DESCRIPTOR, change: "not compared", id: "", field: "", before: "", after: outcome.error },
    ];
  return outcome.map((c) => ({
    table: DESCRIPTOR,
    change: c.before === undefined ? "added" : c.after === undefined ? "removed" : "changed",
    id: c.resource ?? "",
    field:
      c.field === undefined
        ? c.property
        : c.property === "field"
          ? `field ${c.field}`
          : `${c.property} of ${c.field}`,
    before: descriptorCell(c.before),
    after: descriptorCell(c.after),
  }));
}

/**
 * The comparison as a UTF-8 CSV that says in every row which releases it compares, for a
 * maintainer's review or a report's appendix: the view showed it and offered no file (an outside
 * audit), where `pnpm dataset diff --format json` has one. The descriptor's changes come last: the
 * file held the rows' alone, so 1.1.0 → 1.1.1, a change of the descriptor only, had none to offer.
 */
export function diffCsv(
  diff: ReleaseDiff,
  descriptor: DescriptorOutcome,
  dataset: string,
  from: string,
  to: string,
) {
  const releases = `${dataset}@${from} → ${dataset}@${to}`;
  return {
    name: `${exportStem(`changes from ${from}`, dataset, to)}.csv`,
    text: exportCsv(
      [...diffLines(diff), ...descriptorLines(descriptor)].map((line) => ({ ...line, releases })),
      COLUMNS,
    ),
  };
}
