import { PROBLEM_CODES } from "./problemCodes.js";
import type { TableName } from "./schema/tables.js";

/** A column whose value must be the key of a row in another (or the same) table. */
export interface Reference {
  table: TableName;
  column: string;
  target: TableName;
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
];
