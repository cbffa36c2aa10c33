import { toCsv } from "@tally/ui";
import type { DataType } from "apache-arrow";
import { errorMessage } from "../Feedback.js";
import type { Cancellation } from "./consoleCancel.js";
import { csvLines } from "./consoleCsv.js";
import { csvSource } from "./consoleDownload.js";
import { EnumLabelsLost, inEditorLines, StatementFailed } from "./consoleFailure.js";
import { SHOW } from "./consoleLimits.js";
import { Refused, statementsOf } from "./consoleSql.js";
import {
  type ArrowRows,
  columnTypes,
  enumColumns,
  numberColumns,
  numericTextColumns,
  rowsOf,
} from "./consoleValues.js";
import { type Engine, loadRelease, type Progress, startEngine } from "./engine.js";

export { SHOW };

export interface ConsoleResult {
  /** The columns' names as DuckDB gives them, a repeated name repeated. */
  columns: string[];
  /** The positions of the columns of numbers, right-aligned on screen as every other table aligns them. */
  numbers: number[];
  /** The first `SHOW` rows at most, each a value per column in the columns' order. */
  rows: unknown[][];
  /** Every row of the result. */
  total: number;
  ms: number;
  /** The last statement of the text run, whose result this is. */
  statement: string;
  /** The positions of the columns the CSV writes as numbers though they are text (see csvLines). */
  numericText: number[];
}

/**
 * The analysts' SQL console: a DuckDB-WASM instance of its own, with the release's tables copied
 * in and external access switched off afterwards, so nothing typed here can change what the
 * charts show or reach the network. Results arrive as a stream of Arrow record batches: only the
 * first `SHOW` rows become JS objects, so a 3,000,000-row result never blocks the page.
 */
export interface SqlConsole {
  /**
   * `onRows` hears the running count as batches arrive. Rejects with `Cancelled` after `cancel`,
   * otherwise with `StatementFailed`, which says which statement failed.
   */
  run(sql: string, onRows?: (total: number) => void): Promise<ConsoleResult>;
  /**
   * Stops the running query; resolves once the engine can take the next one, with what was
   * stopped (null when nothing was running).
   */
  cancel(): Promise<Cancellation | null>;
  /**
   * The full result shown as a UTF-8 CSV (with BOM), from where `csvSource` says: the rows on
   * screen, or the last statement run again on its own, written batch by batch. Rejects with
   * `Refused` when neither gives every row.
   */
  csv(result: ConsoleResult, onRows?: (total: number) => void): Promise<Blob>;
}

export class Cancelled extends Error {
  constructor() {
    super("The query was cancelled.");
    this.name = "Cancelled";
  }
}

// A cancelled query DuckDB has not given up within this long gets a fresh engine instead.
const CANCEL_GRACE_MS = 2000;

/** What the console needs of a DuckDB-WASM instance: the browser's `Engine`, or Node's in tests. */
export interface ConsoleEngine {
  conn: Pick<Engine["conn"], "send" | "cancelSent">;
  db: Pick<Engine["db"], "terminate">;
}

/** The console on the release's tables, in an engine of its own started here. */
export async function openConsole(
  base: string,
  version: string,
  files: Readonly<Record<string, string>>,
  progress: Progress,
): Promise<SqlConsole> {
  return consoleOn(async () => {
    const engine = await startEngine(progress);
    await loadRelease(engine, base, version, files, progress);
    await engine.conn.query("SET enable_external_access=false");
    await engine.conn.query("SET lock_configuration=true");
    // Stream one small result now, while the user waits for the engine anyway: the first pass
    // through the record-batch reader compiles its code, a 300-600 ms task seen at the start of
    // the first large result when it was left to then.
    for await (const _ of await engine.conn.send("select * from range(5000)", true));
    progress("");
    return engine;
  });
}

