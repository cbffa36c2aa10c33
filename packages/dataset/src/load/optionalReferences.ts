import { PROBLEM_CODES } from "../problemCodes.js";
import type { OptionalTableName, TableName } from "../schema/tables.js";

/** A column of an optional table whose value must be the key of a row of one of the four tables. */
export interface OptionalReference {
  table: OptionalTableName;
  column: string;
  target: TableName;
  code: string;
  /**
   * The cell holds several keys (`claim_ids`): each must resolve. A Table Schema foreign key
   * compares the whole cell, so such a reference is described on its field instead.
   */
  list: boolean;
}

/**
 * The links of the optional tables, read by the loader (reference problems) and the descriptor
 * writer (Table Schema `foreignKeys`), as `REFERENCES` is for the four tables. Nothing refers to
 * an optional table: a dataset without one must load as before.
 */
export const OPTIONAL_REFERENCES: readonly OptionalReference[] = [
  { table: "assessments", column: "event_id", target: "events", code: PROBLEM_CODES.refEvent, list: false },
  { table: "assessments", column: "metric", target: "metrics", code: PROBLEM_CODES.refMetric, list: false },
  { table: "assessments", column: "claim_ids", target: "claims", code: PROBLEM_CODES.refClaim, list: true },
];
