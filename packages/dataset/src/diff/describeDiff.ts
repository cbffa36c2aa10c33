import { visibleControls } from "../visibleControls.js";
import { diffedTables, type FieldChange, type ReleaseDiff, rowIdOf } from "./diffReleases.js";
import { lookAlike, spacesShown } from "./lookAlike.js";

// JSON.stringify escapes C0 controls and quotes; C1 controls, line separators and characters that
// print as nothing (a U+202E from the data, found raw by an outside review) it leaves as they are.
const show = (v: unknown) =>
  v === null ? "(empty)" : typeof v === "string" ? visibleControls(JSON.stringify(v)) : String(v);

/**
 * A side's value, or what a release without the column says of it: nothing was recorded. Sides
 * that differ only in their kinds of white space show them (`lookAlike`).
 */
const sideOf = (c: FieldChange, side: "before" | "after") =>
  c.absent === side
    ? "(no such column)"
    : lookAlike(c.before, c.after)
      ? spacesShown(show(c[side]))
      : show(c[side]);

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
    const { added, removed, changed } = diff[table]!;
    const ids = (rows: readonly object[]) => rows.map((r) => rowIdOf(table, r)).join(", ");
    const parts: string[] = [];
    if (added.length > 0) parts.push(`${added.length} added (${ids(added)})`);
    if (removed.length > 0) parts.push(`${removed.length} removed (${ids(removed)})`);
    if (changed.length > 0)
      parts.push(
        `${changed.length} changed (${changed
          .map(
            ({ id, changes }) =>
              `${id}: ${changes.map((c) => `${c.field} ${sideOf(c, "before")} → ${sideOf(c, "after")}`).join(", ")}`,
          )
          .join("; ")})`,
      );
    if (parts.length > 0) lines.push(`${table}: ${parts.join("; ")}`);
  }
  lines.push(...descriptor);
  return lines.length > 0 ? lines : [NO_CHANGES];
}
