import { TABLE_NAMES, TABLES } from "../schema/tables.js";
import type { ReleaseDiff } from "./diffReleases.js";

/**
 * What JSON.stringify leaves as it is but a terminal or a CHANGELOG should not print raw: C1
 * controls, the line and paragraph separators, and characters that print as nothing, the
 * bidirectional overrides among them, which can make a line read as something else (an outside
 * review found a U+202E from the data printed raw). Shown as `\u202e`, as the validator's reports do.
 */
const UNSEEN = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Default_Ignorable_Code_Point}]/gu;

const show = (v: unknown) =>
  v === null
    ? "(empty)"
    : typeof v === "string"
      ? JSON.stringify(v).replace(UNSEEN, (c) => {
          const n = c.codePointAt(0)!;
          return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, "0")}`;
        })
      : String(v);

/**
 * The diff in lines a person reads (CHANGELOG, `pnpm dataset diff`): one line per table that
 * changed, naming the ids added and removed and, for changed rows, each field's before → after.
 */
export function describeDiff(diff: ReleaseDiff): string[] {
  const lines: string[] = [];
  for (const table of TABLE_NAMES) {
    const { added, removed, changed } = diff[table];
    const key = TABLES[table].key;
    const ids = (rows: object[]) => rows.map((r) => (r as Record<string, string>)[key]).join(", ");
    const parts: string[] = [];
    if (added.length > 0) parts.push(`${added.length} added (${ids(added)})`);
    if (removed.length > 0) parts.push(`${removed.length} removed (${ids(removed)})`);
    if (changed.length > 0)
      parts.push(
        `${changed.length} changed (${changed
          .map(
            ({ id, changes }) =>
              `${id}: ${changes.map((c) => `${c.field} ${show(c.before)} → ${show(c.after)}`).join(", ")}`,
          )
          .join("; ")})`,
      );
    if (parts.length > 0) lines.push(`${table}: ${parts.join("; ")}`);
  }
  return lines.length > 0 ? lines : ["no changes"];
}
