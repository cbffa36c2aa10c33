/**
 * @tally/dataset/diff — what changed between two releases, table by table and row by row. Apart
 * from `@tally/dataset` because it is built on arquero: a process that only validates never loads
 * it (a quarter of a second at start), and the dashboard loads it with the Versions view.
 */

export { describeDiff, fieldChangeText, NO_SUCH_COLUMN, tableChangesText } from "./diff/describeDiff.js";
export type { FieldChange, ReleaseDiff, RowChange, TableDiff } from "./diff/diffReleases.js";
export { diffedTables, diffReleases, rowIdOf } from "./diff/diffReleases.js";
export { lookAlike, spacesShown } from "./diff/lookAlike.js";
export type { DescriptorChange } from "./release/descriptorChanges.js";
export { descriptorChanges, descriptorDiff } from "./release/descriptorChanges.js";
