import { describe, expect, it, vi } from "vitest";
import type { ConsoleResult, SqlConsole } from "./console.js";
import { cancelSql, consoleKey, runSql, startConsole, useConsoleState } from "./consoleStore.js";

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
  const engine = { run, cancel: async () => {}, csv: async () => new Blob() } as SqlConsole;
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
    expect(useConsoleState(key)).toMatchObject({ queued: null, cancelled: true });
    c.ready();
    await settled();
    expect(c.run).not.toHaveBeenCalled();
  });
});
