import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GroupVerdict } from "./finding.js";
import { CONFLICT_PAIRS_FILE, VERDICTS_FILE, verdictsTableOf, writeVerdictTables } from "./verdictTables.js";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

// Three groups out of (event_id, metric) order, one conflict with an unbounded pair.
const GROUPS: GroupVerdict[] = [
  {
    event_id: "e2",
    metric: "detained",
    verdict: "conflict",
    claim_ids: ["c4", "c5", "c6"],
    origins: 3,
    conflicts: [
      { claim_ids: ["c4", "c5"], gap_ratio: 3, band: "high" },
      { claim_ids: ["c5", "c6"], gap_ratio: null, band: "high" },
    ],
    max_gap_ratio: null,
  },
  {
    event_id: "e1",
    metric: "repatriated",
    verdict: "conflict",
    claim_ids: ["c1", "c2"],
    origins: 2,
    conflicts: [{ claim_ids: ["c1", "c2"], gap_ratio: 1.25, band: "low" }],
    max_gap_ratio: 1.25,
  },
  {
    event_id: "e1",
    metric: "detained",
    verdict: "single_origin",
    claim_ids: ["c3"],
    origins: 1,
    conflicts: [],
    max_gap_ratio: null,
  },
];

let db: duckdb.DuckDBBindings;
let conn: duckdb.DuckDBConnection;
let dir: string;

beforeAll(async () => {
  // The Node blocking build of DuckDB-WASM: the same engine and Arrow reader as the dashboard's.
  db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist("duckdb-mvp.wasm"), mainWorker: dist("duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: dist("duckdb-eh.wasm"), mainWorker: dist("duckdb-node-eh.worker.cjs") },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  conn = db.connect();
  conn.query("SET autoinstall_known_extensions=false");
  conn.query("SET autoload_known_extensions=false");
  dir = await mkdtemp(join(tmpdir(), "tally-verdicts-"));
  const files = await writeVerdictTables(GROUPS, dir);
  expect(files).toEqual({ verdicts: VERDICTS_FILE, conflict_pairs: CONFLICT_PAIRS_FILE });
  for (const [name, file] of Object.entries(files))
    conn.insertArrowFromIPCStream(new Uint8Array(await readFile(join(dir, file))), { name, create: true });
});

afterAll(async () => {
  conn?.close();
  db?.reset();
  await rm(dir, { recursive: true, force: true });
});

const rows = (sql: string) =>
  conn
    .query(sql)
    .toArray()
    .map((r) => {
      const o = r.toJSON() as Record<string, unknown>;
      for (const k of Object.keys(o)) if (typeof o[k] === "bigint") o[k] = Number(o[k]);
      return o;
    });

describe("verdict tables read back by DuckDB-WASM", () => {
  it("holds one row per group in (event_id, metric) order with the validator's verdicts", () => {
    expect(rows("SELECT * FROM verdicts")).toEqual([
      {
        event_id: "e1",
        metric: "detained",
        verdict: "single_origin",
        origins: 1,
        max_gap_ratio: null,
        claim_count: 1,
      },
      {
        event_id: "e1",
        metric: "repatriated",
        verdict: "conflict",
        origins: 2,
        max_gap_ratio: 1.25,
        claim_count: 2,
      },
      {
        event_id: "e2",
        metric: "detained",
        verdict: "conflict",
        origins: 3,
        max_gap_ratio: null,
        claim_count: 3,
      },
    ]);
  });

  it("holds every conflicting pair, an unbounded gap as null", () => {
    expect(rows("SELECT * FROM conflict_pairs")).toEqual([
      { event_id: "e1", metric: "repatriated", claim_a: "c1", claim_b: "c2", gap_ratio: 1.25, band: "low" },
      { event_id: "e2", metric: "detained", claim_a: "c4", claim_b: "c5", gap_ratio: 3, band: "high" },
      { event_id: "e2", metric: "detained", claim_a: "c5", claim_b: "c6", gap_ratio: null, band: "high" },
    ]);
  });

  it("stores the explicit column types: VARCHAR, INTEGER and DOUBLE", () => {
    const types = (table: string) =>
      Object.fromEntries(
        rows(
          `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}'`,
        ).map((r) => [r.column_name, r.data_type]),
      );
    expect(types("verdicts")).toEqual({
      event_id: "VARCHAR",
      metric: "VARCHAR",
      verdict: "VARCHAR",
      origins: "INTEGER",
      max_gap_ratio: "DOUBLE",
      claim_count: "INTEGER",
    });
    expect(types("conflict_pairs")).toMatchObject({
      claim_a: "VARCHAR",
      gap_ratio: "DOUBLE",
      band: "VARCHAR",
    });
  });
});

describe("verdictsTableOf", () => {
  it("marks only max_gap_ratio nullable", () => {
    const fields = tableFromIPC(tableToIPC(verdictsTableOf(GROUPS), "stream")).schema.fields;
    expect(fields.filter((f) => f.nullable).map((f) => f.name)).toEqual(["max_gap_ratio"]);
  });

  it("writes empty tables for a release without groups", () => {
    expect(verdictsTableOf([]).numRows).toBe(0);
  });
});
