import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "./releaseLock.js";

const dir = mkdtempSync(join(tmpdir(), "tally-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TSX = join(import.meta.dirname, "../../../../node_modules/tsx/dist/loader.mjs");
const module = (file: string) => JSON.stringify(pathToFileURL(join(import.meta.dirname, file)).href);

/** Runs `body` in a child node that has taken the release lock of `dir`; its exit status and signal. */
function child(body: string) {
  const script = `import { takeReleaseLock } from ${module("releaseLock.ts")};
import { withSignalsHeld } from ${module("signalsHeld.ts")};
const giveBack = takeReleaseLock(${JSON.stringify(dir)});
${body}`;
  const run = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(TSX).href, "--input-type=module", "-e", script],
    {
      encoding: "utf8",
    },
  );
  return { status: run.status, signal: run.signal, stderr: run.stderr };
}

describe("takeReleaseLock", () => {
  // An outside audit: a release stopped by Ctrl-C or kill left the lock, and every later release
  // was refused until the file was removed by hand.
  it.each(["SIGINT", "SIGTERM"] as const)(
    "gives the lock back when %s stops the process, which still stops",
    (signal) => {
      const run = child(`process.kill(process.pid, "${signal}");
await new Promise((r) => setTimeout(r, 5000));`);
      expect(run.signal).toBe(signal);
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    },
  );

  it("gives it back after steps that hold the signal, and then stops", () => {
    const run = child(`await withSignalsHeld(() => process.kill(process.pid, "SIGTERM"));
await new Promise((r) => setTimeout(r, 5000));`);
    expect(run.signal).toBe("SIGTERM");
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("gives it back when the run ends, leaving no listener behind", () => {
    const run = child(`giveBack();
if (process.listenerCount("SIGINT") !== 0) process.exit(3);`);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
