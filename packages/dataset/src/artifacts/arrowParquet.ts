import { join } from "node:path";
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { Table } from "apache-arrow";

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const sqlName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The DuckDB type and appender call of each Arrow type these tables use (by its name). */
const COLUMN_TYPES: Record<string, { sql: string; append: (a: DuckDBAppender, v: never) => void }> = {
  Utf8: { sql: "VARCHAR", append: (a, v: string) => a.appendVarchar(v) },
  Int32: { sql: "INTEGER", append: (a, v: number) => a.appendInteger(v) },
  Float64: { sql: "DOUBLE", append: (a, v: number) => a.appendDouble(v) },
  Bool: { sql: "BOOLEAN", append: (a, v: boolean) => a.appendBoolean(v) },
};

/**
 * Writes each Arrow table as `<name>.parquet` in `outDir` with native DuckDB, column for column
 * (types, nullability and rows as the Arrow file has them), so that a SQL or Python reader who has
 * no Arrow stream reader gets the same table (an outside review could not open the readings
 * tables, which were Arrow streams only). Tables of scalar columns only: a type without a Parquet
 * twin here is an error, not a guess. Returns the file written for each name.
 */
export async function writeParquetOfArrow<K extends string>(
  tables: Record<K, Table>,
  outDir: string,
): Promise<Record<K, string>> {
  const instance = await DuckDBInstance.create(":memory:");
  const files = {} as Record<K, string>;
  try {
    const conn = await instance.connect();
    try {
      await writeEach(conn, tables, outDir, files);
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return files;
}

async function writeEach<K extends string>(
  conn: DuckDBConnection,
  tables: Record<K, Table>,
  outDir: string,
  files: Record<K, string>,
): Promise<void> {
  for (const name of Object.keys(tables) as K[]) {
    const table = tables[name];
    const columns = table.schema.fields.map((field, j) => {
      const type = COLUMN_TYPES[String(field.type)];
      if (type === undefined)
        throw new TypeError(`${name}.${field.name}: no Parquet column for Arrow type ${field.type}`);
      return { field, type, vector: table.getChildAt(j)! };
    });
    const definition = columns
      .map(({ field, type }) => `${sqlName(field.name)} ${type.sql}${field.nullable ? "" : " NOT NULL"}`)
      .join(", ");
    await conn.run(`CREATE TABLE ${sqlName(name)} (${definition})`);
    const appender = await conn.createAppender(name);
    try {
      for (let i = 0; i < table.numRows; i++) {
        for (const { type, vector } of columns) {
          const value = vector.get(i);
          if (value === null || value === undefined) appender.appendNull();
          else type.append(appender, value as never);
        }
        appender.endRow();
      }
    } finally {
      appender.closeSync();
    }
    const file = `${name}.parquet`;
    await conn.run(`COPY ${sqlName(name)} TO ${sqlString(join(outDir, file))} (FORMAT parquet)`);
    files[name] = file;
  }
}
