import type { BenchRecord, Measurement } from "./benchRecord.js";

export const BROWSER_NOTE = "DuckDB-WASM bundle";

/** The bench part (`--parts`) a measurement or an unmeasured figure belongs to. */
export function partOf(part: string): string {
  return part.startsWith("browser") ? "browser" : part;
}

/** A validator run's profile and size, as its failures start: "dense 1m". */
const sliceOf = (profile: string | null, size: string) => `${profile ?? "—"} ${size}`;

/**
 * `current` with the figures of `previous` for every part `current` did not run, each marked with
 * the run that measured it, so one BENCHMARKS.md can hold a 1M validator run and a later browser
 * run without either being passed off as the other's. The validator part is kept per profile and
 * size: a run of the dense profile alone keeps the standard profile's figures. Datasets,
 * finding-count failures and notes of what is kept come along; what this run measured replaces the
 * earlier figures whole.
 */
export function mergeRecords(
  previous: BenchRecord,
  current: BenchRecord,
  partsRun: readonly string[],
): BenchRecord {
  // The profiles and sizes the validator measured now; an earlier run's others are kept.
  const measured = partsRun.includes("validator")
    ? current.datasets.map((d) => ({ slice: sliceOf(d.profile, d.size), profile: d.profile, size: d.size }))
    : [];
  const keptFigure = (part: string, profile: string | null, size: string) =>
    partOf(part) === "validator"
      ? !measured.some((m) => m.slice === sliceOf(profile, size))
      : !partsRun.includes(partOf(part));
  // Failures start with their profile and size; a CPU profile's note names them in its title.
  const keptFailure = (failure: string) => !measured.some((m) => failure.startsWith(`${m.slice} `));
  const keptNote = (title: string) =>
    title === BROWSER_NOTE
      ? !partsRun.includes("browser")
      : !measured.some((m) => title.includes(`${m.profile} profile at ${m.size}`));
  const origin = { command: previous.command, date: previous.date, load: previous.load };
  const measurements: Measurement[] = previous.measurements
    .filter((m) => keptFigure(m.part, m.profile, m.size))
    .map((m) => ({ ...m, run: m.run ?? origin }));
  const datasets = new Set(current.datasets.map((d) => sliceOf(d.profile, d.size)));
  return {
    ...current,
    datasets: [
      ...current.datasets,
      ...previous.datasets.filter((d) => !datasets.has(sliceOf(d.profile, d.size))),
    ],
    measurements: [...current.measurements, ...measurements],
    notMeasured: [
      ...current.notMeasured,
      ...previous.notMeasured.filter((n) => keptFigure(n.part, n.profile, n.size)),
    ],
    failures: [...current.failures, ...previous.failures.filter(keptFailure)],
    notes: [...current.notes, ...previous.notes.filter((n) => keptNote(n.title))],
  };
}
