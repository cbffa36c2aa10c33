import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import {
  Bool,
  Field,
  Float64,
  Int32,
  List,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { writeParquetOfArrow } from "./arrowParquet.js";

const dir = await mkdtemp(join(tmpdir(), "tally-arrow-parquet-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A table of these columns, each with its type and nullability as given. */
function tableOf(columns: [string, Utf8 | Int32 | Float64 | Bool | List, boolean, unknown[]][]): Table {
  const fields = columns.map(([name, type, nullable]) => new Field(name, type, nullable));
  const length = columns[0]![3].length;
  const children = columns.map(([, type, , values]) => vectorFromArray(values, type).data[0]!);
  const schema = new Schema(fields);
  return new Table(schema, [
    new RecordBatch(schema, makeData({ type: new Struct(fields), length, nullCount: 0, children })),
  ]);
}

async function query(sql: string) {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe("writeParquetOfArrow", () => {
  it("writes each table's rows, types and nulls as the Arrow table has them", async () => {
    const readings = tableOf([
      ["event_id", new Utf8(), false, ["e-oct", "e-oct", "e-liao"]],
      ["reading", new Int32(), false, [0, 1, 0]],
      ["low", new Float64(), true, [200, 540, null]],
      ["high", new Float64(), true, [220, 660, 2.4545454545454546]],
      ["low_open", new Bool(), false, [false, true, false]],
      ["note", new Utf8(), true, [null, 'it\'s "quoted"', "über"]],
    ]);
    const files = await writeParquetOfArrow(
      { readings, empty: tableOf([["event_id", new Utf8(), false, []]]) },
      dir,
    );
    expect(files).toEqual({ readings: "readings.parquet", empty: "empty.parquet" });
    const path = join(dir, files.readings);
    expect(await query(`SELECT * FROM read_parquet('${path}') ORDER BY reading, event_id`)).toEqual([
      { event_id: "e-liao", reading: 0, low: null, high: 2.4545454545454546, low_open: false, note: "über" },
      { event_id: "e-oct", reading: 0, low: 200, high: 220, low_open: false, note: null },
      { event_id: "e-oct", reading: 1, low: 540, high: 660, low_open: true, note: 'it\'s "quoted"' },
    ]);
    expect(
      await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${path}'))`),
    ).toEqual([
      { column_name: "event_id", column_type: "VARCHAR" },
      { column_name: "reading", column_type: "INTEGER" },
      { column_name: "low", column_type: "DOUBLE" },
      { column_name: "high", column_type: "DOUBLE" },
      { column_name: "low_open", column_type: "BOOLEAN" },
      { column_name: "note", column_type: "VARCHAR" },
    ]);
    expect(
      await query(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(dir, files.empty)}')`),
    ).toEqual([{ n: 0 }]);
  });

  it("refuses a column type it has no Parquet twin for, rather than guess", async () => {
    const listed = tableOf([["claim_ids", new List(new Field("item", new Utf8(), true)), false, [["c1"]]]]);
    await expect(writeParquetOfArrow({ listed }, dir)).rejects.toThrow(
      /^listed\.claim_ids: no Parquet column for Arrow type List/,
    );
  });
});
