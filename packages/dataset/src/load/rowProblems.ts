import type { z } from "zod";
import { schemaProblemCode } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { shortened } from "../shortened.js";

const SHOWN = 60;

const quoted = (value: string): string => JSON.stringify(shortened(value, SHOWN));

function reason(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `is not one of ${issue.values.map(String).join(", ")}`;
  return issue.message;
}

/**
 * `value_low "abc" must be a number such as 200 or 3.5`: the column, the value as written, and
 * why. Messages that already start with the value (`2023-02-30 is not a real date`) are not
 * made to repeat it.
 */
export function describeIssue(column: string, raw: string | undefined, text: string): string {
  if (raw === undefined || raw.trim() === "") return `${column} ${text}`;
  for (const shown of new Set([raw, String(Number(raw))]))
    if (text.startsWith(`${shown} `)) return `${column} ${quoted(raw)} ${text.slice(shown.length + 1)}`;
  return `${column} ${quoted(raw)} ${text}`;
}

/** A row that failed its schema becomes one problem per failing column, located at the row. */
export function rowProblems(
  error: z.ZodError,
  cells: Record<string, string>,
  at: { file: string; row: number; line: number },
): Problem[] {
  // Every issue is believed: a table's cross-column checks read only the cells that parsed
  // (`schema/rowChecks.ts`), so they run, and are right, beside a failed cell.
  return error.issues.map((issue) => {
    const head = issue.path[0];
    const column = typeof head === "string" ? head : null;
    const text = reason(issue);
    return {
      code: schemaProblemCode(column),
      file: at.file,
      row: at.row,
      line: at.line,
      column,
      message: column === null ? text : describeIssue(column, cells[column], text),
    };
  });
}
