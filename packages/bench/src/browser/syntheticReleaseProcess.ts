import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runTimed } from "../measure/timedProcess.js";
import { REPO_ROOT } from "../paths.js";
import type { SyntheticRelease } from "./syntheticRelease.js";

/**
 * `buildSyntheticRelease` in a process of its own with a large heap, so a release build that runs
 * out of memory becomes a reason in the report instead of the end of the bench.
 */
export async function syntheticReleaseProcess(
  datasetDir: string,
  workDir: string,
): Promise<SyntheticRelease | { reason: string }> {
  const out = join(workDir, "..", `${workDir.split("/").at(-1)}.log`);
  const run = await runTimed(
    process.execPath,
    [
      "--max-old-space-size=16000",
      "--conditions=@tally/source",
      "--import",
      "tsx",
      join(REPO_ROOT, "packages/bench/src/cli/syntheticRelease.ts"),
      "--dataset",
      datasetDir,
      "--work",
      workDir,
    ],
    { cwd: REPO_ROOT, stdoutFile: out },
  );
  if (run.exitCode !== 0)
    return {
      reason: `the release build exited ${run.exitCode} after ${(run.wallMs / 1000).toFixed(0)} s at ${run.peakRssMb?.toFixed(0) ?? "?"} MB peak RSS: ${run.stderr.trim().split("\n").slice(-3).join(" ")}`,
    };
  const last = (await readFile(out, "utf8")).trim().split("\n").at(-1)!;
  return JSON.parse(last) as SyntheticRelease;
}
