import type { AnyTableName, Tables } from "../schema/tables.js";

/**
 * A column's storage type in the Arrow and Parquet artifacts; `?` marks a nullable column, `[]` a
 * list (an assessment's `claim_ids`, a claim's `reported_via`, so SQL can `unnest` it rather than
 * split a string).
 */
export type ColumnType = "utf8" | "utf8?" | "float64" | "float64?" | "bool" | "bool?" | "utf8[]";

/** The only column type a row value of type `T` may be stored as. */
type ColumnTypeOf<T> = [T] extends [string]
  ? "utf8"
  : [T] extends [string | null]
    ? "utf8?"
    : [T] extends [number]
      ? "float64"
      : [T] extends [number | null]
        ? "float64?"
        : [T] extends [boolean]
          ? "bool"
          : [T] extends [boolean | null]
            ? "bool?"
            : [T] extends [string[]]
              ? "utf8[]"
              : never;

type Row<K extends AnyTableName> = Tables[K][number];

/**
 * Every column of every table with its storage type. The mapped type derives the only allowed
 * entry from the zod schemas' inferred row types, so a schema change that adds a column or makes
 * one nullable fails to compile here instead of writing a wrong artifact. Dates stay ISO strings
 * (mixed precision) beside their `*_precision` column (docs/architecture.md).
 */
export const COLUMN_TYPES: { [K in AnyTableName]: { [C in keyof Row<K>]-?: ColumnTypeOf<Row<K>[C]> } } = {
  sources: {
    source_id: "utf8",
    outlet: "utf8",
    via: "utf8?",
    title: "utf8",
    title_inferred: "bool",
    author: "utf8?",
    published: "utf8?",
    published_precision: "utf8?",
    published_inferred: "bool",
    original_published: "utf8?",
    original_published_precision: "utf8?",
    original_published_inferred: "bool",
    url: "utf8?",
    kind: "utf8",
    text_ref: "utf8?",
    notes: "utf8?",
  },
  events: {
    event_id: "utf8",
    title: "utf8",
    short_title: "utf8?",
    date: "utf8?",
    date_precision: "utf8?",
    date_inferred: "bool",
    date_end: "utf8?",
    location: "utf8?",
    category: "utf8",
    notes: "utf8?",
  },
  metrics: {
    metric: "utf8",
    label: "utf8?",
    unit: "utf8",
    kind: "utf8",
    description: "utf8",
  },
  claims: {
    claim_id: "utf8",
    event_id: "utf8",
    source_id: "utf8",
    metric: "utf8",
    qualifier: "utf8",
    value_low: "float64?",
    value_high: "float64?",
    figure_text: "utf8",
    attributed_to: "utf8",
    attributed_kind: "utf8",
    first_reported_by: "utf8?",
    reported_via: "utf8[]",
    repeats_claim_id: "utf8?",
    base_claim_id: "utf8?",
    as_of: "utf8?",
    as_of_precision: "utf8?",
    as_of_inferred: "bool",
    quote: "utf8",
    vague: "bool",
    notes: "utf8?",
  },
  assessments: {
    event_id: "utf8",
    metric: "utf8",
    low: "float64",
    best: "float64",
    high: "float64",
    claim_ids: "utf8[]",
    rationale: "utf8",
    assessed_by: "utf8",
    assessed_on: "utf8",
    assessed_on_precision: "utf8",
  },
  categories: { category: "utf8", label: "utf8", description: "utf8" },
  attributed_kinds: { attributed_kind: "utf8", label: "utf8", description: "utf8" },
  source_kinds: { source_kind: "utf8", label: "utf8", description: "utf8" },
  units: { unit: "utf8", label: "utf8", whole: "bool", max: "float64?", description: "utf8" },
};

/** The columns of a table in CSV header order with their storage types. */
export function columnTypesOf(table: AnyTableName): [name: string, type: ColumnType][] {
  return Object.entries(COLUMN_TYPES[table]) as [string, ColumnType][];
}
