import { shortened } from "@tally/dataset";
import { DataTable, downloadBlob } from "@tally/ui";
import { Fragment, useEffect, useRef, useState } from "react";
import { useRelease } from "../data.js";
import { sessionTables } from "../duckdb/claimViewSql.js";
import type { ConsoleResult } from "../duckdb/console.js";
import { cancelledText } from "../duckdb/consoleCancel.js";
import { csvSource } from "../duckdb/consoleDownload.js";
import { EnumLabelsLost, StatementFailed } from "../duckdb/consoleFailure.js";
import { SHOW } from "../duckdb/consoleLimits.js";
import { Refused } from "../duckdb/consoleSql.js";
import {
  cancelSql,
  consoleKey,
  csvOf,
  keepDraft,
  runSql,
  startConsole,
  useConsoleState,
} from "../duckdb/consoleStore.js";
import { editorText } from "../duckdb/consoleText.js";
import { ErrorBox, errorMessage, Loading } from "../Feedback.js";
import { countOf } from "../plural.js";
import { useUrlState } from "../useUrlState.js";

const count = (n: number) => n.toLocaleString("en");

/** What to do about a failed run: the console has no filters, which the views' own errors name. */
const CHECK_QUERY = "Check the query and try again; reloading the page starts over.";

/**
 * DuckDB's own advice on running out of memory (`SET memory_limit`, `SET temp_directory`, a
 * persistent database) cannot be taken here: the console's settings are locked (an outside audit).
 */
const OUT_OF_MEMORY =
  "This console's memory limit, temporary directory and threads are fixed, so the settings DuckDB suggests cannot be changed here: ask for less (fewer rows or columns, an aggregate, a LIMIT).";

/**
 * DuckDB's advice to install and load an extension ("it exists in the json extension … INSTALL
 * json; LOAD json;", or `SET autoinstall_known_extensions=1`), which the console refuses: it is
 * offline and its settings are locked (an outside audit).
 */
const NO_EXTENSIONS =
  "This console is offline and cannot install or load extensions, so DuckDB's advice above cannot be taken here: the types and functions of the json, parquet, spatial and other extensions are not available. Cast JSON text as VARCHAR, or run the query in a DuckDB of your own on the release's files.";

/** What the console says in place of DuckDB's advice that cannot be taken here, if any. */
function adviceOf(error: unknown): string | null {
  const message = errorMessage(error);
  if (/out of memory/i.test(message)) return OUT_OF_MEMORY;
  if (
    /\bexists in the \w+ extension\b|\bINSTALL \w+;|autoinstall_known_extensions|autoload_known_extensions/i.test(
      message,
    )
  )
    return NO_EXTENSIONS;
  return null;
}

/**
 * The most cells a result table draws, and the most characters of one cell: 300 columns of 1,000
 * rows took 19–27 s to draw and one value of 10 million characters 16 s, the tab frozen, Cancel
 * included (an outside audit). The CSV download holds every row and every character.
 */
const MAX_CELLS = 20_000;
const MAX_CELL_CHARS = 1_000;

/**
 * SQL for analysts, on a DuckDB-WASM instance of its own (tables copied in, external access off),
 * so nothing typed here touches the charts' engine or the network. The running query, its result
 * and the engine live in a store outside this component: leaving the view does not lose them.
 */
