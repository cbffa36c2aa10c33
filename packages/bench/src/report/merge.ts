import type { BenchRecord, Measurement } from "./benchRecord.js";

export const BROWSER_NOTE = "DuckDB-WASM bundle";

/** The bench part (`--parts`) a measurement or an unmeasured figure belongs to. */
export function partOf(part: string): string {
  return part.startsWith("browser") ? "browser" : part;
}

/**
 * `current` with the figures of `previous` for every part `current` did not run, each marked with
 * the run that measured it, so one BENCHMARKS.md can hold a 1M validator run and a later browser
 * run without either being passed off as the other's. Datasets, finding-count failures and notes
 * of the kept parts come along; a part this run measured replaces the earlier one whole.
 */
export function mergeRecords(
  previous: BenchRecord,
  current: BenchRecord,
  partsRun: readonly string[],
): BenchRecord {
  const kept = (part: string) => !partsRun.includes(partOf(part));
  const origin = { command: previous.command, date: previous.date, load: previous.load };
  const measurements: Measurement[] = previous.measurements
    .filter((m) => kept(m.part))
    .map((m) => ({ ...m, run: m.run ?? origin }));
  const validatorKept = kept("validator");
  const sizes = new Set(current.datasets.map((d) => `${d.profile}/${d.size}`));
  return {
    ...current,
    datasets: [
      ...current.datasets,
      ...(validatorKept ? previous.datasets.filter((d) => !sizes.has(`${d.profile}/${d.size}`)) : []),
    ],
    measurements: [...current.measurements, ...measurements],
    notMeasured: [...current.notMeasured, ...previous.notMeasured.filter((n) => kept(n.part))],
    failures: [...current.failures, ...(validatorKept ? previous.failures : [])],
    // The browser part writes one note ("DuckDB-WASM bundle"); every other note is the validator's.
    notes: [
      ...current.notes,
      ...previous.notes.filter((n) => kept(n.title === BROWSER_NOTE ? "browser" : "validator")),
    ],
  };
}
