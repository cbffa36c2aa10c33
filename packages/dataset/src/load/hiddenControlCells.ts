import { hiddenControlsText } from "../csv/hiddenControls.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import type { RowLocations } from "./rowLocations.js";

/**
 * A problem for each cell of `cells` that holds a hidden character (`hiddenControlsText`), but for
 * the columns in `skip`. A list cell (`claim_ids`) is told once, by its first such item.
 */
export function hiddenControlsOfRow(
  file: string,
  place: { row: number; line: number },
  cells: Record<string, unknown>,
  skip?: ReadonlySet<string | null>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [column, value] of Object.entries(cells)) {
    if (skip?.has(column)) continue;
    const texts = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    for (const text of texts) {
      const message = typeof text === "string" ? hiddenControlsText(column, text) : undefined;
      if (message === undefined) continue;
      problems.push({
        code: PROBLEM_CODES.textHiddenControl,
        file,
        row: place.row,
        line: place.line,
        column,
        message,
      });
      break;
    }
  }
  return problems;
}

/**
 * `hiddenControlsOfRow` for each loaded row `from` onwards. Called only for a file the byte scan
 * found a hidden character in, so a clean million claims costs no look at a cell.
 */
export function hiddenControlCells(
  file: string,
  rows: readonly unknown[],
  locations: RowLocations,
  from: number,
): Problem[] {
  const problems: Problem[] = [];
  for (let i = from; i < rows.length; i++)
    for (const p of hiddenControlsOfRow(file, locations.at(i)!, rows[i] as Record<string, unknown>))
      problems.push(p);
  return problems;
}