export function SqlConsole() {
  const { base, version, summary } = useRelease();
  const [state, update] = useUrlState();
  const key = consoleKey(base, version);
  const c = useConsoleState(key);
  const [sql, setSql] = useState(() => editorText(state.sql, c.draft, c.sql));
  // Back and Forward between two of the console's addresses change `?sql=` under a mounted view;
  // the editor follows the address, as it does on arriving.
  const address = useRef(state.sql);
  useEffect(() => {
    if (state.sql === address.current) return;
    address.current = state.sql;
    setSql(editorText(state.sql, c.draft, c.sql));
  }, [state.sql, c.draft, c.sql]);
  // The names the console's engine loads, so the list never falls behind what `show tables` gives.
  const tables = sessionTables(summary.files);

  useEffect(() => {
    startConsole(key, async (progress) => {
      const { openConsole } = await import("../duckdb/console.js");
      return openConsole(base, version, summary.files, progress);
    });
  }, [key, base, version, summary.files]);

  // Before the engine is ready the store queues the text, to run as soon as it is.
  // While busy the store only notes that a run was asked for, and the view says why nothing ran.
  const run = () => {
    if (c.engineError !== null) return;
    if (c.busy === null) update({ sql }, { replace: true });
    void runSql(key, sql);
  };

  // Said in a status region, as the Claims view and the charts' exports say theirs; of one result
  // only, so the next query's result does not read as downloaded.
  const [downloadedOf, setDownloadedOf] = useState<ConsoleResult | null>(null);
  const download = async () => {
    if (c.busy !== null) return;
    const of = c.result;
    setDownloadedOf(null);
    const blob = await csvOf(key);
    // A comment line would not be valid CSV, so the file's name is what says which release it came from.
    if (blob) {
      downloadBlob(blob, `query-result-${summary.name}-${version}.csv`);
      setDownloadedOf(of);
    }
  };
  // Run and Download stay focusable while busy (aria-disabled, not disabled), and Cancel hands
  // focus to Run as it goes: a disabled or removed button dropped keyboard focus to the page.
  const runButton = useRef<HTMLButtonElement>(null);
  const busy = c.busy !== null;
  const shownRows = c.result
    ? Math.min(
        c.result.rows.length,
        Math.max(1, Math.floor(MAX_CELLS / Math.max(1, c.result.columns.length))),
      )
    : 0;

  return (
    <section aria-labelledby="sql-h">
      <h1 id="sql-h">SQL console</h1>
      <p className="note" data-testid="sql-tables">
        Tables of release {summary.version}:{" "}
        {tables.map((t, i) => (
          <Fragment key={t}>
            {i === 0 ? "" : i === tables.length - 1 ? " and " : ", "}
            <code>{t}</code>
            {t === "claim_view" && " (each claim joined to its source, event and metric)"}
          </Fragment>
        ))}
        . This console runs on its own DuckDB-WASM instance with external access disabled: nothing here
        changes the charts or reaches the network. Up to {count(SHOW)} rows are shown (fewer for a wide
        result, and a long value is cut at {count(MAX_CELL_CHARS)} characters); the full result downloads as
        CSV (the text beside the button says what that runs).
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label htmlFor="sql-text">SQL</label>
        <textarea
          id="sql-text"
          name="sql"
          rows={6}
          spellCheck={false}
          value={sql}
          onChange={(e) => {
            setSql(e.target.value);
            keepDraft(key, { text: e.target.value, over: state.sql });
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              run();
            }
          }}
        />
        <div className="sql-actions">
          <button type="submit" ref={runButton} aria-disabled={!c.engine || busy}>
            {c.queued !== null ? "Queued…" : c.busy === "running" ? "Running…" : "Run (Ctrl+Enter)"}
          </button>
          {(c.queued !== null ||
            c.busy === "running" ||
            c.busy === "downloading" ||
            c.busy === "cancelling") && (
            <button
              type="button"
              onClick={() => {
                void cancelSql(key);
                runButton.current?.focus();
              }}
              disabled={c.busy === "cancelling"}
            >
              {c.busy === "cancelling" ? "Cancelling…" : "Cancel"}
            </button>
          )}
        </div>
      </form>
      {c.engineError !== null && (
        <ErrorBox
          error={c.engineError}
          title="The console's engine could not start"
          otherwise="Reloading the page starts over."
        />
      )}
      {!c.engine && c.engineError === null && (
        <Loading
          label={`${c.progress || "Starting the console's own DuckDB-WASM…"}${c.queued !== null ? " Your query runs as soon as it is ready." : ""}`}
          spoken={`${c.progressSpoken || "Starting the console's own DuckDB-WASM…"}${c.queued !== null ? " Your query runs as soon as it is ready." : ""}`}
        />
      )}
      {c.busy === "running" && (
        <Loading
          label={`Running… ${c.received > 0 ? `${count(c.received)} rows so far` : ""}`}
          // The count on screen changes every 150 ms, and a live region read out each one (22 times in
          // 3 s, an outside audit); the row count of the result is said when it comes.
          spoken="Running…"
        />
      )}
      {c.busy === "downloading" && <Loading label={`Writing the CSV… ${count(c.received)} rows`} />}
      {c.busy === "cancelling" && <Loading label="Cancelling the query…" />}
      {c.askedWhileBusy && c.busy !== null && (
        <p role="status" className="sql-busy-note">
          {BUSY_NOTE[c.busy]}
        </p>
      )}
      {c.cancelled && c.busy === null && (
        <p role="status" className="sql-cancelled">
          {c.engine ? cancelledText(c.cancelled) : "Cancelled."}
        </p>
      )}
      {c.error !== null && <RunError error={c.error} />}
      {c.result && c.busy !== "running" && (
        <div className="sql-result">
          <p role="status" className="row-count">
            {countOf(c.result.total, "row")} in {c.result.ms.toFixed(1)} ms
            {c.result.total > shownRows && ` (first ${count(shownRows)} shown)`}
          </p>
          {c.resultOf !== null && c.resultOf !== sql && (
            // After Back to an earlier run's address (the result is then of a later run), or an edit.
            <p className="muted sql-result-of" data-testid="sql-result-of">
              This result is of another text (
              <code>{shortened(c.resultOf.replace(/\s+/g, " ").trim(), 80)}</code>), not of the one in the
              editor; run that to see its own.
            </p>
          )}
          <CsvDownload result={c.result} busy={busy} onDownload={() => void download()} />
          <span role="status" className="tally-status" data-testid="sql-download-status">
            {downloadedOf !== null && downloadedOf === c.result ? "CSV downloaded." : ""}
          </span>
          <DataTable
            caption="Query result"
            // Keyed by position: two columns may share a name, and each shows its own values.
            columns={c.result.columns.map((name, k) => ({
              key: String(k),
              label: name,
              numeric: c.result!.numbers.includes(k),
              render: (row: Record<string, unknown>) => <Cell value={row[k]} />,
            }))}
            rows={c.result.rows.slice(0, shownRows).map((values, i) => ({ ...values, __i: i }))}
            rowKey={(r) => String(r.__i)}
          />
        </div>
      )}
    </section>
  );
}

