import type { Finding, Severity } from "../finding.js";
import type { DatasetRun, RunHead } from "../report.js";
import { memorySpool, type NewSpool } from "./spool.js";

/**
 * A report written while the rules run: `add` each finding of the first dataset as it is emitted,
 * then `endRun`; the same for each dataset after it, in the order the report was opened with; then
 * `end`. No format keeps a finding: what it prints before findings it has not seen yet waits in
 * spools, and counts are a few integers per dataset.
 */
export interface ReportStream {
  add(finding: Finding): void;
  endRun(): void;
  end(): void;
}

/** What the command line says about a report beside its format. */
export interface ReportOptions {
  /** `--fail-on`: findings at or above it are junit failures (and make the exit code 1). */
  failOn: "error" | "warning";
  /** `--annotate`: the lowest severity the github format annotates. */
  annotate: Severity;
  /**
   * `--max-chars`: the markdown report is cut after this many characters (of UTF-16, never fewer
   * than GitHub counts), with a note of what it left out; 0 is no limit.
   */
  maxChars: number;
}

/** GitHub refuses a pull request or issue comment longer than this many characters. */
export const GITHUB_COMMENT_CHARS = 65_536;

/** The command line's defaults, and what `formatReport` uses when given no options. */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  failOn: "error",
  annotate: "warning",
  maxChars: GITHUB_COMMENT_CHARS,
};

/**
 * Opens a report of `runs`, written through `write`, with spools from `newSpool`; `options` default
 * to the command line's (`DEFAULT_REPORT_OPTIONS`).
 */
export type OpenReport = (
  runs: readonly RunHead[],
  write: (text: string) => void,
  newSpool: NewSpool,
  options?: ReportOptions,
) => ReportStream;

/** Writes the report of findings already in memory, one finding at a time, as the CLI writes its own. */
export function writeReport(
  open: OpenReport,
  runs: readonly DatasetRun[],
  write: (text: string) => void,
  newSpool: NewSpool,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): void {
  const report = open(runs, write, newSpool, options);
  for (const run of runs) {
    for (const finding of run.findings) report.add(finding);
    report.endRun();
  }
  report.end();
}

/** The report of findings already in memory as one string, spooled in memory. */
export function formatWith(
  open: OpenReport,
): (runs: readonly DatasetRun[], options?: ReportOptions) => string {
  return (runs, options) => {
    const pieces: string[] = [];
    writeReport(open, runs, (text) => pieces.push(text), memorySpool, options);
    return pieces.join("");
  };
}
