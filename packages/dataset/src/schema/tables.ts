import type { z } from "zod";
import { assessmentSchema } from "./assessment.js";
import { claimSchema } from "./claim.js";
import { eventSchema } from "./event.js";
import { metricSchema } from "./metric.js";
import { sourceSchema } from "./source.js";
import {
  attributedKindSchema,
  categorySchema,
  sourceKindSchema,
  unitSchema,
  type VocabularyName,
} from "./vocabularies.js";

/** The four tables every dataset has, in the order they are loaded, with their file and key column. */
export const TABLES = {
  sources: { file: "sources.csv", key: "source_id", schema: sourceSchema },
  events: { file: "events.csv", key: "event_id", schema: eventSchema },
  metrics: { file: "metrics.csv", key: "metric", schema: metricSchema },
  claims: { file: "claims.csv", key: "claim_id", schema: claimSchema },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/**
 * The tables a dataset may leave out: without its file a dataset loads as before, with the table
 * empty. They are kept out of `TABLES` because whoever reads `TABLES` takes every file in it to
 * exist (a release freezes each, the benchmark copies each, the browser fixtures write each).
 * An optional table's key may span columns: one assessment per event and metric.
 */
export const OPTIONAL_TABLES = {
  assessments: { file: "assessments.csv", key: ["event_id", "metric"], schema: assessmentSchema },
  categories: { file: "categories.csv", key: "category", schema: categorySchema },
  attributed_kinds: { file: "attributed_kinds.csv", key: "attributed_kind", schema: attributedKindSchema },
  source_kinds: { file: "source_kinds.csv", key: "source_kind", schema: sourceKindSchema },
  units: { file: "units.csv", key: "unit", schema: unitSchema },
} as const;

export type OptionalTableName = keyof typeof OPTIONAL_TABLES;
export const OPTIONAL_TABLE_NAMES = Object.keys(OPTIONAL_TABLES) as OptionalTableName[];

/**
 * The vocabulary tables among the optional ones. Without its file a vocabulary is not empty but
 * Tally's built-in one (`BUILT_IN_VOCABULARIES`), the list releases cut before vocabularies were
 * data were validated against.
 */
export const VOCABULARY_NAMES: readonly VocabularyName[] = [
  "categories",
  "attributed_kinds",
  "source_kinds",
  "units",
];

export function isVocabulary(table: AnyTableName): table is VocabularyName {
  return (VOCABULARY_NAMES as readonly string[]).includes(table);
}

/** Every table a dataset can hold, the four it must have first. */
export type AnyTableName = TableName | OptionalTableName;
export const ALL_TABLE_NAMES: readonly AnyTableName[] = [...TABLE_NAMES, ...OPTIONAL_TABLE_NAMES];

const ALL_TABLES = { ...TABLES, ...OPTIONAL_TABLES };

/** The file, key and row schema of any table, optional or not. */
export function tableSpecOf<K extends AnyTableName>(table: K): (typeof ALL_TABLES)[K] {
  return ALL_TABLES[table];
}

export function isOptionalTable(table: AnyTableName): table is OptionalTableName {
  return Object.hasOwn(OPTIONAL_TABLES, table);
}

/** A loaded dataset's rows: every table, an optional table empty when its file is absent. */
export type Tables = { [K in AnyTableName]: z.infer<(typeof ALL_TABLES)[K]["schema"]>[] };

/**
 * Columns added after a release was cut: a header may leave them out (their cells then read as
 * empty), so that older releases, frozen byte for byte, still load and verify.
 */
const OPTIONAL_COLUMNS: Partial<Record<AnyTableName, readonly string[]>> = {
  metrics: ["label"],
  events: ["short_title"],
  sources: [
    "title_inferred",
    "original_published",
    "original_published_precision",
    "original_published_inferred",
  ],
  claims: ["reported_via"],
};

/** The columns of a table that its header may leave out. */
export function optionalColumnsOf(table: AnyTableName): readonly string[] {
  return OPTIONAL_COLUMNS[table] ?? [];
}

/**
 * Per table, the optional columns a version's files lack (a release cut before they were added):
 * that version recorded nothing for them, whatever its loaded rows hold in their place.
 */
export type AbsentColumns = Partial<Record<AnyTableName, readonly string[]>>;

/** The CSV header each table must have, in order: the schema's own keys. */
export function columnsOf(table: AnyTableName): string[] {
  return Object.keys(ALL_TABLES[table].schema.shape);
}
