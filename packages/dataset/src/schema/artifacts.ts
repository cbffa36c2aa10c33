import { z } from "zod";
import { metricKindSchema, precisionSchema, qualifierSchema } from "./enums.js";
import { metricLabelOf } from "./labels.js";
import { groupVerdictSchema, severityCountsSchema } from "./verdict.js";
import type { VocabularyName } from "./vocabularies.js";
import { vocabularyLabelOf } from "./vocabularyLabels.js";

/**
 * The schema metadata key under which a release's Arrow table lists the columns the release lacks
 * (a JSON array; absent when it has every column): their cells are null there, and a reader
 * comparing releases (the dashboard's Versions view) tells "not recorded" from an empty cell by it.
 */
export const ABSENT_COLUMNS_KEY = "tally:absent_columns";

/**
 * A claim joined with its source, event and metric: the row shape the dashboard draws, whether it
 * comes from the precomputed summary (first paint) or from DuckDB-WASM (interactive queries).
 */
export const claimViewSchema = z.object({
  claim_id: z.string(),
  event_id: z.string(),
  event_title: z.string(),
  /** The event's short title, or its title in a release without short titles (`eventShortTitleOf`). */
  event_short_title: z.string(),
  event_date: z.string().nullable(),
  event_date_precision: precisionSchema.nullable(),
  event_date_inferred: z.boolean(),
  event_date_end: z.string().nullable(),
  category: z.string(),
  /**
   * The label of the event's category, attributed kind, source kind and unit in the release's
   * vocabulary tables (`vocabularyLabelOf`). A summary written before them gets them from
   * `withWords`, so it still parses.
   */
  category_label: z.string(),
  metric: z.string(),
  /** The metric's label, or one made from its id in a release without labels (`metricLabelOf`). */
  metric_label: z.string(),
  unit: z.string(),
  unit_label: z.string(),
  metric_kind: metricKindSchema,
  qualifier: qualifierSchema,
  value_low: z.number().nullable(),
  value_high: z.number().nullable(),
  figure_text: z.string(),
  attributed_to: z.string(),
  attributed_kind: z.string(),
  attributed_kind_label: z.string(),
  first_reported_by: z.string().nullable(),
  /**
   * The outlets between the first reporter and the source, as claims.csv writes them ("; "
   * between names); null when there are none. Optional so summaries written before it still parse.
   */
  reported_via: z.string().nullish(),
  repeats_claim_id: z.string().nullable(),
  base_claim_id: z.string().nullable(),
  as_of: z.string().nullable(),
  as_of_inferred: z.boolean(),
  quote: z.string(),
  vague: z.boolean(),
  /** The maintainer's notes on the claim; optional so summaries written before it was carried still parse. */
  notes: z.string().nullish(),
  source_id: z.string(),
  outlet: z.string(),
  via: z.string().nullable(),
  source_title: z.string(),
  /**
   * The title is not printed in the text (taken from an index of the texts); optional as above,
   * null where the release has no such column (1.0.0): it recorded neither.
   */
  source_title_inferred: z.boolean().nullish(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  published_precision: precisionSchema.nullable(),
  published_inferred: z.boolean(),
  url: z.string().nullable(),
  source_kind: z.string(),
  source_kind_label: z.string(),
});
export type ClaimView = z.infer<typeof claimViewSchema>;

export const tableCountsSchema = z.object({
  sources: z.number().int(),
  events: z.number().int(),
  metrics: z.number().int(),
  claims: z.number().int(),
});
export type TableCounts = z.infer<typeof tableCountsSchema>;

/** `releases/index.json`: the releases a dashboard can offer, newest last. */
export const releaseIndexSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  latest: z.string().nullable(),
  releases: z.array(
    z.object({
      version: z.string(),
      created: z.string(),
      path: z.string(),
      counts: tableCountsSchema,
      /**
       * Hex SHA-256 of every file in the built release folder, by file name: the browser checks
       * each download (`summary.json`, `findings.json`, each `.arrows`) against it before use, so a
       * copy with one file changed is refused rather than shown beside the others; the CSV and
       * Parquet copies are listed for readers outside Tally to check theirs.
       */
      sha256: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
    }),
  ),
});
export type ReleaseIndex = z.infer<typeof releaseIndexSchema>;

/**
 * A focus claim of a summary.json written before labels existed has no `event_short_title` or
 * `metric_label`: they are filled as a release without labels gives them, so that artifacts built
 * earlier (or served from elsewhere) still load.
 */
function builtInLabel(vocabulary: VocabularyName, id: unknown): string | undefined {
  return typeof id === "string" ? vocabularyLabelOf(vocabulary, id, []) : undefined;
}

function withWords(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const claim = value as Record<string, unknown>;
  return {
    ...claim,
    event_short_title: claim.event_short_title ?? claim.event_title,
    category_label: claim.category_label ?? builtInLabel("categories", claim.category),
    attributed_kind_label:
      claim.attributed_kind_label ?? builtInLabel("attributed_kinds", claim.attributed_kind),
    source_kind_label: claim.source_kind_label ?? builtInLabel("source_kinds", claim.source_kind),
    unit_label: claim.unit_label ?? builtInLabel("units", claim.unit),
    metric_label:
      claim.metric_label ??
      (typeof claim.metric === "string" ? metricLabelOf({ metric: claim.metric, label: null }) : undefined),
  };
}

/**
 * `releases/<version>/summary.json`: small enough to paint the default view before DuckDB-WASM
 * has started; `focus` is the group the dashboard opens on (the most severe conflict).
 */
export const releaseSummarySchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  version: z.string(),
  created: z.string(),
  counts: tableCountsSchema,
  files: z.record(z.string(), z.string()),
  /** The validator's verdict on the group the dashboard opens on (the most severe conflict). */
  focus: groupVerdictSchema.nullable(),
  focus_claims: z.array(z.preprocess(withWords, claimViewSchema)),
  /** The validator's counts for this release, so the overview needs nothing larger than this file. */
  validation: z
    .object({ summary: severityCountsSchema, corpus_used: z.boolean(), tolerance: z.number() })
    .nullable(),
  /**
   * Whether the release's quotes were checked against their source texts when it was cut (its
   * manifest's `quotes_verified`); null for a release cut before the check existed (1.0.0), and
   * absent from summaries written before it was carried.
   */
  quotes_verified: z.boolean().nullable().optional(),
  /**
   * The licences the release's descriptor declares (`licenses`), so that exports and citations
   * name the licence of the data they show, a mirror's or a fixture's too; absent from summaries
   * written before it was carried.
   */
  licenses: z
    .array(
      z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() }),
    )
    .optional(),
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;
