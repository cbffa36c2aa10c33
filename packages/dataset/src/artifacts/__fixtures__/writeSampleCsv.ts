import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { ALL_TABLE_NAMES, columnsOf, isOptionalTable, tableSpecOf } from "../../schema/tables.js";
import { SAMPLE_CSV } from "./sampleTables.js";

/**
 * Writes the sample rows as the CSV files of a dataset directory, optionally BOM + CRLF, and
 * without assessments.csv when `assessments` is false (as every release before assessments).
 */
export async function writeSampleCsv(
  dir: string,
  options: { bom?: boolean; crlf?: boolean; assessments?: boolean } = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of ALL_TABLE_NAMES) {
    if (isOptionalTable(table) && options.assessments === false) continue;
    const text = stringify(SAMPLE_CSV[table], {
      header: true,
      columns: columnsOf(table),
      record_delimiter: options.crlf ? "windows" : "unix",
    });
    await writeFile(join(dir, tableSpecOf(table).file), (options.bom ? "\uFEFF" : "") + text);
  }
}

/** The sample CSVs plus a datapackage.json: a release directory as `data/releases/<v>/` holds it. */
export async function writeSampleRelease(
  dir: string,
  descriptor: unknown,
  options: { assessments?: boolean } = {},
): Promise<void> {
  await writeSampleCsv(dir, options);
  await writeFile(join(dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
}
