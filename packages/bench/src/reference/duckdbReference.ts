import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { TABLE_NAMES, TABLES } from "@tally/dataset";
import { conflictGroupsSql } from "./conflictSql.js";

/** Native DuckDB with the four tables of one dataset directory loaded. */
export interface ReferenceSession {
  connection: DuckDBConnection;
  close(): void;
}

const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;

export async function openReference(): Promise<ReferenceSession> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Loads every CSV as text (as the validator reads cells), the two figure columns cast to DOUBLE
 * where they read as numbers. Rows with a wrong cell count are skipped: the reference answers only
 * the conflict rule, and the validator reports those rows itself.
 */
export async function loadDataset(connection: DuckDBConnection, dir: string): Promise<void> {
  for (const table of TABLE_NAMES) {
    const source = `read_csv(${quote(join(dir, TABLES[table].file))}, header = true, all_varchar = true, ignore_errors = true)`;
    const select =
      table === "claims"
        ? `SELECT * REPLACE (TRY_CAST(value_low AS DOUBLE) AS value_low, TRY_CAST(value_high AS DOUBLE) AS value_high) FROM ${source}`
        : `SELECT * FROM ${source}`;
    await connection.run(`CREATE OR REPLACE TABLE ${table} AS ${select}`);
  }
}

/** Runs the conflict rule and reads every conflicting group back into JavaScript, as a rule returns findings. */
export async function conflictGroups(
  connection: DuckDBConnection,
  tolerance: number,
): Promise<{ groups: number }> {
  const reader = await connection.runAndReadAll(conflictGroupsSql(tolerance));
  return { groups: reader.getRowObjectsJS().length };
}

/** The query plan with actual timings, for BENCHMARKS.md when the reference needs explaining. */
export async function explainConflictGroups(
  connection: DuckDBConnection,
  tolerance: number,
): Promise<string> {
  const reader = await connection.runAndReadAll(`EXPLAIN ANALYZE ${conflictGroupsSql(tolerance)}`);
  return reader
    .getRowsJS()
    .map((row) => String(row[1]))
    .join("\n");
}
