import type { Finding, Report } from "../finding.js";
import { buildReport, type DatasetRun } from "../report.js";

/** `{ datasets, summary, findings }`, as `reportSchema` describes it. */
export function formatJson(runs: readonly DatasetRun[]): string {
  return `${JSON.stringify(buildReport(runs), null, 2)}\n`;
}

/**
 * Items of a top-level array of a report, as `JSON.stringify(report, null, 2)` prints them inside
 * `"<key>": [ … ]`, joined by ",\n", with no comma before the first or after the last: one native
 * stringify for the whole run, which puts each item at the depth and indentation it has there.
 */
export function jsonItems(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return "";
  const text = JSON.stringify({ [key]: items }, null, 2);
  const head = `{\n  ${JSON.stringify(key)}: [\n`;
  return text.slice(head.length, text.length - "\n  ]\n}".length);
}

/** A run of findings as `formatJson` prints them inside the findings array (see `jsonItems`). */
export function jsonFindings(findings: readonly Finding[]): string {
  return jsonItems("findings", findings);
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
