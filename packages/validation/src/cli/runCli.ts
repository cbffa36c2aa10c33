import { realpathSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import {
  DatasetReadError,
  datasetFilesOf,
  type LoadedDataset,
  type LoadProgress,
  MANIFEST_FILE,
} from "@tally/dataset/loader";
import { landsInside, writeWholeFile } from "@tally/dataset/wholeFile";
import { corpusFiles, readCorpus, readCorpusDigests, textRefsOf, verifiedTextsOf } from "../corpus.js";
import type { Finding } from "../finding.js";
import { visibleControls } from "../format/escape.js";
import { REPORT_STREAMS, type ReportFormat, type ReportOptions } from "../format/index.js";
import { SEVERITY_RANK } from "../report.js";
import { RULES } from "../rules/index.js";
import { datasetLabel, scanDataset, type ValidateOptions } from "../validate.js";
import { parseCliOptions, USAGE, UsageError } from "./cliOptions.js";
import { fileSpools } from "./fileSpools.js";
import { loadTargets } from "./loadTargets.js";
import { bytesRead, ProgressLine } from "./progressLine.js";
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
  /**
   * Whether a progress line goes to stderr when neither `--progress` nor `--no-progress` is given:
   * on a terminal, for a person watching, but not in CI, whose log would keep every redraw.
   */
  progressByDefault?: boolean;
  /** The width of the terminal behind stderr, which the progress line must not wrap. */
  columns?: number;
  /**
   * Whether stdout is the same terminal: a report printed there would be cut by the progress
   * line's redraws, so the line goes once the report begins.
   */
  stdoutIsTerminal?: boolean;
}

