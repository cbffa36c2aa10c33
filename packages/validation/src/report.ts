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

/** What a report knows of a dataset before its findings: all of its run but the findings. */
export type RunHead = Omit<DatasetRun, "findings">;

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** The `--format json` object: `{ datasets, findings, summary }`. */
export function buildReport(runs: readonly DatasetRun[]): Report {
  const findings = runs.flatMap((r) => r.findings);
  return { datasets: datasetRefs(runs), findings, summary: countSeverities(findings) };
}

/** The report's `datasets`: name, version and path of each. */
export function datasetRefs(runs: readonly Pick<RunHead, "ref" | "label">[]): Report["datasets"] {
  return runs.map(({ ref, label }) => ({
    label,
    name: ref.name,
    version: ref.version,
    path: ref.path,
    kind: ref.kind,
  }));
}

export const emptySummary = (): Report["summary"] => ({ errors: 0, warnings: 0, infos: 0 });

/** The summary count each severity adds to. */
export const SUMMARY_KEY = {
  error: "errors",
  warning: "warnings",
  info: "infos",
} as const satisfies Record<Severity, keyof Report["summary"]>;

/** Adds one finding to the severity counts. */
export function countSeverity(summary: Report["summary"], f: Pick<Finding, "severity">): void {
  summary[SUMMARY_KEY[f.severity]]++;
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

/** `data/claims.csv:5 (row 4, column value_low)`, or "" for findings about no place in a file. */
export function where(f: Finding): string {
  if (f.file === undefined) return "";
  const parts = [
    f.row === undefined ? null : `row ${f.row}`,
    // A header cell left empty (a trailing delimiter) names no column: "(column )" said nothing.
    f.column === undefined ? null : f.column === "" ? "an unnamed column" : `column ${f.column}`,
  ];
  const extra = parts.filter((p) => p !== null).join(", ");
  return `${f.file}${f.line === undefined ? "" : `:${f.line}`}${extra ? ` (${extra})` : ""}`;
}
