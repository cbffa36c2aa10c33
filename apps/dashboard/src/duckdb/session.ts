import type { ClaimView } from "@tally/dataset";
import { type Engine, loadRelease, type Progress, startEngine, toRows } from "./engine.js";

/**
 * The app's own DuckDB-WASM session over one release. Queries take bound parameters only; the
 * SQL text itself comes from this code, never from the user.
 */
export interface Session {
  query(sql: string, params?: readonly (string | number)[]): Promise<Record<string, unknown>[]>;
  claims(sql: string, params: readonly (string | number)[]): Promise<ClaimView[]>;
}

export async function openSession(base: string, version: string, progress: Progress): Promise<Session> {
  const engine: Engine = await startEngine(progress);
  await loadRelease(engine, base, version, progress);
  progress("");
  const query = async (sql: string, params: readonly (string | number)[] = []) => {
    if (params.length === 0) return toRows(await engine.conn.query(sql));
    const stmt = await engine.conn.prepare(sql);
    try {
      return toRows(await stmt.query(...params));
    } finally {
      await stmt.close();
    }
  };
  return {
    query,
    claims: async (sql, params) => (await query(sql, params)) as unknown as ClaimView[],
  };
}
