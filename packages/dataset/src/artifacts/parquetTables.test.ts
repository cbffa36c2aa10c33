import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnsOf, TABLE_NAMES } from "../schema/tables.js";
import { sampleTables } from "./__fixtures__/sampleTables.js";
import { writeSampleCsv } from "./__fixtures__/writeSampleCsv.js";
import { COLUMN_TYPES } from "./columnTypes.js";
import { writeParquetTables } from "./parquetTables.js";

const DUCKDB_TYPES = { utf8: "VARCHAR", float64: "DOUBLE", bool: "BOOLEAN" } as const;

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

describe.each([
  ["LF", {}],
  ["BOM + CRLF", { bom: true, crlf: true }],
])("writeParquetTables from %s CSV", (label, options) => {
  let out: string;

  beforeAll(async () => {
    const data = join(root, `data-${label}`);
    out = join(root, `out-${label}`);
    await writeSampleCsv(data, options);
    expect(await writeParquetTables(data, out)).toEqual({
      sources: "sources.parquet",
      events: "events.parquet",
      metrics: "metrics.parquet",
      claims: "claims.parquet",
    });
  });

  it("writes every column with the declared type and nullability", async () => {
    for (const table of TABLE_NAMES) {
      const described = await query(
        `DESCRIBE SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`,
      );
      expect(described.map((c) => c.column_name)).toEqual(columnsOf(table));
      for (const column of described) {
        const declared = (COLUMN_TYPES[table] as Record<string, string>)[String(column.column_name)]!;
        expect(column.column_type, `${table}.${column.column_name}`).toBe(
          DUCKDB_TYPES[declared.replace("?", "") as keyof typeof DUCKDB_TYPES],
        );
      }
    }
  });

  it("reads back the rows the row schemas read from the same CSV", async () => {
    const tables = sampleTables();
    for (const table of TABLE_NAMES) {
      const rows = await query(`SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`);
      expect(rows.length, table).toBe(tables[table].length);
      expect(rows, table).toEqual(tables[table]);
    }
  });
});

describe("writeParquetTables on a directory without the CSVs", () => {
  it("fails naming the missing file", async () => {
    await expect(writeParquetTables(join(root, "nowhere"), join(root, "out-missing"))).rejects.toThrow(
      /sources\.csv/,
    );
  });
});
