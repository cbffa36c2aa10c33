import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_TABLE_NAMES, columnsOf } from "../schema/tables.js";
import { openDuckDBWasm } from "./__fixtures__/duckdbWasm.js";
import { sampleTables } from "./__fixtures__/sampleTables.js";
import { arrowTableOf, writeArrowTables } from "./arrowTables.js";
import { COLUMN_TYPES } from "./columnTypes.js";

let dir: string;
let wasm: Awaited<ReturnType<typeof openDuckDBWasm>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-arrow-"));
  await writeArrowTables(sampleTables(), dir);
  await writeArrowTables(sampleTables({ assessments: false }), join(dir, "no-assessments"));
  wasm = await openDuckDBWasm();
  for (const table of ALL_TABLE_NAMES)
    wasm.conn.insertArrowFromIPCStream(await readFile(join(dir, `${table}.arrows`)), { name: table });
  wasm.conn.insertArrowFromIPCStream(await readFile(join(dir, "no-assessments", "assessments.arrows")), {
    name: "no_assessments",
  });
}, 60_000);

afterAll(async () => {
  wasm?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Rows of a DuckDB-WASM query as plain objects, BigInt counts turned into numbers. */
function rows(sql: string): Record<string, unknown>[] {
  return wasm.conn
    .query(sql)
    .toArray()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row.toJSON()).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
      ),
    );
}

describe("column types", () => {
  it("lists every table's columns in CSV header order", () => {
    for (const table of ALL_TABLE_NAMES) expect(Object.keys(COLUMN_TYPES[table])).toEqual(columnsOf(table));
  });
});

describe("arrowTableOf", () => {
  it("types strings Utf8, numbers Float64, booleans Bool, nullable only where the schema allows null", () => {
    const fields = arrowTableOf("claims", sampleTables().claims).schema.fields;
    const byName = Object.fromEntries(fields.map((f) => [f.name, `${f.type}${f.nullable ? "?" : ""}`]));
    expect(byName).toMatchObject({
      claim_id: "Utf8",
      qualifier: "Utf8",
      value_low: "Float64?",
      value_high: "Float64?",
      base_claim_id: "Utf8?",
      vague: "Bool",
      as_of_inferred: "Bool",
    });
  });

  it("refuses a null in a column that may not be empty, naming table, row and column", () => {
    const claims = sampleTables().claims;
    (claims[1] as { quote: string | null }).quote = null;
    expect(() => arrowTableOf("claims", claims)).toThrow(
      "claims row 2: column quote holds null, not a utf8 value",
    );
  });

  it("refuses a value of the wrong type, naming table, row and column", () => {
    const claims = sampleTables().claims;
    (claims[2] as { value_low: unknown }).value_low = "200";
    expect(() => arrowTableOf("claims", claims)).toThrow(
      'claims row 3: column value_low holds "200", not a float64? value',
    );
  });

  it("writes an empty table with its columns", () => {
    const table = tableFromIPC(tableToIPC(arrowTableOf("claims", []), "stream"));
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(columnsOf("claims"));
  });
});

describe("writeArrowTables read by DuckDB-WASM (Node blocking build)", () => {
  it("loads every table with its row count", () => {
    const tables = sampleTables();
    for (const table of ALL_TABLE_NAMES)
      expect(rows(`select count(*) as n from ${table}`)).toEqual([{ n: tables[table].length }]);
  });

  it("loads a release's empty assessments table with its declared column types", () => {
    expect(rows("select count(*) as n from no_assessments")).toEqual([{ n: 0 }]);
    const types = (name: string) =>
      Object.fromEntries(
        rows(
          `select column_name, data_type from information_schema.columns where table_name = '${name}'`,
        ).map((r) => [r.column_name, r.data_type]),
      );
    expect(types("no_assessments")).toEqual({
      event_id: "VARCHAR",
      metric: "VARCHAR",
      low: "DOUBLE",
      best: "DOUBLE",
      high: "DOUBLE",
      claim_ids: "VARCHAR[]",
      rationale: "VARCHAR",
      assessed_by: "VARCHAR",
      assessed_on: "VARCHAR",
      assessed_on_precision: "VARCHAR",
    });
    // The same types as a release that has assessments, so one query serves both.
    expect(types("assessments")).toEqual(types("no_assessments"));
  });

  it("unnests an assessment's claim ids to join them with the claims", () => {
    expect(
      rows(
        "select a.best, c.claim_id, c.figure_text from assessments a, unnest(a.claim_ids) as u(id) join claims c on c.claim_id = u.id order by c.claim_id",
      ),
    ).toEqual([
      { best: 250.5, claim_id: "c1", figure_text: "about 200" },
      { best: 250.5, claim_id: "c2", figure_text: "approximately 600" },
      { best: 250.5, claim_id: "c3", figure_text: "between 200 and 300" },
    ]);
  });

  it("answers aggregates over the numeric columns", () => {
    expect(
      rows(
        "select count(*) as n, count(value_high) as highs, max(value_high) as max_high, min(value_low) as min_low, sum(value_low) as sum_low from claims",
      ),
    ).toEqual([{ n: 6, highs: 5, max_high: 600, min_low: 80, sum_low: 200 + 600 + 200 + 80 + 100 + 546.5 }]);
  });

  it("gives DuckDB the declared column types", () => {
    const types = Object.fromEntries(
      rows("select column_name, data_type from information_schema.columns where table_name = 'claims'").map(
        (r) => [r.column_name, r.data_type],
      ),
    );
    expect(types).toMatchObject({ claim_id: "VARCHAR", value_low: "DOUBLE", vague: "BOOLEAN" });
  });

  it("round-trips strings with nulls, quotes and non-ASCII text", () => {
    expect(
      rows("select source_id, via, author, url, title, published_inferred from sources order by source_id"),
    ).toEqual([
      {
        source_id: "s-ngo",
        via: "Example Reprints",
        author: "A. Writer",
        url: null,
        title: 'A report, with "quotes", commas and ünïcode',
        published_inferred: true,
      },
      {
        source_id: "s-wire",
        via: null,
        author: null,
        url: "https://example.org/a",
        title: "Hundreds sent back",
        published_inferred: false,
      },
    ]);
  });

  it("joins the tables in SQL", () => {
    expect(
      rows(
        "select c.claim_id, s.outlet, e.category, m.unit from claims c join sources s using (source_id) join events e using (event_id) join metrics m using (metric) where c.vague order by c.claim_id",
      ),
    ).toEqual([{ claim_id: "c5", outlet: "Example Monitor", category: "arrival", unit: "persons" }]);
  });
});
