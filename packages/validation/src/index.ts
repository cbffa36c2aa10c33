/**
 * @tally/validation — rules that turn a loaded dataset into findings, the verdict on each event and
 * metric group, and the report formats. Browser-safe; the CLI, corpus reading and the release
 * findings writer live in `@tally/validation/node`.
 */

export { foldQuotesAndDashes, TYPOGRAPHIC_MARKS } from "@tally/dataset";
export type {
  ConflictBand,
  Finding,
  GroupVerdict,
  ReleaseFindings,
  Report,
  Severity,
  Verdict,
} from "./finding.js";
export {
  conflictBandSchema,
  datasetRefSchema,
  findingSchema,
  groupVerdictSchema,
  releaseFindingsSchema,
  reportSchema,
  severitySchema,
  verdictSchema,
} from "./finding.js";
export type { ReportFormat } from "./format/index.js";
export { FORMATS, formatReport, REPORT_FORMATS } from "./format/index.js";
export type { Origin } from "./origins.js";
export type { DatasetRun } from "./report.js";
export { buildReport, countSeverities, fails } from "./report.js";
export type { RuleCode } from "./ruleCodes.js";
export { RULE_CODES } from "./ruleCodes.js";
export type { Rule, RuleContext } from "./ruleContext.js";
export { DEFAULT_TOLERANCE } from "./ruleContext.js";
export {
  assessments,
  conflicts,
  corroboration,
  impliedCounts,
  integrity,
  provenance,
  qualifier,
  RULES,
  time,
} from "./rules/index.js";
export type { ValidateOptions, Validation } from "./validate.js";
export { datasetLabel, validate } from "./validate.js";
export type { ValueInterval } from "./valueInterval.js";
export {
  conflictBand,
  entirelyBelow,
  formatInterval,
  gapRatio,
  impliedCount,
  readingInterval,
  valueInterval,
} from "./valueInterval.js";
export { groupVerdicts } from "./verdicts.js";
