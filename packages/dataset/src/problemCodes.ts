/**
 * The stable ids of every `Problem` the dataset package reports. The validator turns problems into
 * findings by these codes, so renaming one is a breaking change.
 */
export const PROBLEM_CODES = {
  csvEmpty: "csv/empty",
  csvColumnCount: "csv/column-count",
  csvUnterminatedQuote: "csv/unterminated-quote",
  csvParse: "csv/parse",
  csvHeaderMissing: "csv/header-missing",
  csvHeaderUnknown: "csv/header-unknown",
  csvHeaderDuplicate: "csv/header-duplicate",
  csvHeaderOrder: "csv/header-order",
  csvHeaderRepeated: "csv/header-repeated",
  keyDuplicate: "key/duplicate",
  refEvent: "ref/event",
  refSource: "ref/source",
  refMetric: "ref/metric",
  refBaseClaim: "ref/base-claim",
  refRepeatsClaim: "ref/repeats-claim",
  /** A claim an optional table cites (assessments.csv claim_ids) that is not in claims.csv. */
  refClaim: "ref/claim",
  descriptorSchema: "descriptor/schema",
  descriptorResource: "descriptor/resource",
  descriptorStaleHash: "descriptor/stale-hash",
  descriptorStaleFields: "descriptor/stale-fields",
  releaseManifest: "release/manifest",
  releaseChanged: "release/changed",
  releaseMissing: "release/missing",
  releaseExtra: "release/extra",
  releaseVersion: "release/version",
} as const;

export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

/** Row schema problems carry the column: `schema/value_low`, `schema/qualifier`, … */
export function schemaProblemCode(column: string | null): string {
  return `schema/${column ?? "row"}`;
}
