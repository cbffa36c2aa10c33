import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "tally-signals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TSX = join(import.meta.dirname, "../../../../node_modules/tsx/dist/loader.mjs");

/** Runs `body` in a child node that has `withSignalsHeld` imported; its exit status and signal. */
function child(body: string) {
  const script = `import { withSignalsHeld } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, "signalsHeld.ts")).href)};
import { appendFileSync } from "node:fs";
const log = (line) => appendFileSync(${JSON.stringify(join(dir, "log"))}, line + "\\n");
${body}`;
  rmSync(join(dir, "log"), { force: true });
  const run = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(TSX).href, "--input-type=module", "-e", script],
    {
      encoding: "utf8",
    },
  );
  const log = existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8").trim().split("\n") : [];
  return { status: run.status, signal: run.signal, log, stderr: run.stderr };
}

describe("withSignalsHeld", () => {
  it("finishes the work when Ctrl-C comes during it, then stops the process by that signal", () => {
    const run = child(`await withSignalsHeld(() => {
  process.kill(process.pid, "SIGINT");
  log("first step");
  log("second step");
});
log("after the held steps");`);
    // The signal passed on stops the process as it is delivered, a statement or two later at most.
    expect(run.log.slice(0, 2)).toEqual(["first step", "second step"]);
    expect(run.signal).toBe("SIGINT");
  });

  it("leaves the process to run on when no signal came, with no listener left behind", () => {
    const run = child(`await withSignalsHeld(() => log("step"));
log(String(process.listenerCount("SIGINT")));`);
    expect(run.log).toEqual(["step", "0"]);
    expect(run.status).toBe(0);
  });
});
