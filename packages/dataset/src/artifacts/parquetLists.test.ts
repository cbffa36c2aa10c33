import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../load/loadDataset.js";
import { loadWorkingCopy } from "../release/loadRelease.js";
import { writeParquetTables } from "./parquetTables.js";

const DATA = fileURLToPath(new URL("../../../../data", import.meta.url));

let root: string;
let instance: DuckDBInstance;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tally-parquet-lists-"));
  instance = await DuckDBInstance.create(":memory:");
});

afterAll(async () => {
  instance?.closeSync();
  await rm(root, { recursive: true, force: true });
});

/** The claims' chains and the sources' flags as the Parquet files hold them, by id. */
async function written(dir: string) {
  const out = join(root, `${dir}-out`);
  await writeParquetTables(await loadDataset(join(root, dir)), out);
  const conn = await instance.connect();
  try {
    const claims = (
      await conn.runAndReadAll(`SELECT claim_id, reported_via FROM read_parquet('${out}/claims.parquet')`)
    ).getRowObjectsJson();
    const sources = (
      await conn.runAndReadAll(
        `SELECT source_id, title_inferred, original_published FROM read_parquet('${out}/sources.parquet')`,
      )
    ).getRowObjectsJson();
    return { claims, sources };
  } finally {
    conn.closeSync();
  }
}

describe("Parquet list and flag columns read as the loader reads them", () => {
  it("splits reported_via on '; ', an empty cell an empty list, as the row schema does", async () => {
    const dir = join(root, "chain");
    await cp(DATA, dir, { recursive: true, filter: (src) => !src.includes("releases") });
    const csv = await readFile(join(dir, "claims.csv"), "utf8");
    // c016's empty reported_via cell, filled with a two-outlet chain.
    const c016 = csv.split("\n").findIndex((line) => line.startsWith("c016,"));
    const lines = csv.split("\n");
    lines[c016] = lines[c016]!.replace(",Chosun Ilbo,,", ",Chosun Ilbo,Yonhap; Radio Free Korea,");
    await writeFile(join(dir, "claims.csv"), lines.join("\n"));
    const { claims } = await written("chain");
    const loaded = await loadWorkingCopy({ dataDir: dir });
    const byId = new Map(claims.map((c) => [c.claim_id, c.reported_via]));
    expect(byId.get("c016")).toEqual(["Yonhap", "Radio Free Korea"]);
    for (const c of loaded.tables.claims) expect(byId.get(c.claim_id), c.claim_id).toEqual(c.reported_via);
  });

  it("gives a release cut before the columns nulls in them: it recorded no chain and no flag", async () => {
    await cp(join(DATA, "releases", "1.0.0"), join(root, "old"), { recursive: true });
    const { claims, sources } = await written("old");
    expect(claims.length).toBe(21);
    expect(claims.every((c) => c.reported_via === null)).toBe(true);
    expect(sources.length).toBe(5);
    expect(sources.every((s) => s.title_inferred === null && s.original_published === null)).toBe(true);
  });
});
