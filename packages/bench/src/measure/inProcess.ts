import { loadDataset } from "@tally/dataset/node";
import { conflicts } from "@tally/validation";
import { conflictPairs, loadDataset as loadIntoDuckDB, openReference } from "../reference/duckdbReference.js";

/**
 * A full collection before a timed run (when the bench runs with --expose-gc, as `pnpm bench`
 * does): each run then starts on a clean heap and is not charged for collecting the results of
 * the run before it, which a validator process, running the rule once, never holds.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface RuleTimings {
  /** Milliseconds per run of the rule over tables already in memory. */
  times: number[];
  /** Conflicting pairs found (the same on every run). */
  pairs: number;
  loadMs: number;
}

/**
 * The conflict rule alone, data already loaded: the validator's rule over the loaded tables. Each
 * run gets a fresh dataset object, so the rule's per-dataset analysis cache never answers for it.
 */
export async function timeConflictRule(dir: string, tolerance: number, runs: number): Promise<RuleTimings> {
  const t0 = performance.now();
  const dataset = await loadDataset(dir);
  const loadMs = performance.now() - t0;
  const times: number[] = [];
  let pairs = -1;
  for (let r = 0; r < runs; r++) {
    const fresh = { ...dataset };
    collectGarbage();
    const start = performance.now();
    const findings = conflicts.check({ dataset: fresh, datasetLabel: dir, tolerance });
    times.push(performance.now() - start);
    pairs = findings.filter((f) => f.severity === "warning").length;
  }
  return { times, pairs, loadMs };
}

/** The same rule as SQL in native DuckDB over tables already loaded, pairs read back into JS. */
export async function timeConflictSql(dir: string, tolerance: number, runs: number): Promise<RuleTimings> {
  const session = await openReference();
  try {
    const t0 = performance.now();
    await loadIntoDuckDB(session.connection, dir);
    const loadMs = performance.now() - t0;
    const times: number[] = [];
    let pairs = -1;
    for (let r = 0; r < runs; r++) {
      collectGarbage();
      const start = performance.now();
      pairs = (await conflictPairs(session.connection, tolerance)).pairs;
      times.push(performance.now() - start);
    }
    return { times, pairs, loadMs };
  } finally {
    session.close();
  }
}
