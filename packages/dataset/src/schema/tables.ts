import type { z } from "zod";
import { claimSchema } from "./claim.js";
import { eventSchema } from "./event.js";
import { metricSchema } from "./metric.js";
import { sourceSchema } from "./source.js";

/** The four tables of a dataset, in the order they are loaded, with their file and key column. */
export const TABLES = {
  sources: { file: "sources.csv", key: "source_id", schema: sourceSchema },
  events: { file: "events.csv", key: "event_id", schema: eventSchema },
  metrics: { file: "metrics.csv", key: "metric", schema: metricSchema },
  claims: { file: "claims.csv", key: "claim_id", schema: claimSchema },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type Tables = { [K in TableName]: z.infer<(typeof TABLES)[K]["schema"]>[] };

/** The CSV header each table must have, in order: the schema's own keys. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].schema.shape);
}
