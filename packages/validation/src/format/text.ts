import { bySeverity, countSeverities, type DatasetRun, where } from "../report.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A plain report for a terminal: per dataset, most severe first, one finding a line. */
export function formatText(runs: readonly DatasetRun[]): string {
  const lines: string[] = [];
  for (const run of runs) {
    const s = countSeverities(run.findings);
    lines.push(
      `${run.label}: ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}`,
    );
    for (const f of bySeverity(run.findings)) {
      const at = where(f);
      lines.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(14)} ${at ? `${at}: ` : ""}${f.message}`);
    }
  }
  const total = countSeverities(runs.flatMap((r) => r.findings));
  lines.push(
    `${plural(runs.length, "dataset")}: ${plural(total.errors, "error")}, ${plural(total.warnings, "warning")}, ${plural(total.infos, "info")}`,
  );
  return `${lines.join("\n")}\n`;
}
