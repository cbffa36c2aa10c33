import { buildReport, type DatasetRun } from "../report.js";

/** `{ datasets, summary, findings }`, as `reportSchema` describes it. */
export function formatJson(runs: readonly DatasetRun[]): string {
  return `${JSON.stringify(buildReport(runs), null, 2)}\n`;
}
