import type { LoadedDataset } from "@tally/dataset/node";
import type { Finding, Report, Severity } from "./finding.js";

/** The findings of one dataset, as reports group them. */
export interface DatasetRun {
  ref: LoadedDataset["ref"];
  /** The `dataset` every finding of this run carries. */
  label: string;
  findings: Finding[];
  /** Rule ids that ran, so a report can say which passed. */
  rules: readonly string[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** The `--format json` object: `{ datasets, findings, summary }`. */
export function buildReport(runs: readonly DatasetRun[]): Report {
  const findings = runs.flatMap((r) => r.findings);
  return {
    datasets: runs.map(({ ref }) => ({ name: ref.name, version: ref.version, path: ref.path })),
    findings,
    summary: countSeverities(findings),
  };
}

export const emptySummary = (): Report["summary"] => ({ errors: 0, warnings: 0, infos: 0 });

/** Adds one finding to the severity counts. */
export function countSeverity(summary: Report["summary"], f: Pick<Finding, "severity">): void {
  if (f.severity === "error") summary.errors++;
  else if (f.severity === "warning") summary.warnings++;
  else summary.infos++;
}

export function countSeverities(findings: readonly Finding[]): Report["summary"] {
  const summary = emptySummary();
  for (const f of findings) countSeverity(summary, f);
  return summary;
}

/** True when any finding is at or above `failOn`: the validator's exit 1. */
export function fails(findings: readonly Finding[], failOn: "error" | "warning"): boolean {
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}

/** Most severe first, then where they occur; the order text and markdown reports print. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** `data/claims.csv:5 (row 4, column value_low)`, or "" for findings about no place in a file. */
export function where(f: Finding): string {
  if (f.file === undefined) return "";
  const parts = [
    f.row === undefined ? null : `row ${f.row}`,
    f.column === undefined ? null : `column ${f.column}`,
  ];
  const extra = parts.filter((p) => p !== null).join(", ");
  return `${f.file}${f.line === undefined ? "" : `:${f.line}`}${extra ? ` (${extra})` : ""}`;
}
