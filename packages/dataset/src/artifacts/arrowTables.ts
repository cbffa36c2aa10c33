import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  Bool,
  type DataType,
  Field,
  Float64,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
} from "apache-arrow";
import { ABSENT_COLUMNS_KEY } from "../schema/artifacts.js";
import {
  type AbsentColumns,
  ALL_TABLE_NAMES,
  type AnyTableName,
  optionalColumnsOf,
  type Tables,
} from "../schema/tables.js";
import { columnWriter, utf8ListType } from "./arrowColumns.js";
import { type ColumnType, columnTypesOf } from "./columnTypes.js";

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  utf8: () => new Utf8(),
  "utf8?": () => new Utf8(),
  float64: () => new Float64(),
  "float64?": () => new Float64(),
  bool: () => new Bool(),
  "bool?": () => new Bool(),
  "utf8[]": utf8ListType,
};

/** The Arrow file name of each table, as `summary.json`'s files map lists them. */
export function arrowFileOf(table: AnyTableName): string {
  return `${table}.arrows`;
}

/**
 * One table as an Arrow table with explicit column types (Utf8, Float64, Bool), nullable where
 * the schema allows null and in every column a release may lack (arquero's inferred types broke
 * DuckDB-WASM's insert on string columns). The columns are filled in one pass over the rows. A
 * value of the wrong type, or a null where the schema allows none, throws naming the table, the
 * 1-based row and the column. `absent` names columns the release's file lacks: null in every row,
 * not the false or empty list the loader reads them as (release 1.0.0 said nothing of them).
 */
export function arrowTableOf<K extends AnyTableName>(
  table: K,
  rows: Tables[K],
  absent: readonly string[] = [],
): Table {
  const columns = columnTypesOf(table);
  const optional = optionalColumnsOf(table);
  const fields = columns.map(
    ([name, type]) => new Field(name, ARROW_TYPES[type](), type.endsWith("?") || optional.includes(name)),
  );
  const names = columns.map(([name]) => name);
  const unrecorded = names.map((name) => absent.includes(name));
  // Every file of a table has one schema, so a column a release may lack is nullable in all; a
  // null is still refused where the release has the column and the schema allows none.
  const nullable = columns.map(([, type], c) => type.endsWith("?") || unrecorded[c]!);
  const writers = columns.map(([, type]) => columnWriter(type, rows.length));
  const width = names.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    for (let c = 0; c < width; c++) {
      const value = unrecorded[c] ? null : row[names[c]!];
      if (value === null ? !nullable[c] : !writers[c]!.set(i, value))
        throw new TypeError(
          `${table} row ${i + 1}: column ${names[c]} holds ${JSON.stringify(value)}, not a ${columns[c]![1]} value`,
        );
      if (value === null) writers[c]!.set(i, null);
    }
  }
  const children = writers.map((writer) => writer.finish());
  const listed = absent.filter((name) => names.includes(name));
  const schema = new Schema(
    fields,
    listed.length === 0 ? undefined : new Map([[ABSENT_COLUMNS_KEY, JSON.stringify(listed)]]),
  );
  const struct = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, struct)]);
}

/**
 * Writes `<table>.arrows` for each table as an Arrow IPC stream, the format DuckDB-WASM loads
 * offline with `insertArrowFromIPCStream`; an optional table the dataset lacks is written with no
 * rows, so that a reader can always load it. Returns the file name written for each table.
 */
export async function writeArrowTables(
  tables: Tables,
  outDir: string,
  absent: AbsentColumns = {},
): Promise<Record<AnyTableName, string>> {
  await mkdir(outDir, { recursive: true });
  const files = {} as Record<AnyTableName, string>;
  for (const table of ALL_TABLE_NAMES) {
    const file = arrowFileOf(table);
    await writeFile(
      join(outDir, file),
      tableToIPC(arrowTableOf(table, tables[table], absent[table]), "stream"),
    );
    files[table] = file;
  }
  return files;
}
