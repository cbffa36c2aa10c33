import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { DatasetReadError, type LoadedDataset } from "@tally/dataset/loader";
import { readCorpus } from "../corpus.js";
import type { Finding } from "../finding.js";
import { streamFindings } from "../findingStream.js";
import { formatReport } from "../format/index.js";
import { jsonReportFrame, splitAtArray } from "../format/json.js";
import { type DatasetRun, emptySummary, fails, SEVERITY_RANK } from "../report.js";
import { RULES } from "../rules/index.js";
import { datasetLabel, scanDataset, type ValidateOptions } from "../validate.js";
import { parseCliOptions, USAGE, UsageError } from "./cliOptions.js";
import { loadTargets } from "./loadTargets.js";

export interface CliIo {
  cwd: string;
  /** Reports arrive in pieces, as they are made. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Input that cannot be read at all, or bad arguments: the one-line reason for exit code 2. */
function unreadable(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message} (see --help)`;
  if (error instanceof DatasetReadError) return error.message.split("\n")[0]!;
  return null;
}

/**
 * Hands `write` to `report`, writing to stdout or else to the `--out` file. The file is written
 * under another name and renamed when whole: a run that fails halfway leaves no report that
 * looks complete, and an older report at that path stays until a new one replaces it.
 */
function writeTo(out: string | null, io: CliIo, report: (write: (text: string) => void) => void): void {
  if (out === null) {
    report(io.stdout);
    return;
  }
  const partial = `${out}.partial`;
  const fd = openSync(partial, "w");
  let whole = false;
  try {
    report((text) => writeSync(fd, text));
    whole = true;
  } finally {
    closeSync(fd);
    if (whole) renameSync(partial, out);
    else rmSync(partial, { force: true });
  }
}

/**
 * `--format json` one batch of findings at a time, as they are found, byte for byte what
 * `formatJson` prints: the summary comes after the findings.
 */
function streamJson(
  datasets: readonly LoadedDataset[],
  options: ValidateOptions,
  write: (chunk: string) => void,
  seen: (finding: Finding) => void,
): void {
  const refs = datasets.map(({ ref }) => ({ name: ref.name, version: ref.version, path: ref.path }));
  write(splitAtArray(jsonReportFrame(refs, emptySummary()), "findings")[0]);
  const { summary } = streamFindings(datasets, options, write, (f) => {
    seen(f);
    return f;
  });
  write(splitAtArray(jsonReportFrame(refs, summary), "findings")[1]);
}

/** `pnpm validate`: returns the exit code (0 clean, 1 findings at or above --fail-on, 2 unreadable). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliOptions(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    const corpus = options.corpus === null ? undefined : await readCorpus(resolve(io.cwd, options.corpus));
    const datasets = await loadTargets(options, io.cwd);
    const scanOptions = { tolerance: options.tolerance, ...(corpus ? { corpus } : {}) };
    const out = options.out === null ? null : resolve(io.cwd, options.out);
    if (out !== null) await mkdir(dirname(out), { recursive: true });
    if (options.format === "json") {
      const threshold = SEVERITY_RANK[options.failOn];
      let failing = false;
      writeTo(out, io, (write) => {
        streamJson(datasets, scanOptions, write, (f) => {
          failing ||= SEVERITY_RANK[f.severity] >= threshold;
        });
      });
      return failing ? 1 : 0;
    }
    const runs: DatasetRun[] = datasets.map((dataset) => {
      const findings: Finding[] = [];
      scanDataset(dataset, (f) => findings.push(f), scanOptions);
      return { ref: dataset.ref, label: datasetLabel(dataset), findings, rules: RULES.map((r) => r.id) };
    });
    const report = formatReport(runs, options.format);
    writeTo(out, io, (write) => write(report));
    return fails(
      runs.flatMap((r) => r.findings),
      options.failOn,
    )
      ? 1
      : 0;
  } catch (error) {
    const reason = unreadable(error);
    if (reason === null) throw error;
    io.stderr(`tally validate: ${reason}\n`);
    return 2;
  }
}
