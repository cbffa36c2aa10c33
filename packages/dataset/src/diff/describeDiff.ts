import type { AnyTableName } from "../schema/tables.js";
import { visibleControls } from "../visibleControls.js";
import { diffedTables, type FieldChange, type ReleaseDiff, rowIdOf, type TableDiff } from "./diffReleases.js";
import { lookAlike, spacesShown } from "./lookAlike.js";

// JSON.stringify escapes C0 controls and quotes; C1 controls, line separators and characters that
// print as nothing (a U+202E from the data, found raw by an outside review) it leaves as they are.
const show = (v: unknown) =>
  v === null ? "(empty)" : typeof v === "string" ? visibleControls(JSON.stringify(v)) : String(v);

/** What a side says of a column its release predates: it recorded nothing there. */
export const NO_SUCH_COLUMN = "(no such column)";

/**
 * A side's value, or what a release without the column says of it: nothing was recorded. Sides
 * that differ only in their kinds of white space show them (`lookAlike`).
 */
const sideOf = (c: FieldChange, side: "before" | "after") =>
  c.absent === side
    ? NO_SUCH_COLUMN
    : lookAlike(c.before, c.after)
      ? spacesShown(show(c[side]))
      : show(c[side]);

/** A changed field as a line says it: `value_low 600 → 650`, a text quoted, `quote "…" → "…"`. */
export const fieldChangeText = (c: FieldChange): string =>
  `${c.field} ${sideOf(c, "before")} → ${sideOf(c, "after")}`;

/** The one line of a diff with nothing to say. */
export const NO_CHANGES = "no changes";

/**
 * The diff in lines a person reads (CHANGELOG, `pnpm dataset diff`): one line per table that
 * changed, naming the ids added and removed and, for changed rows, each field's before → after;
 * then the descriptor's changes, as `descriptorChanges` gives them (the rows do not show those).
 */
export function describeDiff(diff: ReleaseDiff, descriptor: readonly string[] = []): string[] {
  const lines: string[] = [];
  for (const table of diffedTables(diff)) {
    const line = tableChangesText(table, diff[table]!);
    if (line !== "") lines.push(`${table}: ${line}`);
  }
  lines.push(...descriptor);
  return lines.length > 0 ? lines : [NO_CHANGES];
}

/**
 * One table's changes in a line (empty when it has none): the ids added and removed, and each
 * changed row's fields, `1 changed (e-1: date "2023-10-09" → "2023-10-07")`.
 */
export function tableChangesText<K extends AnyTableName>(
  table: K,
  { added, removed, changed }: TableDiff<K>,
): string {
  const ids = (rows: readonly object[]) => rows.map((r) => rowIdOf(table, r)).join(", ");
  const parts: string[] = [];
  if (added.length > 0) parts.push(`${added.length} added (${ids(added)})`);
  if (removed.length > 0) parts.push(`${removed.length} removed (${ids(removed)})`);
  if (changed.length > 0)
    parts.push(
      `${changed.length} changed (${changed.map(({ id, changes }) => `${id}: ${changes.map(fieldChangeText).join(", ")}`).join("; ")})`,
    );
  return parts.join("; ");
}
