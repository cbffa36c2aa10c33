import { PROBLEM_CODES } from "./problemCodes.js";
import type { TableName } from "./schema/tables.js";
import type { VocabularyName } from "./schema/vocabularies.js";

/** A column whose value must be the key of a row in another (or the same) table. */
export interface Reference {
  table: TableName;
  column: string;
  target: TableName | VocabularyName;
  code: string;
}

/**
 * Every cross-table link of a dataset, read by the loader (reference problems) and by the
 * descriptor writer (Table Schema `foreignKeys`), so the two cannot disagree.
 */
export const REFERENCES: readonly Reference[] = [
  { table: "claims", column: "event_id", target: "events", code: PROBLEM_CODES.refEvent },
  { table: "claims", column: "source_id", target: "sources", code: PROBLEM_CODES.refSource },
  { table: "claims", column: "metric", target: "metrics", code: PROBLEM_CODES.refMetric },
  { table: "claims", column: "base_claim_id", target: "claims", code: PROBLEM_CODES.refBaseClaim },
  { table: "claims", column: "repeats_claim_id", target: "claims", code: PROBLEM_CODES.refRepeatsClaim },
  { table: "sources", column: "kind", target: "source_kinds", code: PROBLEM_CODES.refSourceKind },
  { table: "events", column: "category", target: "categories", code: PROBLEM_CODES.refCategory },
  { table: "metrics", column: "unit", target: "units", code: PROBLEM_CODES.refUnit },
  {
    table: "claims",
    column: "attributed_kind",
    target: "attributed_kinds",
    code: PROBLEM_CODES.refAttributedKind,
  },
];
