import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { listSeparatorOf, writeRowsCsv } from "../csv/rowsCsv.js";
import { ALL_TABLE_NAMES, type AnyTableName, columnsOf } from "../schema/tables.js";
import { type ColumnType, columnTypesOf } from "./columnTypes.js";
import type { ReleaseSource } from "./summary.js";

/** The Parquet file name of each table, as `summary.json`'s files map lists them. */
export function parquetFileOf(table: AnyTableName): string {
  return `${table}.parquet`;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const sqlName = (name: string) => `"${name.replaceAll('"', '""')}"`;

// ASCII whitespace, what String.prototype.trim removes from the text the datasets hold.
const WHITESPACE = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)";

/**
 * The SQL expression that turns a CSV cell (read as text) into the column's stored value with the
 * same reading as the row schemas: an empty cell is null, or false for a boolean column; required
 * text is trimmed as `textCell` trims it (ids and enums admit no whitespace, so trim is a no-op).
 */
function castCell(name: string, type: ColumnType): string {
  const cell = `NULLIF(${sqlName(name)}, '')`;
  switch (type) {
    case "utf8":
      return `trim(${sqlName(name)}, ${WHITESPACE})`;
    case "utf8?":
      return cell;
    case "float64":
    case "float64?":
      return `CAST(${cell} AS DOUBLE)`;
    case "bool":
    case "bool?":
      return `CAST(COALESCE(${cell}, 'false') AS BOOLEAN)`;
    case "utf8[]":
      // Split as the row schema splits the cell; an empty cell is an empty list, as it reads there.
      return `CASE WHEN ${cell} IS NULL THEN ${EMPTY_LIST} ELSE string_split(${sqlName(name)}, ${sqlString(listSeparatorOf(name))}) END`;
  }
}

const EMPTY_LIST = "CAST([] AS VARCHAR[])";

const SQL_TYPES: Record<ColumnType, string> = {
  utf8: "VARCHAR",
  "utf8?": "VARCHAR",
  float64: "DOUBLE",
  "float64?": "DOUBLE",
  bool: "BOOLEAN",
  "bool?": "BOOLEAN",
  "utf8[]": "VARCHAR[]",
};

/**
 * The value of a column the CSV lacks: null, whatever its type. The release recorded nothing
 * there; the false or empty list the row schema reads an empty cell as would say it had (the
 * Arrow files write the same nulls, `arrowTableOf`).
 */
function missingCell(type: ColumnType): string {
  return `CAST(NULL AS ${SQL_TYPES[type]})`;
}

/**
 * `COPY (SELECT … FROM read_csv(…)) TO '<out>' (FORMAT parquet)` for one table. `missing` names
 * optional columns the CSV lacks (a release cut before they existed): they are written as nulls.
 */
export function parquetCopySql(
  table: AnyTableName,
  csvPath: string,
  parquetPath: string,
  missing: readonly string[] = [],
): string {
  const columns = columnTypesOf(table);
  const select = columns
    .map(([name, type]) =>
      missing.includes(name)
        ? `${missingCell(type)} AS ${sqlName(name)}`
        : `${castCell(name, type)} AS ${sqlName(name)}`,
    )
    .join(", ");
  // Every column is read as text and cast explicitly, so DuckDB's type sniffing never decides
  // that an id column is a number or a date column a DATE.
  const csv = `read_csv(${sqlString(csvPath)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = true)`;
  return `COPY (SELECT ${select} FROM ${csv}) TO ${sqlString(parquetPath)} (FORMAT parquet)`;
}

/** The same COPY for a table with no CSV: its columns with their types, and no rows. */
export function emptyParquetSql(table: AnyTableName, parquetPath: string): string {
  const select = columnTypesOf(table)
    .map(([name, type]) => `CAST(NULL AS ${SQL_TYPES[type]}) AS ${sqlName(name)}`)
    .join(", ");
  return `COPY (SELECT ${select} LIMIT 0) TO ${sqlString(parquetPath)} (FORMAT parquet)`;
}

/**
 * Writes `<table>.parquet` for each table with native DuckDB, for R, Python and SQL users
 * (DuckDB-WASM cannot read Parquet offline, so the dashboard uses the Arrow files). The rows are
 * the loaded ones, as the Arrow files hold them: a release edited since it was cut, with a row that
 * no longer parses, is built as it stands (an outside review found DuckDB's strict read of such a
 * CSV stopping build:data with a stack trace). They reach DuckDB as a CSV written afresh, with the
 * casts above. A table without rows gets a file with its columns and none. Returns the file name
 * written for each table.
 */
export async function writeParquetTables(
  loaded: Pick<ReleaseSource, "tables" | "absentColumns">,
  outDir: string,
): Promise<Record<AnyTableName, string>> {
  await mkdir(outDir, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), "tally-parquet-"));
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  const files = {} as Record<AnyTableName, string>;
  try {
    for (const table of ALL_TABLE_NAMES) {
      const file = parquetFileOf(table);
      const out = resolve(join(outDir, file));
      const rows = loaded.tables[table];
      if (rows.length === 0) await conn.run(emptyParquetSql(table, out));
      else {
        const absent = loaded.absentColumns?.[table] ?? [];
        const csv = join(scratch, `${table}.csv`);
        await writeRowsCsv(
          rows,
          columnsOf(table).filter((name) => !absent.includes(name)),
          csv,
        );
        await conn.run(parquetCopySql(table, csv, out, absent));
      }
      files[table] = file;
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
  return files;
}
