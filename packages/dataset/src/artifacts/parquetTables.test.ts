import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_TABLE_NAMES, type AnyTableName, columnsOf } from "../schema/tables.js";
import { sampleTables } from "./__fixtures__/sampleTables.js";
import { writeSampleCsv } from "./__fixtures__/writeSampleCsv.js";
import { COLUMN_TYPES } from "./columnTypes.js";
import { writeParquetTables } from "./parquetTables.js";

const DUCKDB_TYPES = { utf8: "VARCHAR", float64: "DOUBLE", bool: "BOOLEAN", "utf8[]": "VARCHAR[]" } as const;

let root: string;
let instance: DuckDBInstance;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tally-parquet-"));
  instance = await DuckDBInstance.create(":memory:");
});

afterAll(async () => {
  instance?.closeSync();
  await rm(root, { recursive: true, force: true });
});

async function query(sql: string) {
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    conn.closeSync();
  }
}

/** Each column of a Parquet file has the storage type COLUMN_TYPES declares, in header order. */
async function expectDeclaredTypes(table: AnyTableName, path: string): Promise<void> {
  const described = await query(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
  expect(described.map((c) => c.column_name)).toEqual(columnsOf(table));
  for (const column of described) {
    const declared = (COLUMN_TYPES[table] as Record<string, string>)[String(column.column_name)]!;
    expect(column.column_type, `${table}.${column.column_name}`).toBe(
      DUCKDB_TYPES[declared.replace("?", "") as keyof typeof DUCKDB_TYPES],
    );
  }
}

describe.each([
  ["LF", {}],
  ["BOM + CRLF", { bom: true, crlf: true }],
])("writeParquetTables from %s CSV", (label, options) => {
  let out: string;

  beforeAll(async () => {
    const data = join(root, `data-${label}`);
    out = join(root, `out-${label}`);
    await writeSampleCsv(data, options);
    expect(await writeParquetTables(data, out)).toEqual(
      Object.fromEntries(ALL_TABLE_NAMES.map((table) => [table, `${table}.parquet`])),
    );
  });

  it("writes every column with the declared type and nullability", async () => {
    for (const table of ALL_TABLE_NAMES) await expectDeclaredTypes(table, join(out, `${table}.parquet`));
  });

  it("reads back the rows the row schemas read from the same CSV", async () => {
    const tables = sampleTables();
    for (const table of ALL_TABLE_NAMES) {
      const rows = await query(`SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`);
      expect(rows.length, table).toBe(tables[table].length);
      expect(rows, table).toEqual(tables[table]);
    }
  });
});

describe("writeParquetTables on a dataset without assessments.csv", () => {
  it("writes assessments.parquet with its typed columns and no rows", async () => {
    const data = join(root, "data-no-assessments");
    const out = join(root, "out-no-assessments");
    await writeSampleCsv(data, { assessments: false });
    expect((await writeParquetTables(data, out)).assessments).toBe("assessments.parquet");
    const path = join(out, "assessments.parquet");
    await expectDeclaredTypes("assessments", path);
    expect(await query(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`)).toEqual([{ n: 0 }]);
  });
});

describe("writeParquetTables on a directory without the CSVs", () => {
  it("fails naming the missing file", async () => {
    await expect(writeParquetTables(join(root, "nowhere"), join(root, "out-missing"))).rejects.toThrow(
      /sources\.csv/,
    );
  });
});
