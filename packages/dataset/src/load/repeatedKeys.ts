import { moveKept, type RowLocations } from "./rowLocations.js";

/**
 * Takes rows `repeats` (ascending) out of a table and its locations, in place: a row whose key an
 * earlier row has is reported at its own place and then left out, so that the rules see the first
 * row of each key, as the problem says ("… is used again; it first appears on row N"), and never
 * two rows for one key.
 */
export function leaveOutRepeats(rows: unknown[], locations: RowLocations, repeats: readonly number[]): void {
  rows.length = moveKept(rows.length, repeats, (from, to) => {
    rows[to] = rows[from];
  });
  locations.leaveOut(repeats);
}
