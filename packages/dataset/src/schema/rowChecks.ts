import type { z } from "zod";

/**
 * The options of a table's cross-column check: zod runs it whatever cells of the row failed, so
 * one bad cell does not hide another column's problem until the next run. The check reads only
 * the cells that parsed (`parsedCells`): a failed cell holds its raw text, or nothing.
 */
export const EVERY_ROW = { when: () => true } as const;

const ALL_PARSED = () => true;

/**
 * Whether the cells of these columns parsed, as the check finds the row on entry (before it adds
 * issues of its own). A row that parsed, every row on the loader's fast path, costs nothing.
 */
export function parsedCells(ctx: z.core.ParsePayload): (...columns: string[]) => boolean {
  if (ctx.issues.length === 0) return ALL_PARSED;
  const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
  return (...columns) => columns.every((column) => !failed.has(column));
}
