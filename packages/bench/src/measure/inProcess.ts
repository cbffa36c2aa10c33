import { loadDataset } from "@tally/dataset/node";
import { conflicts } from "@tally/validation";
import {
  conflictGroups,
  loadDataset as loadIntoDuckDB,
  openReference,
} from "../reference/duckdbReference.js";
import { collectGarbage } from "./collectGarbage.js";

/**
 * One untimed run, then `runs` timed ones, each after a collection. The first run of either side
 * pays for compiling its code (V8's JIT, DuckDB's plan and caches), which says nothing about the
 * rule against the query; the whole-process measurements above keep every cost of a cold start.
 */
async function timedRuns(runs: number, run: () => Promise<void> | void): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

export interface RuleTimings {
  /** Milliseconds per run of the rule over tables already in memory. */
  times: number[];
  /** Conflicting groups found (the same on every run): the rule's warnings, the query's rows. */
  groups: number;
  loadMs: number;
}

/** The conflict rule alone, data already loaded: the validator's rule over the loaded tables. */
export async function timeConflictRule(dir: string, tolerance: number, runs: number): Promise<RuleTimings> {
  const t0 = performance.now();
  const dataset = await loadDataset(dir);
  const loadMs = performance.now() - t0;
  let groups = -1;
  const times = await timedRuns(runs, () => {
    // A fresh dataset object, so the rule's per-dataset analysis cache never answers for it.
    const findings = conflicts.check({ dataset: { ...dataset }, datasetLabel: dir, tolerance });
    groups = 0;
    for (const f of findings) if (f.severity === "warning") groups++;
  });
  return { times, groups, loadMs };
}

/** The same rule as SQL in native DuckDB over tables already loaded, the groups read back into JS. */
export async function timeConflictSql(dir: string, tolerance: number, runs: number): Promise<RuleTimings> {
  const session = await openReference();
  try {
    const t0 = performance.now();
    await loadIntoDuckDB(session.connection, dir);
    const loadMs = performance.now() - t0;
    let groups = -1;
    const times = await timedRuns(runs, async () => {
      groups = (await conflictGroups(session.connection, tolerance)).groups;
    });
    return { times, groups, loadMs };
  } finally {
    session.close();
  }
}
