import { describe, expect, it, vi } from "vitest";
import type { ConsoleResult, SqlConsole } from "./console.js";
import type { Cancellation } from "./consoleCancel.js";
import {
  cancelSql,
  consoleKey,
  csvOf,
  keepDraft,
  runSql,
  startConsole,
  useConsoleState,
} from "./consoleStore.js";

const RESULT: ConsoleResult = {
  columns: ["answer"],
  numbers: [0],
  rows: [[42]],
  total: 1,
  ms: 1,
  statement: "select 42 as answer",
  numericText: [],
};

/** A console whose engine is ready when `ready` is called, and which answers every run with RESULT. */
function pendingConsole() {
  const run = vi.fn(async () => RESULT);
  const engine = { run, cancel: async () => null, csv: async () => new Blob() } as SqlConsole;
  let ready!: () => void;
  const opening = new Promise<SqlConsole>((resolve) => {
    ready = () => resolve(engine);
  });
  return { run, ready, open: () => opening };
}

// The state as the view reads it, outside React: the hook's snapshot is the store's state.
vi.mock("react", () => ({
  useSyncExternalStore: (_subscribe: unknown, snapshot: () => unknown) => snapshot(),
}));

const settled = () => new Promise((r) => setTimeout(r, 0));

describe("a run asked for before the console's engine is ready", () => {
  it("is queued, shown as queued, and runs once the engine is ready", async () => {
    // Before: runSql returned at once without an engine, and Ctrl+Enter pressed early was lost.
    const key = consoleKey("https://example.org/queued", "v1");
    const c = pendingConsole();
    startConsole(key, c.open);
    await runSql(key, "select 42 as answer");
    expect(useConsoleState(key).queued).toBe("select 42 as answer");
    expect(c.run).not.toHaveBeenCalled();
    c.ready();
    await settled();
    expect(c.run).toHaveBeenCalledWith("select 42 as answer", expect.any(Function));
    expect(useConsoleState(key)).toMatchObject({ queued: null, busy: null, result: RESULT });
  });

  it("runs the last text asked for, and nothing once Cancel took it back", async () => {
    const key = consoleKey("https://example.org/cancelled", "v1");
    const c = pendingConsole();
    startConsole(key, c.open);
    await runSql(key, "select 1");
    await runSql(key, "select 42 as answer");
    expect(useConsoleState(key).queued).toBe("select 42 as answer");
    await cancelSql(key);
    expect(useConsoleState(key)).toMatchObject({
      queued: null,
      cancelled: { ran: 0, count: 1, restarted: false },
    });
    c.ready();
    await settled();
    expect(c.run).not.toHaveBeenCalled();
  });
});

describe("the editor's draft", () => {
  it("outlives the view, is cleared by running it, and the result names the text it is of", async () => {
    const key = consoleKey("https://example.org/draft", "v1");
    const c = pendingConsole();
    startConsole(key, c.open);
    c.ready();
    await settled();
    await runSql(key, "select 42 as answer");
    expect(useConsoleState(key)).toMatchObject({ result: RESULT, resultOf: "select 42 as answer" });
    keepDraft(key, { text: "select 43", over: "select 42 as answer" });
    expect(useConsoleState(key).draft).toEqual({ text: "select 43", over: "select 42 as answer" });
    // A refused text is not run, and leaves no result to be of any text.
    await runSql(key, "install json");
    expect(useConsoleState(key)).toMatchObject({ draft: null, sql: "install json", result: null });
    keepDraft(key, { text: "select 44", over: null });
    await runSql(key, "select 44");
    expect(useConsoleState(key)).toMatchObject({ draft: null, sql: "select 44", resultOf: "select 44" });
  });
});

describe("a console busy with a run", () => {
  /** A ready console whose run waits until `finish`, and whose cancel reports `stopped`. */
  function busyConsole(stopped: Cancellation) {
    let finish!: () => void;
    const run = vi.fn(
      () =>
        new Promise<ConsoleResult>((resolve) => {
          finish = () => resolve(RESULT);
        }),
    );
    const engine = { run, cancel: async () => stopped, csv: async () => new Blob() } as SqlConsole;
    return { run, finish: () => finish(), open: async () => engine };
  }

  it("does not run a second text, and says so until the next run starts", async () => {
    const key = consoleKey("https://example.org/busy", "v1");
    const c = busyConsole({ ran: 0, count: 1, restarted: false });
    startConsole(key, c.open);
    await settled();
    void runSql(key, "select 'slow'");
    // Before: Ctrl+Enter pressed now did nothing at all, and said nothing.
    await runSql(key, "select 2");
    expect(c.run).toHaveBeenCalledOnce();
    expect(useConsoleState(key)).toMatchObject({
      busy: "running",
      askedWhileBusy: true,
      sql: "select 'slow'",
    });
    c.finish();
    await settled();
    void runSql(key, "select 2");
    expect(useConsoleState(key)).toMatchObject({ busy: "running", askedWhileBusy: false, sql: "select 2" });
  });

  it("keeps what the cancel stopped, for the view to say which statements ran", async () => {
    const key = consoleKey("https://example.org/stopped", "v1");
    const stopped = { ran: 2, count: 4, restarted: true };
    const c = busyConsole(stopped);
    startConsole(key, c.open);
    await settled();
    void runSql(key, "create table t as select 1; insert into t values (2); select 'slow'; select 4");
    await cancelSql(key);
    expect(useConsoleState(key)).toMatchObject({ busy: null, result: null, cancelled: stopped });
    // The run settling after the cancel changes nothing.
    c.finish();
    await settled();
    expect(useConsoleState(key)).toMatchObject({ result: null, cancelled: stopped });
  });

  it("says a cancelled download wrote no file, and keeps the result on screen", async () => {
    const key = consoleKey("https://example.org/download", "v1");
    let interrupt!: () => void;
    const csv = vi.fn(
      () =>
        new Promise<Blob>((_resolve, reject) => {
          interrupt = () => reject(new Error("cancelled"));
        }),
    );
    const cancel = vi.fn(async () => {
      interrupt();
      return { ran: 0, count: 1, restarted: false };
    });
    const engine = { run: async () => RESULT, cancel, csv } as unknown as SqlConsole;
    startConsole(key, async () => engine);
    await settled();
    await runSql(key, "select 42 as answer");
    const writing = csvOf(key);
    expect(useConsoleState(key).busy).toBe("downloading");
    await cancelSql(key);
    await expect(writing).resolves.toBeNull();
    // Before: "Writing the CSV…" vanished and nothing said whether a file was written.
    expect(useConsoleState(key)).toMatchObject({
      busy: null,
      result: RESULT,
      cancelled: { ran: 0, count: 1, restarted: false, download: true },
    });
  });
});
