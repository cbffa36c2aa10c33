import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { DatasetReadError } from "@tally/dataset/node";
import { readCorpus } from "../corpus.js";
import { formatReport } from "../format/index.js";
import { type DatasetRun, fails } from "../report.js";
import { RULES } from "../rules/index.js";
import { datasetLabel, validate } from "../validate.js";
import { parseCliOptions, USAGE, UsageError } from "./cliOptions.js";
import { loadTargets } from "./loadTargets.js";

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Input that cannot be read at all, or bad arguments: the one-line reason for exit code 2. */
function unreadable(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message} (see --help)`;
  if (error instanceof DatasetReadError) return error.message.split("\n")[0]!;
  return null;
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
    const runs: DatasetRun[] = datasets.map((dataset) => ({
      ref: dataset.ref,
      label: datasetLabel(dataset),
      findings: validate(dataset, { tolerance: options.tolerance, ...(corpus ? { corpus } : {}) }).findings,
      rules: RULES.map((r) => r.id),
    }));
    const report = formatReport(runs, options.format);
    if (options.out === null) io.stdout(report);
    else {
      const out = resolve(io.cwd, options.out);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, report);
    }
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
