// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { beforeAll, describe, expect, it } from "vitest";
import { withNodeDuckDB } from "../testing/nodeDuckDB.js";
import { CLAIM_VIEW_SQL, sessionTables } from "./claimViewSql.js";
import { releaseFiles } from "./releaseFiles.js";

// The release the dashboard ships, as `pnpm build:data` writes it (npm test builds it first).
const DATA = resolve(import.meta.dirname, "../../../../artifacts/data");
const index = existsSync(resolve(DATA, "index.json"))
  ? (JSON.parse(readFileSync(resolve(DATA, "index.json"), "utf8")) as { latest: string })
  : null;
const dir = index ? resolve(DATA, "releases", index.latest) : "";
const files: Record<string, string> = index
  ? (JSON.parse(readFileSync(resolve(dir, "summary.json"), "utf8")) as { files: Record<string, string> })
      .files
  : {};

let conn: duckdb.DuckDBConnection;

const shownTables = () =>
  conn
    .query("SHOW TABLES")
    .toArray()
    .map((r) => String(r.toJSON().name));

/** The names `show tables` gives once the files are loaded as the dashboard's session loads them. */
function loadedNames(listed: Record<string, string>): string[] {
  conn.query("DROP VIEW IF EXISTS claim_view");
  for (const t of shownTables()) conn.query(`DROP TABLE "${t}"`);
  for (const { table, file } of releaseFiles(listed))
    conn.insertArrowFromIPCStream(readFileSync(resolve(dir, file)), { name: table, create: true });
  conn.query(CLAIM_VIEW_SQL);
  return shownTables();
}

// Skipped outside CI without the built release; in CI a missing release is a failure.
describe.skipIf(index === null && !process.env.CI)("sessionTables", () => {
  beforeAll(() => {
    if (index === null) throw new Error(`${DATA}/index.json is missing: run \`pnpm build:data\` first`);
  });
  withNodeDuckDB((opened) => {
    conn = opened;
  });

  it("names every table and view of the shipped release's session, and no other", () => {
    expect([...sessionTables(files)].sort()).toEqual(loadedNames(files).sort());
  });

  it("names the built-in vocabulary tables of a release that lists none", () => {
    const bare = Object.fromEntries(
      Object.entries(files).filter(([t]) => !["units", "categories"].includes(t)),
    );
    expect(sessionTables(bare)).toContain("units");
    expect([...sessionTables(bare)].sort()).toEqual(loadedNames(bare).sort());
  });
});
