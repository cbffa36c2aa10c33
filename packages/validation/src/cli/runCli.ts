import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { DatasetReadError, type LoadedDataset } from "@tally/dataset/loader";
import { readCorpus } from "../corpus.js";
import type { Finding } from "../finding.js";
import { spoolFindings } from "../findingSpool.js";
import { formatReport } from "../format/index.js";
import { jsonFrame } from "../format/json.js";
import { type DatasetRun, fails, SEVERITY_RANK } from "../report.js";
import { RULES } from "../rules/index.js";
import { datasetLabel, scanDataset, type ValidateOptions } from "../validate.js";
import { parseCliOptions, USAGE, UsageError } from "./cliOptions.js";
import { loadTargets } from "./loadTargets.js";

export interface CliIo {
  cwd: string;
  /**
   * Reports arrive in pieces, as text or as UTF-8 bytes. A byte chunk is lent: it is valid until
   * the call returns (a synchronous write, as process.stdout's to a file or pipe), else copy it.
   */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

/** Input that cannot be read at all, or bad arguments: the one-line reason for exit code 2. */
function unreadable(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message} (see --help)`;
  if (error instanceof DatasetReadError) return error.message.split("\n")[0]!;
  return null;
}

/** Hands `write` to `report`, writing to the `--out` file or else to stdout. */
function writeTo(
  out: string | null,
  io: CliIo,
  report: (write: (chunk: string | Uint8Array) => void) => void,
): void {
  if (out === null) {
    report(io.stdout);
    return;
  }
  // Opened at the first write, so a run that fails before its report leaves no file behind.
  let fd: number | null = null;
  try {
    report((chunk) => {
      fd ??= openSync(out, "w");
      if (typeof chunk === "string") writeSync(fd, chunk);
      else writeSync(fd, chunk);
    });
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * `--format json` one finding at a time, byte for byte what `formatJson` prints: findings wait in
 * a temporary file until the summary, which comes first, is known.
 */
function streamJson(
  datasets: readonly LoadedDataset[],
  options: ValidateOptions,
  write: (chunk: string | Uint8Array) => void,
  seen: (finding: Finding) => void,
): void {
  const { spool, summary, count } = spoolFindings(datasets, options, (f) => {
    seen(f);
    return f;
  });
  try {
    const refs = datasets.map(({ ref }) => ({ name: ref.name, version: ref.version, path: ref.path }));
    const frame = jsonFrame(refs, summary, count);
    write(frame.head);
    spool.replay(write);
    write(frame.tail);
  } finally {
    spool.close();
  }
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
