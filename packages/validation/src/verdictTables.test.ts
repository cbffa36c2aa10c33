import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GroupVerdict } from "./finding.js";
import {
  READING_CLAIMS_FILE,
  READINGS_FILE,
  readingClaimsTableOf,
  readingsTableOf,
  VERDICTS_FILE,
  verdictsTableOf,
  writeVerdictTables,
} from "./verdictTables.js";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

// Four groups out of (event_id, metric) order: the shipped 9 Oct 2023 shape (two readings, two
// spanning claims), three readings tied for most corroborated with an open-ended top and a claim in
// two readings, one consistent reading, and a single claim.
const GROUPS: GroupVerdict[] = [
  {
    event_id: "e2",
    metric: "detained",
    verdict: "conflict",
    claim_ids: ["c4", "c5", "c6", "c7"],
    origins: 4,
    readings: [
      { low: 10, high: 20, low_open: false, high_open: false, claim_ids: ["c4", "c5"], origins: 2 },
      { low: 20, high: 20, low_open: false, high_open: false, claim_ids: ["c5", "c6"], origins: 2 },
      { low: 100, high: null, low_open: true, high_open: false, claim_ids: ["c7"], origins: 1 },
    ],
    spanning: [],
    envelope: { low: 10, high: null },
    most_corroborated: [0, 1],
    pairs: 4,
    max_gap_ratio: null,
    band: "high",
  },
  {
    event_id: "e1",
    metric: "repatriated",
    verdict: "conflict",
    claim_ids: ["c001", "c002", "c004", "c005", "c011", "c012"],
    origins: 5,
    readings: [
      {
        low: 200,
        high: 220,
        low_open: false,
        high_open: false,
        claim_ids: ["c001", "c002", "c011"],
        origins: 2,
      },
      { low: 540, high: 660, low_open: false, high_open: false, claim_ids: ["c004"], origins: 1 },
    ],
    spanning: ["c005", "c012"],
    envelope: { low: 200, high: 660 },
    most_corroborated: [0],
    pairs: 3,
    max_gap_ratio: 540 / 220,
    band: "high",
  },
  {
    event_id: "e1",
    metric: "detained",
    verdict: "consistent",
    claim_ids: ["c014", "c015"],
    origins: 2,
    readings: [
      { low: 54, high: 66, low_open: false, high_open: false, claim_ids: ["c014", "c015"], origins: 2 },
    ],
    spanning: [],
    envelope: { low: 54, high: 66 },
    most_corroborated: [0],
    pairs: 0,
    max_gap_ratio: null,
    band: null,
  },
  {
    event_id: "e0",
    metric: "detained",
    verdict: "single_origin",
    claim_ids: ["c3"],
    origins: 1,
    readings: [{ low: 7, high: 7, low_open: false, high_open: false, claim_ids: ["c3"], origins: 1 }],
    spanning: [],
    envelope: { low: 7, high: 7 },
    most_corroborated: [0],
    pairs: 0,
    max_gap_ratio: null,
    band: null,
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
  const { arrow: files, parquet } = await writeVerdictTables(GROUPS, dir);
  expect(files).toEqual({
    verdicts: VERDICTS_FILE,
    readings: READINGS_FILE,
    reading_claims: READING_CLAIMS_FILE,
  });
  // The same tables in Parquet for SQL readers (their content: arrowParquet.test.ts in @tally/dataset).
  expect(parquet).toEqual({
    verdicts: "verdicts.parquet",
    readings: "readings.parquet",
    reading_claims: "reading_claims.parquet",
  });
  for (const file of Object.values(parquet)) expect((await stat(join(dir, file))).size).toBeGreaterThan(0);
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

const types = (table: string) =>
  Object.fromEntries(
    rows(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}'`).map(
      (r) => [r.column_name, r.data_type],
    ),
  );

describe("verdict tables read back by DuckDB-WASM", () => {
  it("holds one row per group in (event_id, metric) order with the validator's verdicts", () => {
    const all = rows("SELECT * FROM verdicts");
    expect(all.map((r) => `${r.event_id}/${r.metric}`)).toEqual([
      "e0/detained",
      "e1/detained",
      "e1/repatriated",
      "e2/detained",
    ]);
    expect(all[2]).toEqual({
      event_id: "e1",
      metric: "repatriated",
      verdict: "conflict",
      origins: 5,
      max_gap_ratio: 540 / 220,
      claim_count: 6,
      band: "high",
      pairs: 3,
      reading_count: 2,
      spanning_count: 2,
      envelope_low: 200,
      envelope_high: 660,
    });
    expect(all[1]).toMatchObject({ verdict: "consistent", band: null, pairs: 0, reading_count: 1 });
    // An unbounded envelope end is null beside a reading count above zero.
    expect(all[3]).toMatchObject({
      max_gap_ratio: null,
      reading_count: 3,
      envelope_low: 10,
      envelope_high: null,
    });
  });

  it("holds one row per reading, numbered by common range, every tied reading marked", () => {
    expect(rows("SELECT * FROM readings WHERE event_id = 'e1' AND metric = 'repatriated'")).toEqual([
      {
        event_id: "e1",
        metric: "repatriated",
        reading: 0,
        low: 200,
        high: 220,
        low_open: false,
        high_open: false,
        claim_count: 3,
        origins: 2,
        most_corroborated: true,
      },
      {
        event_id: "e1",
        metric: "repatriated",
        reading: 1,
        low: 540,
        high: 660,
        low_open: false,
        high_open: false,
        claim_count: 1,
        origins: 1,
        most_corroborated: false,
      },
    ]);
    expect(
      rows("SELECT reading, low, high, low_open, most_corroborated FROM readings WHERE event_id = 'e2'"),
    ).toEqual([
      { reading: 0, low: 10, high: 20, low_open: false, most_corroborated: true },
      { reading: 1, low: 20, high: 20, low_open: false, most_corroborated: true },
      { reading: 2, low: 100, high: null, low_open: true, most_corroborated: false },
    ]);
    expect(rows("SELECT count(*) AS n FROM readings")).toEqual([{ n: 7 }]);
  });

  it("holds a row per claim and reading, spanning claims once with a null reading", () => {
    expect(
      rows(
        "SELECT claim_id, reading, spanning FROM reading_claims WHERE event_id = 'e1' AND metric = 'repatriated'",
      ),
    ).toEqual([
      { claim_id: "c001", reading: 0, spanning: false },
      { claim_id: "c002", reading: 0, spanning: false },
      { claim_id: "c011", reading: 0, spanning: false },
      { claim_id: "c004", reading: 1, spanning: false },
      { claim_id: "c005", reading: null, spanning: true },
      { claim_id: "c012", reading: null, spanning: true },
    ]);
    // c5 supports two readings: two rows.
    expect(rows("SELECT reading FROM reading_claims WHERE claim_id = 'c5' ORDER BY reading")).toEqual([
      { reading: 0 },
      { reading: 1 },
    ]);
    expect(rows("SELECT DISTINCT event_id FROM reading_claims").map((r) => r.event_id)).toEqual([
      "e0",
      "e1",
      "e2",
    ]);
  });

  it("stores the explicit column types: VARCHAR, INTEGER, DOUBLE and BOOLEAN", () => {
    expect(types("verdicts")).toEqual({
      event_id: "VARCHAR",
      metric: "VARCHAR",
      verdict: "VARCHAR",
      origins: "INTEGER",
      max_gap_ratio: "DOUBLE",
      claim_count: "INTEGER",
      band: "VARCHAR",
      pairs: "INTEGER",
      reading_count: "INTEGER",
      spanning_count: "INTEGER",
      envelope_low: "DOUBLE",
      envelope_high: "DOUBLE",
    });
    expect(types("readings")).toEqual({
      event_id: "VARCHAR",
      metric: "VARCHAR",
      reading: "INTEGER",
      low: "DOUBLE",
      high: "DOUBLE",
      low_open: "BOOLEAN",
      high_open: "BOOLEAN",
      claim_count: "INTEGER",
      origins: "INTEGER",
      most_corroborated: "BOOLEAN",
    });
    expect(types("reading_claims")).toEqual({
      event_id: "VARCHAR",
      metric: "VARCHAR",
      claim_id: "VARCHAR",
      reading: "INTEGER",
      spanning: "BOOLEAN",
    });
  });
});

describe("the tables' schemas", () => {
  const nullable = (t: Parameters<typeof tableToIPC>[0]) =>
    tableFromIPC(tableToIPC(t, "stream"))
      .schema.fields.filter((f) => f.nullable)
      .map((f) => f.name);

  it("mark only the columns that may be missing nullable", () => {
    expect(nullable(verdictsTableOf(GROUPS))).toEqual([
      "max_gap_ratio",
      "band",
      "envelope_low",
      "envelope_high",
    ]);
    expect(nullable(readingsTableOf(GROUPS))).toEqual(["low", "high"]);
    expect(nullable(readingClaimsTableOf(GROUPS))).toEqual(["reading"]);
  });

  it("are empty for a release without groups", () => {
    expect(verdictsTableOf([]).numRows).toBe(0);
    expect(readingsTableOf([]).numRows).toBe(0);
    expect(readingClaimsTableOf([]).numRows).toBe(0);
  });

  it("leave a group without readings without an envelope", () => {
    const empty: GroupVerdict = {
      ...GROUPS[3]!,
      readings: [],
      envelope: null,
      most_corroborated: [],
    };
    const t = verdictsTableOf([empty]);
    expect(t.getChild("reading_count")!.get(0)).toBe(0);
    expect(t.getChild("envelope_low")!.get(0)).toBeNull();
    expect(readingsTableOf([empty]).numRows).toBe(0);
  });
});
