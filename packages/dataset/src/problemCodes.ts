/**
 * The stable ids of every `Problem` the dataset package reports. The validator turns problems into
 * findings by these codes, so renaming one is a breaking change.
 */
export const PROBLEM_CODES = {
  csvEmpty: "csv/empty",
  /** claims.csv with its header and no row: the dataset says nothing, which no run should pass. */
  csvNoClaims: "csv/no-claims",
  csvColumnCount: "csv/column-count",
  csvUnterminatedQuote: "csv/unterminated-quote",
  /**
   * A quoted field with text after its closing quote (`"Hundreds"x`): readers disagree on its value
   * (csv-parse relaxed keeps `"Hundreds"x`, Python's csv module reads `Hundredsx`).
   */
  csvTextAfterQuote: "csv/text-after-quote",
  csvParse: "csv/parse",
  csvHeaderMissing: "csv/header-missing",
  csvHeaderUnknown: "csv/header-unknown",
  csvHeaderDuplicate: "csv/header-duplicate",
  csvHeaderOrder: "csv/header-order",
  csvHeaderRepeated: "csv/header-repeated",
  /** A file separated by semicolons, tabs or bars: its header read as one column. */
  csvDelimiter: "csv/delimiter",
  /**
   * A cell holding a control character or a bidirectional control (`hiddenControlsText`): what it
   * shows is not what it stores.
   */
  textHiddenControl: "text/hidden-control",
  keyDuplicate: "key/duplicate",
  refEvent: "ref/event",
  refSource: "ref/source",
  refMetric: "ref/metric",
  refBaseClaim: "ref/base-claim",
  refRepeatsClaim: "ref/repeats-claim",
  /** A claim an optional table cites (assessments.csv claim_ids) that is not in claims.csv. */
  refClaim: "ref/claim",
  /** A kind that is not in its vocabulary (categories.csv, …, or the built-in list without the file). */
  refCategory: "ref/category",
  refAttributedKind: "ref/attributed-kind",
  refSourceKind: "ref/source-kind",
  refUnit: "ref/unit",
  /**
   * Links between claims that resolve but cannot hold (the validator's `links` rule): a share
   * needs a base and a count has none; a base is a count of the same event; a repeat restates a
   * claim of the same event and metric, and no chain of repeats returns to where it started.
   */
  linkShareWithoutBase: "link/share-without-base",
  linkCountWithBase: "link/count-with-base",
  linkBaseNotCount: "link/base-not-count",
  linkBaseIsShare: "link/base-is-share",
  linkBaseEvent: "link/base-event",
  linkRepeatEvent: "link/repeat-event",
  linkRepeatMetric: "link/repeat-metric",
  linkRepeatCycle: "link/repeat-cycle",
  /**
   * A claim's reporting chain (the validator's `chains` rule): `reported_via` continues from a
   * `first_reported_by`, and names each outlet once, none of them the claim's own source.
   */
  chainWithoutFirst: "chain/without-first-reporter",
  chainRepeatedOutlet: "chain/repeated-outlet",
  chainOwnOutlet: "chain/own-outlet",
  descriptorSchema: "descriptor/schema",
  descriptorResource: "descriptor/resource",
  descriptorStaleHash: "descriptor/stale-hash",
  descriptorStaleFields: "descriptor/stale-fields",
  /** A resource's declared CSV `dialect` (line ends, delimiter, quoting, header) that is not its file's. */
  descriptorStaleDialect: "descriptor/stale-dialect",
  /** A resource's `format`, `mediatype`, `encoding` or `compression` that is not how its file is stored. */
  descriptorFormat: "descriptor/format",
  releaseManifest: "release/manifest",
  releaseChanged: "release/changed",
  releaseMissing: "release/missing",
  releaseExtra: "release/extra",
  releaseVersion: "release/version",
  /**
   * A release that cannot be loaded (a required table missing, a file that is not UTF-8, a
   * descriptor that is not JSON): reported by a whole `pnpm validate` run, which goes on with the
   * others; no rule read its rows.
   */
  releaseUnreadable: "release/unreadable",
  /** A folder of releases/ not named by an exact version, which no command reads as a release. */
  releaseFolderName: "release/folder-name",
} as const;

export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

/** Row schema problems carry the column: `schema/value_low`, `schema/qualifier`, … */
export function schemaProblemCode(column: string | null): string {
  return `schema/${column ?? "row"}`;
}
