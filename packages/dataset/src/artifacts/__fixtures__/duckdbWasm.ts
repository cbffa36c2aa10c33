import { createRequire } from "node:module";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

/**
 * A connection to DuckDB-WASM's Node blocking build, the same engine and Arrow reader the
 * dashboard runs in the browser (the async Node build does not start here: toolchain.md).
 */
export async function openDuckDBWasm(): Promise<{ conn: duckdb.DuckDBConnection; close: () => void }> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist("duckdb-mvp.wasm"), mainWorker: dist("duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: dist("duckdb-eh.wasm"), mainWorker: dist("duckdb-node-eh.worker.cjs") },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  // Offline: never let a query reach for an extension on the network.
  conn.query("SET autoinstall_known_extensions=false");
  conn.query("SET autoload_known_extensions=false");
  return {
    conn,
    close: () => {
      conn.close();
      db.reset();
    },
  };
}