/** Input that cannot be read at all, or bad arguments: the one-line reason for exit code 2. */
function unreadable(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message}\n${USAGE.split("\n")[0]}`;
  // One line whatever the path holds: a folder named with a line break once cut the reason off.
  if (error instanceof DatasetReadError) return visibleControls(error.message);
  if (error instanceof ReportWriteError) return error.message;
  return null;
}

/**
 * Hands `write` to `report`, writing to stdout or else to the `--out` file (see `writeWholeFile`),
 * from a `ThreadWriter` where there is a file descriptor to give it.
 */
async function writeTo(
  out: string | null,
  io: CliIo,
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
  if (out !== null) await writeWholeFile(out, fromThread);
  else if (io.stdoutFd !== undefined) await fromThread(io.stdoutFd);
  else report(io.stdout);
}

/**
 * Runs the rules over each dataset and writes the report in `format` as they find things, byte for
 * byte what `formatReport` prints: no finding is kept, and what a format prints before findings it
 * has not seen waits in temporary files, gone however the run ends. `seen` sees each finding first.
 */
function streamReport(
  datasets: readonly LoadedDataset[],
  options: ValidateOptions,
  format: ReportFormat,
  reportOptions: ReportOptions,
  write: (text: string) => void,
  seen: (finding: Finding) => void,
  note: (text: string) => void,
  progress: ProgressLine | null,
): void {
  const rules = RULES.map((r) => r.id);
  const runs = datasets.map((dataset) => ({ ref: dataset.ref, label: datasetLabel(dataset), rules }));
  const spools = fileSpools({
    onMemory: (reason) =>
      note(
        `tally validate: note: ${reason}; the report waits in memory instead (set TMPDIR to a writable folder)\n`,
      ),
  });
  try {
    const report = REPORT_STREAMS[format](runs, write, spools.create, reportOptions);
    for (const [d, dataset] of datasets.entries()) {
      const label = runs[d]!.label;
      scanDataset(
        dataset,
        (f) => {
          seen(f);
          report.add(f);
        },
        progress === null
          ? options
          : {
              ...options,
              onRule: (rule, i, count) =>
                progress.show(`tally validate: rule ${i + 1} of ${count}, ${rule.id} · ${label}`, true),
            },
      );
      report.endRun();
    }
    report.end();
  } finally {
    spools.dispose();
  }
}

/**
 * The reader went away (`pnpm -s validate | head`): nothing is wrong to report, so nothing is
 * printed, and the status is the one a shell gives a tool that SIGPIPE stopped (128 + 13), as
 * `git log | head` does, so `set -o pipefail` still sees that the report did not finish.
 */
export const CLOSED_PIPE_EXIT = 141;

/** The path as the file system resolves it (symlinks followed), or as given when nothing is there yet. */
function realOrGiven(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Refuses an `--out` that names a file the run reads (`--out data/claims.csv` replaced the table
 * with the report, and exited 0; so did a release's manifest.json and a corpus text, an outside
 * review found), or any other inside a dataset's folder (a frozen release's CSV or the changelog,
 * which no run reads, were overwritten as well): a report never takes the place of the data it
 * describes.
 */
function refuseInputFile(
  out: string,
  datasets: readonly LoadedDataset[],
  corpus: { dir: string; names: Iterable<string>; read: ReadonlySet<string> } | null,
  cwd: string,
): void {
  const target = realOrGiven(out);
  const refuse = (file: string, what: string) => {
    if (realOrGiven(file) === target)
      throw new ReportWriteError(`will not write the report over ${out}: it is ${what}`);
  };
  for (const dataset of datasets) {
    // The path as the report prints it, relative to where the command ran, not to the process.
    const folder = resolve(cwd, dataset.ref.path);
    for (const file of [...datasetFilesOf(folder), join(folder, MANIFEST_FILE)])
      refuse(file, `${basename(file)} of the dataset being validated`);
    if (landsInside(out, folder))
      throw new ReportWriteError(
        `will not write the report inside ${dataset.ref.path}, the folder of a dataset being validated: write it elsewhere`,
      );
  }
  if (corpus)
    for (const name of corpus.names)
      refuse(
        join(corpus.dir, name),
        corpus.read.has(name)
          ? `a source text of the --corpus being read`
          : `a file of the --corpus folder (a text no source names yet is still a text)`,
      );
}

/** Draws each step of loading `target` on `line`: the bytes of each table read, then the references. */
function loadSteps(line: ProgressLine): (target: string) => LoadProgress {
  return (target) => (step) => {
    // What changes comes first, and the target last: a line cut to the terminal loses the least.
    if (step.step === "references")
      line.show(`tally validate: checking references between tables · ${target}`, true);
    else line.show(`tally validate: reading ${bytesRead(step.file, step.bytesRead, step.bytes)} · ${target}`);
  };
}

/** `pnpm validate`: returns the exit code (0 clean, 1 findings at or above --fail-on, 2 unreadable). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Drawn on stderr while the datasets load and the rules run (`--progress`, or a terminal).
  let progress: ProgressLine | null = null;
  try {
    const options = parseCliOptions(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    const corpusDir = options.corpus === null ? null : resolve(io.cwd, options.corpus);
    if (options.progress ?? io.progressByDefault ?? false) progress = new ProgressLine(io.stderr, io.columns);
    const datasets = await loadTargets(options, io.cwd, progress ? loadSteps(progress) : undefined);
    // Only the texts some source names: another file in the folder is not the validator's to read.
    // A text read for its quotes is not read again for its digest.
    const files = corpusFiles();
    const corpus = corpusDir === null ? undefined : await readCorpus(corpusDir, textRefsOf(datasets), files);
    const corpusDigests =
      corpusDir === null ? undefined : await readCorpusDigests(corpusDir, verifiedTextsOf(datasets), files);
    const scanOptions = {
      tolerance: options.tolerance,
      pairs: options.pairs,
      ...(corpus ? { corpus } : {}),
      ...(corpusDigests ? { corpusDigests } : {}),
    };
    const out = options.out === null ? null : resolve(io.cwd, options.out);
    if (out !== null)
      // Every file of the corpus folder, read or not: a text no source names yet is still a text.
      refuseInputFile(
        out,
        datasets,
        corpusDir && corpus
          ? { dir: corpusDir, names: await readdir(corpusDir), read: new Set(textRefsOf(datasets)) }
          : null,
        io.cwd,
      );
    const threshold = SEVERITY_RANK[options.failOn];
    let failing = false;
    // A report printed on the terminal the line is drawn on would be cut by its redraws.
    if (out === null && io.stdoutIsTerminal) {
      progress?.clear();
      progress = null;
    }
    const note = (text: string) => {
      progress?.clear();
      io.stderr(text);
    };
    await writeTo(out, io, (write) =>
      streamReport(
        datasets,
        scanOptions,
        options.format,
        options,
        write,
        (f) => {
          failing ||= SEVERITY_RANK[f.severity] >= threshold;
        },
        note,
        progress,
      ),
    );
    progress?.clear();
    return failing ? 1 : 0;
  } catch (error) {
    progress?.clear();
    if (error instanceof ReportWriteError && error.code === "EPIPE") return CLOSED_PIPE_EXIT;
    const reason = unreadable(error);
    if (reason === null) throw error;
    io.stderr(`tally validate: ${reason}\n`);
    return 2;
  }
}
