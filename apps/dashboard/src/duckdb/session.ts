import type { ClaimView } from "@tally/dataset";
import { engineReady, recordQuery } from "../timing.js";
import { type Engine, loadRelease, type Progress, startEngine, toRows } from "./engine.js";
import { StatementCache } from "./statementCache.js";

/**
 * The app's own DuckDB-WASM session over one release. Queries take bound parameters only; the
 * SQL text itself comes from this code, never from the user.
 */
export interface Session {
  query(sql: string, params?: readonly (string | number)[]): Promise<Record<string, unknown>[]>;
  claims(sql: string, params: readonly (string | number)[]): Promise<ClaimView[]>;
  /** The DuckDB-WASM build in use. */
  bundle: Engine["bundle"];
}

export async function openSession(
  base: string,
  version: string,
  files: Readonly<Record<string, string>>,
  progress: Progress,
): Promise<Session> {
  const engine: Engine = await startEngine(progress);
  await loadRelease(engine, base, version, files, progress);
  progress("");
  engineReady(engine.bundle);
  const statements = new StatementCache(engine.conn);
  const query = async (sql: string, params: readonly (string | number)[] = []) => {
    const t0 = performance.now();
    const rows =
      params.length === 0 ? toRows(await engine.conn.query(sql)) : toRows(await statements.run(sql, params));
    recordQuery(sql, performance.now() - t0, rows.length);
    return rows;
  };
  return {
    query,
    claims: async (sql, params) => (await query(sql, params)) as unknown as ClaimView[],
    bundle: engine.bundle,
  };
}
