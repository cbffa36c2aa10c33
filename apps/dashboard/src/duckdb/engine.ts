import * as duckdb from "@duckdb/duckdb-wasm";
import ehWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import mvpWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url";
import ehWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import mvpWasm from "@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url";
import { fetchArtifact, LoadError } from "../dataSource.js";
import { EngineStartError } from "../loadError.js";
import { CLAIM_VIEW_SQL } from "./claimViewSql.js";
import { trackDownload } from "./engineDownload.js";
import { releaseFiles } from "./releaseFiles.js";

/**
 * What the engine is doing, for the status line; `spoken` is what a screen reader is told when it
 * differs (the download's line changes several times a second, its announcements a few times in
 * all), the message itself otherwise.
 */
export type Progress = (message: string, spoken?: string) => void;

// The size of each build's WebAssembly file, put in by the build (`tallyWasm` in wasmPlugin.ts):
// the download's total when the server compresses it and Content-Length counts compressed bytes.
declare const __TALLY_DUCKDB_WASM_BYTES__: { eh: number; mvp: number } | undefined;
const WASM_BYTES: Partial<Record<"eh" | "mvp", number>> =
  typeof __TALLY_DUCKDB_WASM_BYTES__ === "undefined" ? {} : __TALLY_DUCKDB_WASM_BYTES__;

/** Self-hosted bundles (never a CDN): the app must work offline. */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
  /** The WASM build `selectBundle` chose for this browser. */
  bundle: "mvp" | "eh";
}

/** Starts a DuckDB-WASM instance that will never try to download an extension. */
export async function startEngine(progress: Progress): Promise<Engine> {
  progress("Starting DuckDB-WASM…");
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  // AsyncDuckDB forgets its pending requests when the worker fails, without rejecting them: a
  // WebAssembly file the server would not give left every view "Starting DuckDB-WASM…" for ever
  // (an outside audit). The worker's error settles the start instead.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener("error", (event) =>
      reject(new Error(event.message || "the engine's worker failed")),
    ),
  );
  // Nor does a WebAssembly file that will not download reach the worker's error event: the
  // module's start aborts inside the worker and the request is never answered. Asked beside it,
  // the server's answer for the file settles the start when it is a refusal.
  const file = bundle.mainModule.split("/").pop();
  const refused = fetch(bundle.mainModule, { method: "HEAD" }).then(
    (res) => {
      // Only a refusal of the file itself: a server that answers HEAD with 405 or 501 (method not
      // allowed, not implemented) may still give it to the worker's GET.
      if (res.status === 404 || res.status === 410 || (res.status >= 500 && res.status !== 501))
        throw new Error(`${file} answered HTTP ${res.status}`);
      return new Promise<never>(() => {});
    },
    (e: unknown) => {
      throw new Error(`${file} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
    },
  );
  const which = bundle.mainModule === ehWasm ? "eh" : "mvp";
  // How much of the WebAssembly has arrived, from the worker's own fetch (see engineDownload.ts).
  const download = trackDownload(progress, file ?? "the engine's WebAssembly", WASM_BYTES[which] ?? null);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await Promise.race([
      db.instantiate(bundle.mainModule, bundle.pthreadWorker, download.report),
      failed,
      refused,
      download.stalled,
    ]);
  } catch (e) {
    download.stop();
    await db.terminate().catch(() => {});
    throw new EngineStartError(
      `The query engine (DuckDB-WASM) could not start: ${e instanceof Error ? e.message : String(e)}.`,
      "Its WebAssembly and worker files (assets/duckdb-*) must be served beside the app: reload the page, or check that the server gives them.",
    );
  } finally {
    download.stop();
  }
  const conn = await db.connect();
  await conn.query("SET autoinstall_known_extensions=false");
  await conn.query("SET autoload_known_extensions=false");
  return { db, conn, bundle: which };
}

/**
 * Loads the release's Arrow IPC streams as tables (the four dataset tables, the validator's verdict
 * tables written beside them, and the optional ones `files` lists; see `releaseFiles`) and defines
 * `claim_view` over them. The files download together; each is inserted as soon as it and the
 * ones before it have arrived.
 */
export async function loadRelease(
  engine: Engine,
  base: string,
  version: string,
  files: Readonly<Record<string, string>>,
  progress: Progress,
): Promise<void> {
  progress("Loading the release's tables…");
  const tables = releaseFiles(files);
  const downloads = tables.map(({ table, file }) =>
    fetchArtifact(base, version, file, `Release ${version}'s ${table} table`),
  );
  // Settle every download so a failed one never leaves the others' rejections unobserved.
  for (const d of downloads) d.catch(() => {});
  for (const [i, { table, file }] of tables.entries()) {
    const bytes = await downloads[i]!;
    progress(`Loading ${file}…`);
    await insertTable(engine, table, file, version, bytes);
  }
  await engine.conn.query(CLAIM_VIEW_SQL);
}

/**
 * Inserts one Arrow IPC stream and reads it back, so a file DuckDB cannot read is named here
 * rather than surfacing later as "Table with name … does not exist".
 */
async function insertTable(
  engine: Engine,
  table: string,
  file: string,
  version: string,
  bytes: Uint8Array,
): Promise<void> {
  try {
    await engine.conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
    await engine.conn.query(`SELECT count(*) FROM "${table}"`);
  } catch (e) {
    throw new LoadError(
      `${file} of release ${version} could not be read as the ${table} table (${e instanceof Error ? e.message : String(e)}).`,
      "The file is damaged: rebuild the artifacts with `pnpm build:data`, then reload.",
    );
  }
}

/** Plain JS rows from an Arrow result: BIGINT counts become numbers (tables here are far below 2^53). */
export function toRows(table: {
  toArray(): { toJSON(): Record<string, unknown> }[];
}): Record<string, unknown>[] {
  return table.toArray().map((r) => {
    const o = r.toJSON();
    for (const k of Object.keys(o)) if (typeof o[k] === "bigint") o[k] = Number(o[k]);
    return o;
  });
}
