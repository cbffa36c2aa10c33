import { type Finding, type Report, severitySchema } from "../finding.js";
import { countSeverity, emptySummary, where } from "../report.js";
import { visibleControls } from "./escape.js";
import type { OpenReport } from "./reportStream.js";
import { spoolsBySeverity } from "./spool.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const counts = (s: Report["summary"]) =>
  `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}`;

// Every field from data through visibleControls: one finding a line, and no line that data starts.
function line(f: Finding): string {
  const at = visibleControls(where(f));
  return `  ${f.severity.padEnd(7)} ${visibleControls(f.rule).padEnd(14)} ${at ? `${at}: ` : ""}${visibleControls(f.message)}\n`;
}

/**
 * A plain report for a terminal: per dataset its counts, then its findings most severe first, one
 * a line; the totals last. A dataset's lines wait in one spool per severity until its counts are in.
 */
export const openTextReport: OpenReport = (runs, write, newSpool) => {
  const lines = spoolsBySeverity(newSpool);
  const total = emptySummary();
  let run = emptySummary();
  let index = 0;
  return {
    add(f) {
      countSeverity(run, f);
      countSeverity(total, f);
      lines[f.severity].append(line(f));
    },
    endRun() {
      write(`${visibleControls(runs[index++]!.label)}: ${counts(run)}\n`);
      for (const severity of severitySchema.options) lines[severity].drain(write);
      run = emptySummary();
    },
    end() {
      write(`${plural(runs.length, "dataset")}: ${counts(total)}\n`);
    },
  };
};
