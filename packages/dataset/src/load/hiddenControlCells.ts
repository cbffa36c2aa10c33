import { hiddenControlsText } from "../csv/hiddenControls.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import type { RowLocations } from "./rowLocations.js";

/**
 * A problem for each cell of the loaded rows `from` onwards that holds a hidden character
 * (`hiddenControlsText`). Called only for a file the byte scan found one in, so a clean million
 * claims costs no look at a cell. A list cell (`claim_ids`) is told once, by its first such item.
 */
export function hiddenControlCells(
  file: string,
  rows: readonly unknown[],
  locations: RowLocations,
  from: number,
): Problem[] {
  const problems: Problem[] = [];
  for (let i = from; i < rows.length; i++) {
    const { row, line } = locations.at(i)!;
    for (const [column, value] of Object.entries(rows[i] as Record<string, unknown>)) {
      const texts = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
      for (const text of texts) {
        const message = typeof text === "string" ? hiddenControlsText(column, text) : undefined;
        if (message === undefined) continue;
        problems.push({ code: PROBLEM_CODES.textHiddenControl, file, row, line, column, message });
        break;
      }
    }
  }
  return problems;
}
