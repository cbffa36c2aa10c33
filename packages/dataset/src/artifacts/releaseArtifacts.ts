import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { TableCounts } from "../schema/artifacts.js";
import { builtInVocabularyCells } from "../schema/builtInVocabularies.js";
import {
  ALL_TABLE_NAMES,
  type AnyTableName,
  columnsOf,
  isOptionalTable,
  isVocabulary,
  tableSpecOf,
} from "../schema/tables.js";
import { writeArrowTables } from "./arrowTables.js";
import { writeParquetTables } from "./parquetTables.js";
import { createdOf, type ReleaseSource, tableCountsOf } from "./summary.js";

export const DESCRIPTOR_FILE = "datapackage.json";

/** What `buildReleaseArtifacts` wrote, by file name relative to its output directory. */
export interface ReleaseArtifacts {
  version: string;
  created: string;
  counts: TableCounts;
  datapackage: string;
  csv: Record<AnyTableName, string>;
  arrow: Record<AnyTableName, string>;
  parquet: Record<AnyTableName, string>;
}

/**
 * Copies a table's CSV. An optional table the release lacks is written as its header alone, and a
 * vocabulary as the built-in one the release was validated against, as its Arrow file holds it.
 */
async function copyCsv(table: AnyTableName, from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if (!isOptionalTable(table) || (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const rows = isVocabulary(table) ? builtInVocabularyCells(table) : [];
    await writeFile(to, stringify(rows, { header: true, columns: columnsOf(table) }));
  }
}

/**
 * Copies a release's CSVs and its descriptor into `outDir` and writes the Arrow IPC streams and the
 * Parquet files (with native DuckDB), both from the loaded rows. An optional table
 * the release lacks (every release before assessments) gets all three with no rows, so that the
 * dashboard and SQL users can always load it; the copied descriptor still lists only what the
 * release holds. `summary.json` is written afterwards with `writeSummary`, once the validator has
 * chosen the focus group.
 */
export async function buildReleaseArtifacts(
  loaded: ReleaseSource,
  outDir: string,
): Promise<ReleaseArtifacts> {
  const created = createdOf(loaded);
  await mkdir(outDir, { recursive: true });
  const csv = {} as Record<AnyTableName, string>;
  for (const table of ALL_TABLE_NAMES) {
    csv[table] = tableSpecOf(table).file;
    await copyCsv(table, join(loaded.ref.path, csv[table]), join(outDir, csv[table]));
  }
  await copyFile(join(loaded.ref.path, DESCRIPTOR_FILE), join(outDir, DESCRIPTOR_FILE));
  // DuckDB writes Parquet on its own threads while the Arrow columns are built here.
  const [parquet, arrow] = await Promise.all([
    writeParquetTables(loaded, outDir),
    writeArrowTables(loaded.tables, outDir, loaded.absentColumns),
  ]);
  return {
    version: loaded.ref.version,
    created,
    counts: tableCountsOf(loaded),
    datapackage: DESCRIPTOR_FILE,
    csv,
    arrow,
    parquet,
  };
}
