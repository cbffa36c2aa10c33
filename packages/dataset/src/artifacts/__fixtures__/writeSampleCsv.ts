import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { columnsOf, TABLE_NAMES, TABLES } from "../../schema/tables.js";
import { SAMPLE_CSV } from "./sampleTables.js";

/** Writes the sample rows as the four CSV files of a dataset directory, optionally BOM + CRLF. */
export async function writeSampleCsv(
  dir: string,
  options: { bom?: boolean; crlf?: boolean } = {},
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of TABLE_NAMES) {
    const text = stringify(SAMPLE_CSV[table], {
      header: true,
      columns: columnsOf(table),
      record_delimiter: options.crlf ? "windows" : "unix",
    });
    await writeFile(join(dir, TABLES[table].file), (options.bom ? "\uFEFF" : "") + text);
  }
}

/** The sample CSVs plus a datapackage.json: a release directory as `data/releases/<v>/` holds it. */
export async function writeSampleRelease(dir: string, descriptor: unknown): Promise<void> {
  await writeSampleCsv(dir);
  await writeFile(join(dir, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
}
