import { createRequire } from "node:module";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { afterAll, beforeAll } from "vitest";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

/**
 * DuckDB-WASM's Node build with one connection, for tests (`@vitest-environment node`): the same
 * engine and the same Arrow results the dashboard gets in the browser, with extensions switched off.
 * Instantiating it took over 10 s with the shared machine's load above 20: `withNodeDuckDB` gives it a minute.
 */
export async function openNodeDuckDB(): Promise<{
  db: duckdb.DuckDBBindings;
  conn: duckdb.DuckDBConnection;
}> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist("duckdb-mvp.wasm"), mainWorker: dist("duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: dist("duckdb-eh.wasm"), mainWorker: dist("duckdb-node-eh.worker.cjs") },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  const conn = db.connect();
  conn.query("SET autoinstall_known_extensions=false");
  conn.query("SET autoload_known_extensions=false");
  return { db, conn };
}

/**
 * One node DuckDB for the tests of a file or `describe` block: opened before them (then `ready`
 * is given its connection, to keep and to fill, and the database, whose files a COPY writes),
 * closed after them.
 */
export function withNodeDuckDB(
  ready: (conn: duckdb.DuckDBConnection, db: duckdb.DuckDBBindings) => void,
): void {
  let opened: Awaited<ReturnType<typeof openNodeDuckDB>> | undefined;
  beforeAll(async () => {
    opened = await openNodeDuckDB();
    ready(opened.conn, opened.db);
  }, 60_000);
  afterAll(() => {
    opened?.conn.close();
    opened?.db.reset();
  });
}
