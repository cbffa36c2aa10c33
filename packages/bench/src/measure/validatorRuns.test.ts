import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { validateNodeFlags } from "./validatorRuns.js";

describe("validateNodeFlags", () => {
  it("reads node's flags from the validate script, and this node accepts every one", async () => {
    const flags = await validateNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag).toMatch(/^--[a-z-]+(=\S+)?$/);
    // A misspelt V8 flag makes node exit 9 ("bad option") before running anything.
    const run = spawnSync(process.execPath, [...flags, "-e", "0"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
