import type { z } from "zod";
import { schemaProblemCode } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";

const SHOWN = 60;

function quoted(value: string): string {
  return JSON.stringify(value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);
}

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
  // zod 4 still runs a schema's cross-column refinements when a cell failed (on the raw string),
  // so they are only believed when every cell parsed.
  const cellIssues = error.issues.filter((issue) => issue.code !== "custom");
  const issues = cellIssues.length > 0 ? cellIssues : error.issues;
  return issues.map((issue) => {
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
