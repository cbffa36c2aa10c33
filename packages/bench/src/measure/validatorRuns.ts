import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO_ROOT } from "../paths.js";
import { countReport, type ReportCounts } from "./reportCounts.js";
import { countTextReport } from "./textReportCounts.js";
import { type ProcessRun, runTimed } from "./timedProcess.js";

/** `pnpm` as the bench itself was started (npm_execpath under `pnpm bench`), else through npx. */
function pnpm(): [string, string[]] {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/i.test(execpath)) return [process.execPath, [execpath]];
  return ["npx", ["-y", "pnpm@10.34.9"]];
}

export interface ValidatorRun extends ProcessRun {
  /** Null when the process did not finish its report (exit code other than 0 or 1). */
  counts: ReportCounts | null;
}

/**
 * `pnpm validate` runs the built validator and rebuilds it first when its sources are newer: that
 * happens here, once, so that no timed run includes a build.
 */
export async function buildValidator(): Promise<void> {
  let run: ProcessRun;
  for (let attempt = 1; ; attempt++) {
    run = await runTimed(process.execPath, [join(REPO_ROOT, "scripts/validate.mjs"), "--help"], {
      cwd: REPO_ROOT,
    });
    if (run.exitCode === 0 || !BUILD_FAILED.test(run.stderr) || attempt === BUILD_ATTEMPTS) break;
    await sleep(BUILD_WAIT_MS);
  }
  if (run.exitCode !== 0) throw new Error(`the validator did not build: ${run.stderr.trim()}`);
}

const REBUILT = /^tally validate: building /m;
const BUILD_FAILED = /^tally validate: building \S+ failed/m;
/** Half-done edits by others were fixed within minutes while this bench was written: wait up to 10. */
const BUILD_ATTEMPTS = 20;
const BUILD_WAIT_MS = 30_000;

/** The report formats each run measures: the streamed one, and the default one people read. */
export const MEASURED_FORMATS = ["json", "text"] as const;
export type MeasuredFormat = (typeof MEASURED_FORMATS)[number];

/**
 * One whole validator process, `pnpm -s validate --data <dir> --format <format>` (with `--pairs`,
 * the older output of a warning per conflicting pair), its report counted. The report goes to
 * stdout, redirected to a file, as a CI job would keep it.
 */
export async function runValidator(
  dir: string,
  scratch: string,
  options: { format: MeasuredFormat; pairs?: boolean },
): Promise<ValidatorRun> {
  const [cmd, pre] = pnpm();
  const report = join(scratch, `validator-report.${options.format}`);
  const args = [...pre, "-s", "validate", "--data", dir, "--format", options.format];
  let run: ProcessRun;
  for (let attempt = 1; ; attempt++) {
    run = await runTimed(cmd, options.pairs ? [...args, "--pairs"] : args, {
      cwd: REPO_ROOT,
      stdoutFile: report,
    });
    // A source edited after `buildValidator` (others work in this tree while the bench runs) makes
    // `pnpm validate` rebuild first: that run timed tsc, 30 s and 300 MB at 10k on a busy machine,
    // not the validator. The next run finds the build fresh, or, when someone's edit is half done
    // and does not compile, a later one.
    if (!REBUILT.test(run.stderr) || attempt === BUILD_ATTEMPTS) break;
    if (BUILD_FAILED.test(run.stderr)) await sleep(BUILD_WAIT_MS);
  }
  // Exit 1 is expected: the planted broken rows are errors. Anything else is a crash or unreadable input.
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    await rm(report, { force: true });
    return { ...run, counts: null };
  }
  const counts =
    options.format === "json"
      ? await countReport(report, { pairs: options.pairs ?? false })
      : await countTextReport(report);
  await rm(report, { force: true });
  return { ...run, counts };
}

export interface ReferenceRun extends ProcessRun {
  loadMs: number;
  queryMs: number;
  /** Conflicting groups found. */
  groups: number;
}

/** One native DuckDB reference process: load the CSVs, find the conflicting groups, print timings. */
export async function runReference(dir: string, scratch: string, tolerance: number): Promise<ReferenceRun> {
  const out = join(scratch, "reference.json");
  const cli = join(REPO_ROOT, "packages/bench/src/cli/reference.ts");
  const run = await runTimed(
    join(REPO_ROOT, "node_modules/.bin/tsx"),
    ["--conditions=@tally/source", cli, "--data", dir, "--tolerance", String(tolerance)],
    { cwd: REPO_ROOT, stdoutFile: out },
  );
  if (run.exitCode !== 0) throw new Error(`reference exited ${run.exitCode}: ${run.stderr.trim()}`);
  const result = JSON.parse(await readFile(out, "utf8")) as {
    loadMs: number;
    queryMs: number;
    groups: number;
  };
  await rm(out, { force: true });
  return { ...run, ...result };
}

/**
 * Node's flags in the root package.json's `validate` script (`node <flags> scripts/validate.mjs`),
 * so that a run made without pnpm runs the validator as `pnpm validate` does.
 */
export async function validateNodeFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const words = (manifest.scripts?.validate ?? "").split(/\s+/);
  const script = words.indexOf("scripts/validate.mjs");
  if (words[0] !== "node" || script === -1)
    throw new Error(`package.json's validate script is not "node <flags> scripts/validate.mjs"`);
  return words.slice(1, script);
}

/**
 * The validator under `node --cpu-prof` (Node refuses that flag in NODE_OPTIONS, so this runs
 * the script `pnpm validate` runs, directly, with its flags): the profile lands in `profDir`.
 */
export async function profileValidator(dir: string, scratch: string, profDir: string): Promise<ProcessRun> {
  const script = join(REPO_ROOT, "scripts/validate.mjs");
  const args = ["--cpu-prof", `--cpu-prof-dir=${profDir}`, ...(await validateNodeFlags())];
  return runTimed(process.execPath, [...args, script, "--data", dir, "--format", "json"], {
    cwd: REPO_ROOT,
    stdoutFile: join(scratch, "profiled-report.json"),
  });
}