const BUSY_NOTE = {
  running: "Not run: a query is still running. Cancel it, or wait for it to end, then run the text again.",
  downloading:
    "Not run: the CSV is still being written. Cancel it, or wait for it to end, then run the text again.",
  cancelling: "Not run: the last query is still being cancelled. Run the text again once it has stopped.",
} as const;

/** The download button, with what it will run said next to it, or why there is none. */
function CsvDownload({
  result,
  busy,
  onDownload,
}: {
  result: ConsoleResult;
  busy: boolean;
  onDownload: () => void;
}) {
  const source = csvSource(result);
  const rows = countOf(result.total, "row");
  if (source === null)
    return (
      <p className="muted sql-download-note">
        No CSV download: this result comes from a statement that changes a table or gives other values each
        time it runs (nextval, random, a sample without REPEATABLE), and only its first{" "}
        {count(result.rows.length)} rows are kept. Select the rows from a table to download them all.
      </p>
    );
  return (
    <p>
      <button type="button" onClick={onDownload} aria-disabled={busy}>
        Download full result as CSV
      </button>{" "}
      <span className="muted sql-download-note">
        {source === "shown"
          ? `writes the ${rows} shown, without running anything again`
          : `runs the last statement again on its own (not the ones before it) and writes all ${rows}`}
      </span>
    </p>
  );
}

/** Why a run failed: which statement, in a run of several, and what the ones before it did. */
function RunError({ error }: { error: unknown }) {
  if (error instanceof Refused) return <ErrorBox error={error} title="Not run" otherwise={CHECK_QUERY} />;
  if (error instanceof EnumLabelsLost)
    return (
      <ErrorBox
        error={error}
        title="The result could not be shown"
        hint="The query ran; only its result is not shown."
      />
    );
  const advice = adviceOf(error);
  const otherwise = advice ?? CHECK_QUERY;
  if (error instanceof StatementFailed) {
    // What ran before it, and then that DuckDB's advice (more memory, an extension) cannot be taken here.
    const hint = error.ran === null ? undefined : advice ? `${error.ran} ${advice}` : error.ran;
    return <ErrorBox error={error} title={error.title} hint={hint} otherwise={otherwise} />;
  }
  return <ErrorBox error={error} title="The query failed" otherwise={otherwise} />;
}

/**
 * A result's value. NULL is shown as a muted "NULL" and read out as having no value, so it is
 * told apart from the empty string (a blank cell) and from the text 'NULL'; both were blank before.
 */
function Cell({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return (
      <span className="sql-null">
        NULL<span className="visually-hidden"> (no value)</span>
      </span>
    );
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  // As written: HTML folded an EXPLAIN plan's lines and leading spaces into one run-on line. Text
  // of several lines keeps them, in a monospace font for the plans' boxes; one long word breaks
  // where it must, which pushed the columns after it thousands of pixels right.
  const className = text.includes("\n") ? "sql-value sql-lines" : "sql-value";
  if (text.length <= MAX_CELL_CHARS) return <span className={className}>{text}</span>;
  const shown = shortened(text, MAX_CELL_CHARS);
  return (
    <>
      <span className={className}>{shown}</span>
      <span className="muted"> ({count(text.length - (shown.length - 1))} more characters in the CSV)</span>
    </>
  );
}
