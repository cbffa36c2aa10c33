import { type Engine, loadRelease, type Progress, startEngine, toRows } from "./engine.js";

export interface ConsoleResult {
  columns: string[];
  rows: Record<string, unknown>[];
  ms: number;
}

/**
 * The analysts' SQL console: a DuckDB-WASM instance of its own, with the release's tables copied
 * in and external access switched off afterwards, so nothing typed here can change what the
 * charts show or reach the network.
 */
export interface SqlConsole {
  run(sql: string): Promise<ConsoleResult>;
}

export async function openConsole(
  base: string,
  version: string,
  files: Readonly<Record<string, string>>,
  progress: Progress,
): Promise<SqlConsole> {
  const engine: Engine = await startEngine(progress);
  await loadRelease(engine, base, version, files, progress);
  await engine.conn.query("SET enable_external_access=false");
  await engine.conn.query("SET lock_configuration=true");
  progress("");
  return {
    async run(sql) {
      const t0 = performance.now();
      const table = await engine.conn.query(sql);
      const ms = performance.now() - t0;
      return { columns: table.schema.fields.map((f) => f.name), rows: toRows(table), ms };
    },
  };
}
