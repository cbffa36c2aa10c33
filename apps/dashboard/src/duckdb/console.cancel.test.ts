// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { Cancelled, type ConsoleEngine, consoleOn } from "./console.js";

/**
 * An engine whose statements containing "slow" wait until DuckDB is told to cancel, or forever
 * when `heeds` is false (a step DuckDB does not interrupt); every other statement answers at once,
 * with no rows.
 */
function engineOf(heeds: boolean) {
  const ran: string[] = [];
  let interrupt: (() => void) | null = null;
  const engine: ConsoleEngine = {
    conn: {
      send: (async (sql: string) => {
        ran.push(sql);
        if (sql.includes("slow"))
          await new Promise<void>((_resolve, reject) => {
            interrupt = () => reject(new Error("INTERRUPT Error: Interrupted!"));
          });
        return { schema: { fields: [] }, async *[Symbol.asyncIterator]() {} };
      }) as unknown as ConsoleEngine["conn"]["send"],
      cancelSent: async () => {
        if (heeds) interrupt?.();
        return heeds;
      },
    },
    db: { terminate: vi.fn(async () => {}) },
  };
  return { engine, ran };
}

afterEach(() => vi.useRealTimers());

describe("cancelling a run", () => {
  it("says how many statements of the run had run when it stopped, and runs none after", async () => {
    const { engine, ran } = engineOf(true);
    const console_ = await consoleOn(async () => engine);
    const running = console_.run(
      "create table t as select 1;\nselect 'slow';\ninsert into t values (2);\nselect 3",
    );
    await vi.waitFor(() => expect(ran).toHaveLength(2));
    // Before: "Cancelled." alone, though the CREATE TABLE had run and its table stays.
    await expect(console_.cancel()).resolves.toEqual({ ran: 1, count: 4, restarted: false });
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(ran).toEqual(["create table t as select 1", "select 'slow'"]);
  });

  it("says the console started afresh when DuckDB did not stop, and runs the next query on the new engine", async () => {
    vi.useFakeTimers();
    const stuck = engineOf(false);
    const fresh = engineOf(true);
    const open = vi.fn<() => Promise<ConsoleEngine>>();
    open.mockResolvedValueOnce(stuck.engine).mockResolvedValueOnce(fresh.engine);
    const console_ = await consoleOn(open);
    void console_.run("select 'slow'").catch(() => {});
    await vi.waitFor(() => expect(stuck.ran).toHaveLength(1));
    const cancelling = console_.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(cancelling).resolves.toEqual({ ran: 0, count: 1, restarted: true });
    expect(stuck.engine.db.terminate).toHaveBeenCalledOnce();
    await console_.run("select 42");
    expect([stuck.ran, fresh.ran]).toEqual([["select 'slow'"], ["select 42"]]);
  });

  it("answers null when nothing runs", async () => {
    const { engine } = engineOf(true);
    await expect((await consoleOn(async () => engine)).cancel()).resolves.toBeNull();
  });
});
