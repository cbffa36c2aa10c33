import { writeSync } from "node:fs";
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
import { writeWholeFile } from "../wholeFile.js";
import { parseCliOptions, USAGE, UsageError } from "./cliOptions.js";
import { loadTargets } from "./loadTargets.js";
import { ReportWriteError, ThreadWriter } from "./threadWriter.js";

export interface CliIo {
  cwd: string;
  /** Reports arrive in pieces, as they are made. */
  stdout: (text: string) => void;
  /**
   * The file descriptor behind `stdout`, when there is one: a large report is then written to it
   * by a thread of its own (see `ThreadWriter`) while the rules go on.
   */
  stdoutFd?: number;
  stderr: (text: string) => void;
}

/** Input that cannot be read at all, or bad arguments: the one-line reason for exit code 2. */
function unreadable(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message} (see --help)`;
  if (error instanceof DatasetReadError) return error.message.split("\n")[0]!;
  if (error instanceof ReportWriteError) return error.message;
  return null;
}

/**
 * Hands `write` to `report`, writing to stdout or else to the `--out` file (see `writeWholeFile`);
 * with `threaded`, from a `ThreadWriter` where there is a file descriptor to give it.
 */
async function writeTo(
  out: string | null,
  io: CliIo,
  threaded: boolean,
  report: (write: (text: string) => void) => void,
): Promise<void> {
  const fromThread = async (fd: number) => {
    const writer = new ThreadWriter(fd);
    try {
      report((text) => writer.write(text));
    } finally {
      await writer.close();
    }
  };
  if (out !== null)
    await writeWholeFile(out, (fd) => (threaded ? fromThread(fd) : report((text) => writeSync(fd, text))));
  else if (threaded && io.stdoutFd !== undefined) await fromThread(io.stdoutFd);
  else report(io.stdout);
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
    const scanOptions = {
      tolerance: options.tolerance,
      pairs: options.pairs,
      ...(corpus ? { corpus } : {}),
    };
    const out = options.out === null ? null : resolve(io.cwd, options.out);
    if (out !== null) await mkdir(dirname(out), { recursive: true });
    if (options.format === "json") {
      const threshold = SEVERITY_RANK[options.failOn];
      let failing = false;
      await writeTo(out, io, true, (write) => {
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
    await writeTo(out, io, false, (write) => write(report));
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