/** The console on the engine `open` gives, which it calls again for a fresh one after a cancel DuckDB did not heed. */
export async function consoleOn(open: () => Promise<ConsoleEngine>): Promise<SqlConsole> {
  let engine = await open();
  let current: Run | null = null;

  /**
   * Runs every statement but the last, its rows dropped, then streams the last one's batches to `onBatch`;
   * gives the result's column names and types. A statement's error goes to `failed` with its
   * position, which gives what to reject with.
   */
  async function stream(
    statements: readonly string[],
    onBatch: (batch: ArrowRows) => void,
    failed: (index: number, error: unknown) => unknown = (_index, error) => error,
  ): Promise<Shape> {
    const own: Run = { cancelled: false, done: Promise.resolve(), ran: 0, count: statements.length };
    const work = (async () => {
      const last = statements.length - 1;
      if (last < 0) return { names: [], types: [] };
      // Each statement is sent as the last one is, and drained: DuckDB-WASM's cancel interrupts
      // a query it streams, but not one run by `query`, and a long statement before the last
      // left the console to be started afresh, its tables lost, after every such cancel.
      for (; own.ran < last; own.ran++) {
        if (own.cancelled) throw new Cancelled();
        for await (const _ of await engine.conn.send(statements[own.ran]!, true)) {
          if (own.cancelled) throw new Cancelled();
        }
      }
      const reader = await engine.conn.send(statements[last]!, true);
      const fields = reader.schema?.fields ?? [];
      let shape: Shape | null = null;
      for await (const batch of reader) {
        if (own.cancelled) throw new Cancelled();
        // Every batch of a result has its types: the first one's are read, once.
        shape ??= shapeOf(batch);
        onBatch(batch);
      }
      if (own.cancelled) throw new Cancelled();
      return shape ?? { names: fields.map((f) => f.name), types: fields.map((f) => f.type) };
    })();
    own.done = work.catch(() => {});
    current = own;
    try {
      return await work;
    } catch (e) {
      throw own.cancelled ? new Cancelled() : failed(own.ran, e);
    } finally {
      if (current === own) current = null;
    }
  }

  return {
    async run(sql, onRows) {
      const t0 = performance.now();
      const rows: unknown[][] = [];
      let total = 0;
      const statements = statementsOf(sql);
      const { names, types } = await stream(
        statements.map((s) => s.sql),
        (batch) => {
          if (total === 0 && batch.numRows > 0) {
            const lost = enumColumns(batch);
            if (lost.length > 0) throw new EnumLabelsLost(lost);
          }
          if (rows.length < SHOW) rows.push(...rowsOf(batch, SHOW - rows.length));
          total += batch.numRows;
          onRows?.(total);
        },
        (at, error) =>
          error instanceof EnumLabelsLost
            ? error
            : new StatementFailed(
                inEditorLines(errorMessage(error), sql, statements[at]!.start),
                at + 1,
                statements.length,
              ),
      );
      return {
        columns: names,
        numbers: numberColumns(types),
        rows,
        total,
        ms: performance.now() - t0,
        statement: statements.at(-1)?.sql ?? "",
        numericText: [...numericTextColumns(types)],
      };
    },

    async cancel() {
      const run = current;
      if (!run) return null;
      run.cancelled = true;
      await engine.conn.cancelSent().catch(() => false);
      const stopped = await Promise.race([
        run.done.then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), CANCEL_GRACE_MS)),
      ]);
      if (stopped) return { ran: run.ran, count: run.count, restarted: false };
      // DuckDB is still busy inside one step of the query: a new worker is quicker than waiting.
      const ran = run.ran;
      await engine.db.terminate().catch(() => {});
      engine = await open();
      return { ran, count: run.count, restarted: true };
    },

    async csv(result, onRows) {
      const source = csvSource(result);
      if (source === null)
        throw new Refused(
          "The full result was not downloaded: its statement changes a table or gives other values each time, and running it again would not give the rows shown.",
        );
      if (source === "shown") {
        const body = csvLines(result.rows, new Set(result.numericText));
        return new Blob(["\uFEFF", toCsv([], result.columns), body], { type: "text/csv;charset=utf-8" });
      }
      // The statement run again gives the result's columns again: their names and which are
      // numbers written as text were worked out when it first ran, and hold for every batch.
      const numericText = new Set(result.numericText);
      const parts: BlobPart[] = ["\uFEFF", toCsv([], result.columns)];
      let total = 0;
      await stream([result.statement], (batch) => {
        parts.push(csvLines(rowsOf(batch, Number.POSITIVE_INFINITY), numericText));
        total += batch.numRows;
        onRows?.(total);
      });
      return new Blob(parts, { type: "text/csv;charset=utf-8" });
    },
  };
}

/** The run in flight: its cancel flag, the promise that settles once it has stopped, and how far it got. */
interface Run {
  cancelled: boolean;
  done: Promise<unknown>;
  /** The statements run to their end; the one running, by position, while it runs. */
  ran: number;
  count: number;
}

/** A result's column names (a repeated name repeated) and types, both by position. */
interface Shape {
  names: string[];
  types: DataType[];
}

const shapeOf = (batch: ArrowRows): Shape => ({
  names: batch.schema.fields.map((f) => f.name),
  types: columnTypes(batch),
});
