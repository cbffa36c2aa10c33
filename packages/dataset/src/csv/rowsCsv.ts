import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Options, stringify as stringifyStream } from "csv-stringify";
import { stringify } from "csv-stringify/sync";
import { CLAIM_IDS_SEPARATOR } from "../schema/assessment.js";
import { REPORTED_VIA_SEPARATOR } from "../schema/claim.js";

/** The separator of the items in a list column's cell: ids by a space, outlets by "; ". */
export function listSeparatorOf(name: string): string {
  if (name === "claim_ids") return CLAIM_IDS_SEPARATOR;
  if (name === "reported_via") return REPORTED_VIA_SEPARATOR;
  throw new Error(`no list separator for column ${name}`);
}

/**
 * Rows as a table's CSV writes them, header first, in `columns`' order: an empty cell for null,
 * booleans spelled "true"/"false" (csv-stringify writes false as an empty cell by default), and a
 * list joined by its column's separator, so that the row schemas read back the same rows.
 */
const rowsCsvOptions = (columns: readonly string[]): Options => ({
  header: true,
  columns: [...columns],
  cast: {
    boolean: (value) => String(value),
    object: (value, { column }) =>
      Array.isArray(value) ? value.join(listSeparatorOf(String(column))) : JSON.stringify(value),
  },
});

/** A few rows, such as proposals, as that CSV's text. */
export function rowsCsv(rows: readonly object[], columns: readonly string[]): string {
  return stringify(rows as Record<string, unknown>[], rowsCsvOptions(columns));
}

/** The same CSV written to `path` as it is made: a release's million claims are more than one string holds. */
export async function writeRowsCsv(
  rows: readonly object[],
  columns: readonly string[],
  path: string,
): Promise<void> {
  await pipeline(Readable.from(rows), stringifyStream(rowsCsvOptions(columns)), createWriteStream(path));
}
