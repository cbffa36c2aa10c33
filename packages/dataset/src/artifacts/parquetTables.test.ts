import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_TABLE_NAMES, type AnyTableName, columnsOf } from "../schema/tables.js";
import { sampleTables } from "./__fixtures__/sampleTables.js";
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

describe("writeParquetTables", () => {
  let out: string;

  beforeAll(async () => {
    out = join(root, "out");
    expect(await writeParquetTables({ tables: sampleTables() }, out)).toEqual(
      Object.fromEntries(ALL_TABLE_NAMES.map((table) => [table, `${table}.parquet`])),
    );
  });

  it("writes every column with the declared type and nullability", async () => {
    for (const table of ALL_TABLE_NAMES) await expectDeclaredTypes(table, join(out, `${table}.parquet`));
  });

  it("reads back the rows it was given, as the row schemas read them from the sample CSV", async () => {
    const tables = sampleTables();
    for (const table of ALL_TABLE_NAMES) {
      const rows = await query(`SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`);
      expect(rows.length, table).toBe(tables[table].length);
      expect(rows, table).toEqual(tables[table]);
    }
  });

  it("keeps text that CSV must quote, and numbers at the ends of a double's range", async () => {
    const tables = sampleTables();
    const awkward = {
      ...tables.claims[0]!,
      claim_id: "c-awkward",
      value_low: 0.1,
      value_high: 1e21,
      quote: 'He said "about 200", then\nmore; a comma, a tab\tand ünïcode',
      notes: "  spaces kept  ",
      reported_via: ["Yonhap", "Radio Free Korea"],
    };
    const dir = join(root, "out-awkward");
    await writeParquetTables({ tables: { ...tables, claims: [awkward] } }, dir);
    const [row] = await query(`SELECT * FROM read_parquet('${join(dir, "claims.parquet")}')`);
    expect(row).toEqual(awkward);
  });
});

describe("writeParquetTables on a dataset without assessments", () => {
  it("writes assessments.parquet with its typed columns and no rows", async () => {
    const out = join(root, "out-no-assessments");
    const tables = sampleTables({ assessments: false });
    expect(tables.assessments).toEqual([]);
    expect((await writeParquetTables({ tables }, out)).assessments).toBe("assessments.parquet");
    const path = join(out, "assessments.parquet");
    await expectDeclaredTypes("assessments", path);
    expect(await query(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`)).toEqual([{ n: 0 }]);
  });
});
