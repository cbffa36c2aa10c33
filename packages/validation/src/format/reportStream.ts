import type { Finding } from "../finding.js";
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

/** Opens a report of `runs`, written through `write`, with spools from `newSpool`. */
export type OpenReport = (
  runs: readonly RunHead[],
  write: (text: string) => void,
  newSpool: NewSpool,
) => ReportStream;

/** Writes the report of findings already in memory, one finding at a time, as the CLI writes its own. */
export function writeReport(
  open: OpenReport,
  runs: readonly DatasetRun[],
  write: (text: string) => void,
  newSpool: NewSpool,
): void {
  const report = open(runs, write, newSpool);
  for (const run of runs) {
    for (const finding of run.findings) report.add(finding);
    report.endRun();
  }
  report.end();
}

/** The report of findings already in memory as one string, spooled in memory. */
export function formatWith(open: OpenReport): (runs: readonly DatasetRun[]) => string {
  return (runs) => {
    const pieces: string[] = [];
    writeReport(open, runs, (text) => pieces.push(text), memorySpool);
    return pieces.join("");
  };
}
