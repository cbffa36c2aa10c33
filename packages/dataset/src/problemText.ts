import type { Problem } from "./schema/problem.js";
import { visibleControls } from "./visibleControls.js";

/**
 * One line for a person: `claims.csv:5 (row 4, value_low): value_low "abc" must be a number …`,
 * what the data put in it (a file or folder name, a manifest's key) shown through
 * `visibleControls`: git allows a line break in a file name, and `pnpm dataset verify`, `list` and
 * `build:data` printed "releases/1.1.2/evil\n::error::…" as a line of its own, which a CI log runs
 * as a workflow command (an outside audit). The validator's formats escaped it.
 */
export function formatProblem(problem: Problem): string {
  const where = [problem.row === null ? null : `row ${problem.row}`, problem.column]
    .filter(Boolean)
    .join(", ");
  const at = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return visibleControls(`${at}${where ? ` (${where})` : ""}: ${problem.message} [${problem.code}]`);
}
