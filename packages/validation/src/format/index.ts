import type { DatasetRun } from "../report.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatText } from "./text.js";

export const FORMATS = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
} as const satisfies Record<string, (runs: readonly DatasetRun[]) => string>;

export type ReportFormat = keyof typeof FORMATS;

export const REPORT_FORMATS = Object.keys(FORMATS) as ReportFormat[];

export function formatReport(runs: readonly DatasetRun[], format: ReportFormat): string {
  return FORMATS[format](runs);
}
