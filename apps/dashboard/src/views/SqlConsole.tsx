import { DataTable } from "@tally/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useRelease } from "../data.js";
import type { SqlConsole as Console, ConsoleResult } from "../duckdb/console.js";
import { ErrorBox, Loading } from "../Feedback.js";
import { useUrlState } from "../useUrlState.js";

const SHOW = 1000;

/**
 * SQL for analysts, on a DuckDB-WASM instance of its own (tables copied in, external access off),
 * so nothing typed here touches the charts' engine or the network.
 */
export function SqlConsole() {
  const { base, version, summary } = useRelease();
  const [state, update] = useUrlState();
  const [sql, setSql] = useState(state.sql ?? "select count(*) from claims");
  const [progress, setProgress] = useState("");
  const [result, setResult] = useState<ConsoleResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const engine = useQuery({
    queryKey: ["console", base, version],
    queryFn: async (): Promise<Console> => {
      const { openConsole } = await import("../duckdb/console.js");
      return openConsole(base, version, summary.files, setProgress);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

  const run = async () => {
    if (!engine.data) return;
    update({ sql }, { replace: true });
    setRunning(true);
    setError(null);
    try {
      setResult(await engine.data.run(sql));
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-labelledby="sql-h">
      <h2 id="sql-h">SQL console</h2>
      <p className="note">
        Tables: <code>sources</code>, <code>events</code>, <code>metrics</code>, <code>claims</code> and the
        joined <code>claim_view</code> of release {summary.version}. This console runs on its own DuckDB-WASM
        instance with external access disabled: nothing here changes the charts or reaches the network.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label htmlFor="sql-text">SQL</label>
        <textarea
          id="sql-text"
          name="sql"
          rows={6}
          spellCheck={false}
          value={sql}
          onChange={(e) => setSql(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void run();
            }
          }}
        />
        <button type="submit" disabled={!engine.data || running}>
          {running ? "Running…" : "Run (Ctrl+Enter)"}
        </button>
      </form>
      {engine.error && <ErrorBox error={engine.error} title="The console's engine could not start" />}
      {!engine.data && !engine.error && (
        <Loading label={progress || "Starting the console's own DuckDB-WASM…"} />
      )}
      {error !== null && <ErrorBox error={error} title="The query failed" />}
      {result && (
        <div className="sql-result">
          <p role="status" className="row-count">
            {result.rows.length} {result.rows.length === 1 ? "row" : "rows"} in {result.ms.toFixed(1)} ms
            {result.rows.length > SHOW && ` (first ${SHOW} shown)`}
          </p>
          <DataTable
            caption="Query result"
            columns={result.columns.map((c) => ({ key: c, label: c }))}
            rows={result.rows.slice(0, SHOW).map((r, i) => ({ ...r, __i: i }))}
            rowKey={(r) => String(r.__i)}
          />
        </div>
      )}
    </section>
  );
}
