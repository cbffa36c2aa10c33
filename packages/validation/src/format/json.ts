import type { Finding, Report } from "../finding.js";
import { buildReport, type DatasetRun } from "../report.js";

/** `{ datasets, summary, findings }`, as `reportSchema` describes it. */
export function formatJson(runs: readonly DatasetRun[]): string {
  return `${JSON.stringify(buildReport(runs), null, 2)}\n`;
}

const BATCH_HEAD = '{\n  "findings": [\n';
const BATCH_TAIL = "\n  ]\n}";

/**
 * A run of findings as `formatJson` prints them inside the findings array, joined by ",\n", with
 * no comma before the first or after the last: one native stringify for the whole run, which puts
 * each finding at the depth and indentation it has in the report.
 */
export function jsonFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  const text = JSON.stringify({ findings }, null, 2);
  return text.slice(BATCH_HEAD.length, text.length - BATCH_TAIL.length);
}

/**
 * What `formatJson` prints before and after the findings, for a report written one finding at a
 * time: `head`, then the findings as `jsonFindings` joins them, then `tail`.
 */
export function jsonFrame(
  datasets: Report["datasets"],
  summary: Report["summary"],
  findings: number,
): { head: string; tail: string } {
  const empty = `${JSON.stringify({ datasets, summary, findings: [] }, null, 2)}\n`;
  if (findings === 0) return { head: empty, tail: "" };
  const closing = "[]\n}\n";
  return { head: `${empty.slice(0, -closing.length)}[\n`, tail: "\n  ]\n}\n" };
}
