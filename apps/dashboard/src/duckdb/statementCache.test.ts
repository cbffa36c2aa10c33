import { describe, expect, it } from "vitest";
import { type Preparer, StatementCache } from "./statementCache.js";

/** A connection that records prepares and closes; a query answers once `release` is called. */
function fakeConnection({ failFirst = false } = {}) {
  const log: string[] = [];
  const pending: (() => void)[] = [];
  let failed = false;
  const conn: Preparer<string> = {
    async prepare(sql) {
      log.push(`prepare ${sql}`);
      if (failFirst && !failed) {
        failed = true;
        throw new Error("Parser Error");
      }
      return {
        query: (...params) =>
          new Promise<string>((resolve) => {
            log.push(`query ${sql} ${params.join(",")}`);
            pending.push(() => resolve(`${sql}(${params.join(",")})`));
          }),
        close: async () => {
          log.push(`close ${sql}`);
        },
      };
    },
  };
  const releaseAll = async () => {
    // Let the queued prepares and queries reach `pending` first.
    await new Promise((r) => setTimeout(r, 0));
    for (const done of pending.splice(0)) done();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { conn, log, releaseAll };
}

describe("StatementCache", () => {
  it("prepares a statement once per SQL text and runs it with each call's values", async () => {
    const { conn, log, releaseAll } = fakeConnection();
    const cache = new StatementCache(conn);
    const runs = [cache.run("q1", ["a"]), cache.run("q1", ["b"]), cache.run("q2", [1])];
    await releaseAll();
    expect(await Promise.all(runs)).toEqual(["q1(a)", "q1(b)", "q2(1)"]);
    expect(log.filter((l) => l.startsWith("prepare"))).toEqual(["prepare q1", "prepare q2"]);
    expect(log.filter((l) => l.startsWith("close"))).toEqual([]);
  });

  it("closes the least recently used statement when full, only once its queries have finished", async () => {
    const { conn, log, releaseAll } = fakeConnection();
    const cache = new StatementCache(conn);
    const running = cache.run("q0", ["x"]);
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 1; i <= StatementCache.SIZE; i++) void cache.run(`q${i}`, []);
    await new Promise((r) => setTimeout(r, 0));
    // q0 fell out of the cache while its query was still running: not closed under it.
    expect(log).not.toContain("close q0");
    await releaseAll();
    expect(await running).toBe("q0(x)");
    expect(log.filter((l) => l.startsWith("close"))).toEqual(["close q0"]);
    // Asked again, it is prepared afresh.
    void cache.run("q0", ["y"]);
    await releaseAll();
    expect(log.filter((l) => l === "prepare q0")).toHaveLength(2);
    // q1 was then the least recently used, and nothing ran on it.
    expect(log.filter((l) => l.startsWith("close"))).toEqual(["close q0", "close q1"]);
  });

  it("forgets a statement that failed to prepare, so the next call tries again", async () => {
    const { conn, log, releaseAll } = fakeConnection({ failFirst: true });
    const cache = new StatementCache(conn);
    await expect(cache.run("bad", [])).rejects.toThrow("Parser Error");
    const again = cache.run("bad", []);
    await releaseAll();
    expect(await again).toBe("bad()");
    expect(log.filter((l) => l === "prepare bad")).toHaveLength(2);
  });
});
