import type { Problem } from "./schema/problem.js";

/** One line for a person: `claims.csv:5 (row 4, value_low): value_low "abc" must be a number …`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.row === null ? null : `row ${problem.row}`, problem.column]
    .filter(Boolean)
    .join(", ");
  const at = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return `${at}${where ? ` (${where})` : ""}: ${problem.message} [${problem.code}]`;
}
