import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { TableCounts } from "../schema/artifacts.js";
import { TABLE_NAMES, TABLES, type TableName } from "../schema/tables.js";
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
  csv: Record<TableName, string>;
  arrow: Record<TableName, string>;
  parquet: Record<TableName, string>;
}

/**
 * Copies a release's four CSVs and its descriptor into `outDir` and writes the Arrow IPC streams
 * (from the loaded rows) and the Parquet files (from the CSVs, with native DuckDB). `summary.json`
 * is written afterwards with `writeSummary`, once the validator has chosen the focus group.
 */
export async function buildReleaseArtifacts(
  loaded: ReleaseSource,
  outDir: string,
): Promise<ReleaseArtifacts> {
  const created = createdOf(loaded);
  await mkdir(outDir, { recursive: true });
  const csv = {} as Record<TableName, string>;
  for (const table of TABLE_NAMES) {
    csv[table] = TABLES[table].file;
    await copyFile(join(loaded.ref.path, csv[table]), join(outDir, csv[table]));
  }
  await copyFile(join(loaded.ref.path, DESCRIPTOR_FILE), join(outDir, DESCRIPTOR_FILE));
  // DuckDB writes Parquet on its own threads while the Arrow columns are built here.
  const [parquet, arrow] = await Promise.all([
    writeParquetTables(loaded.ref.path, outDir),
    writeArrowTables(loaded.tables, outDir),
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
