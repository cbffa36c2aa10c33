import type { Finding, Severity } from "../finding.js";
import { countSeverities, type DatasetRun, where } from "../report.js";

const cell = (s: string) => s.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r?\n/g, " ");

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

function table(findings: readonly Finding[]): string[] {
  return [
    "| rule | where | message |",
    "| --- | --- | --- |",
    ...findings.map((f) => {
      const at = where(f) || [f.event_id, f.metric].filter(Boolean).join(" / ");
      return `| ${cell(f.rule)} | ${cell(at)} | ${cell(f.message)} |`;
    }),
  ];
}

/** A report to paste into a pull request: a summary table, then findings by severity. */
export function formatMarkdown(runs: readonly DatasetRun[]): string {
  const lines = [
    "## Tally validation",
    "",
    "| dataset | errors | warnings | infos |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const run of runs) {
    const s = countSeverities(run.findings);
    lines.push(`| ${cell(run.label)} | ${s.errors} | ${s.warnings} | ${s.infos} |`);
  }
  for (const run of runs) {
    if (run.findings.length === 0) continue;
    lines.push("", `### ${cell(run.label)}`);
    for (const severity of ["error", "warning", "info"] as const) {
      const these = run.findings.filter((f) => f.severity === severity);
      if (these.length === 0) continue;
      const heading = `${HEADINGS[severity]} (${these.length})`;
      // Infos are context: folded so errors and warnings stay in view.
      if (severity === "info")
        lines.push("", "<details>", `<summary>${heading}</summary>`, "", ...table(these), "", "</details>");
      else lines.push("", `#### ${heading}`, "", ...table(these));
    }
  }
  return `${lines.join("\n")}\n`;
}
