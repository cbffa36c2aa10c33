/**
 * @tally/dataset — the data model of a Tally dataset and everything about it that runs anywhere
 * (browser or Node): zod schemas and the types inferred from them, date intervals, reading figures
 * written in words. File-system work lives in `@tally/dataset/node`, the diff of two releases in
 * `@tally/dataset/diff`.
 */

export { claimViews } from "./artifacts/claimViews.js";
export { byCodeUnit } from "./codeUnitOrder.js";
export { characterName } from "./csv/hiddenControls.js";
export type { DateInterval } from "./dates.js";
export { dateInterval, isRealDate, precisionOf, spanInterval, stepPeriod } from "./dates.js";
export type { FigureReading } from "./figures.js";
export {
  figureShape,
  GROUPED_DIGITS,
  NUMBER_WORDS,
  numbersAsRead,
  readFigure,
  SCALE_ABBREVIATIONS,
  SCALE_AFTER_VAGUE,
  scaleAfterVagueAt,
  VAGUE_ALONE,
  VAGUE_BEFORE_SCALE,
  VAGUE_FLOORS,
  vagueAlone,
} from "./figures.js";
export { fractionOf } from "./fractions.js";
export type { KeyIndex } from "./load/keyIndex.js";
export { referencedRows, rowIndex } from "./load/keyIndex.js";
export type { OptionalReference } from "./load/optionalReferences.js";
export { firstFew, firstFewInWords, inWords } from "./namesInWords.js";
export type { ProblemCode } from "./problemCodes.js";
export { PROBLEM_CODES } from "./problemCodes.js";
export { formatProblem } from "./problemText.js";
export type { Proposal, ProposeOptions } from "./propose/proposeClaims.js";
export { proposeClaims } from "./propose/proposeClaims.js";
export { MAX_QUOTE } from "./propose/quoteAround.js";
export type { ProposalFormat } from "./propose/writeProposals.js";
export { formatProposals, PROPOSAL_FORMATS } from "./propose/writeProposals.js";
export type { QualifierCue } from "./qualifierCue.js";
export { cueShape, qualifierCue } from "./qualifierCue.js";
export { CUE_AFTER_SOURCE, QUALIFIER_CUES, spacedWords } from "./qualifierCues.js";
export type { ClaimView, ReleaseIndex, ReleaseSummary, TableCounts } from "./schema/artifacts.js";
export {
  ABSENT_COLUMNS_KEY,
  claimViewSchema,
  releaseIndexSchema,
  releaseSummarySchema,
  tableCountsSchema,
} from "./schema/artifacts.js";
export type { Assessment } from "./schema/assessment.js";
export { assessmentSchema, CLAIM_IDS_SEPARATOR, claimIdsCell } from "./schema/assessment.js";
export {
  BUILT_IN_VOCABULARIES,
  builtInVocabularyCells,
} from "./schema/builtInVocabularies.js";
export type { Claim } from "./schema/claim.js";
export { claimSchema, QUALIFIER_BOUNDS, REPORTED_VIA_SEPARATOR, reportedViaCell } from "./schema/claim.js";
export type { DataPackage, ReleaseManifest, Resource, TableField } from "./schema/datapackage.js";
export {
  dataPackageSchema,
  releaseManifestSchema,
  resourceSchema,
  semverSchema,
  tableFieldSchema,
} from "./schema/datapackage.js";
export type { MetricKind, Precision, Qualifier } from "./schema/enums.js";
export { metricKindSchema, precisionSchema, qualifierSchema } from "./schema/enums.js";
export type { Event } from "./schema/event.js";
export { eventSchema } from "./schema/event.js";
export {
  EVENT_SHORT_TITLE_SQL,
  eventShortTitleOf,
  METRIC_LABEL_SQL,
  metricLabelOf,
} from "./schema/labels.js";
export type { Metric } from "./schema/metric.js";
export { metricSchema } from "./schema/metric.js";
export type { Problem } from "./schema/problem.js";
export { problemSchema } from "./schema/problem.js";
export {
  claimFigure,
  figureInWords,
  QUALIFIER_WORDS,
  qualifierWords,
  vagueWords,
  withVagueWords,
} from "./schema/qualifierWords.js";
export type { Source } from "./schema/source.js";
export { sourceSchema } from "./schema/source.js";
export type { AbsentColumns, AnyTableName, OptionalTableName, TableName, Tables } from "./schema/tables.js";
export {
  ALL_TABLE_NAMES,
  columnsOf,
  isOptionalTable,
  isVocabulary,
  OPTIONAL_TABLE_NAMES,
  OPTIONAL_TABLES,
  optionalColumnsOf,
  TABLE_NAMES,
  TABLES,
  tableSpecOf,
  VOCABULARY_NAMES,
} from "./schema/tables.js";
export type {
  ConflictBand,
  Envelope,
  GroupVerdict,
  Reading,
  SeverityCounts,
  Verdict,
} from "./schema/verdict.js";
export {
  conflictBandSchema,
  envelopeSchema,
  groupVerdictSchema,
  readingSchema,
  severityCountsSchema,
  verdictSchema,
} from "./schema/verdict.js";
export type { AttributedKind, Category, SourceKind, Unit, VocabularyName } from "./schema/vocabularies.js";
export { attributedKindSchema, categorySchema, sourceKindSchema, unitSchema } from "./schema/vocabularies.js";
export {
  VOCABULARY_KEYS,
  vocabularyLabelOf,
  vocabularyWordsOf,
  vocabularyWordsSql,
} from "./schema/vocabularyLabels.js";
export { cutIndex, shortened } from "./shortened.js";
export { foldQuotesAndDashes, TYPOGRAPHIC_MARKS } from "./typographicMarks.js";
export { codePoint, visibleControls } from "./visibleControls.js";
