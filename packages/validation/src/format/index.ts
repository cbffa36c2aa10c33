import type { DatasetRun } from "../report.js";
import { openGithubReport } from "./github.js";
import { openJsonReport } from "./json.js";
import { openJunitReport } from "./junit.js";
import { openMarkdownReport } from "./markdown.js";
import { formatWith, type OpenReport, type ReportOptions } from "./reportStream.js";
import { openTextReport } from "./text.js";

/** Each format as a stream, written as the rules find things (see `ReportStream`). */
export const REPORT_STREAMS = {
  text: openTextReport,
  json: openJsonReport,
  junit: openJunitReport,
  github: openGithubReport,
  markdown: openMarkdownReport,
} as const satisfies Record<string, OpenReport>;

export { DEFAULT_REPORT_OPTIONS, GITHUB_COMMENT_CHARS, type ReportOptions } from "./reportStream.js";

export type ReportFormat = keyof typeof REPORT_STREAMS;

export const REPORT_FORMATS = Object.keys(REPORT_STREAMS) as ReportFormat[];

/** Each format as one string, for findings already in memory: the same stream, spooled in memory. */
export const FORMATS = Object.fromEntries(
  REPORT_FORMATS.map((format) => [format, formatWith(REPORT_STREAMS[format])]),
) as Record<ReportFormat, (runs: readonly DatasetRun[], options?: ReportOptions) => string>;

/** The report in `format`; without `options`, the command line's defaults (fail on errors). */
export function formatReport(
  runs: readonly DatasetRun[],
  format: ReportFormat,
  options?: ReportOptions,
): string {
  return FORMATS[format](runs, options);
}
