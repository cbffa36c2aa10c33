import type { BenchRecord, EarlierRun, Measurement } from "./benchRecord.js";

const num = (x: number, unit: string) => {
  const digits = unit === "×" || Math.abs(x) < 10 ? 2 : 0;
  return `${x.toFixed(digits)} ${unit}`;
};

const targetText = (m: Measurement) => {
  if (!m.target) return "—";
  const bar =
    m.target.on === "ratio" ? `≤ ${m.target.max}× reference` : `≤ ${num(m.target.max, m.target.unit)}`;
  return m.target.at === m.size ? bar : `${bar} (at ${m.target.at})`;
};

/** A measurement's name, marked with the earlier run that measured it when `--merge` kept it. */
function nameOf(m: Measurement, runs: readonly EarlierRun[]): string {
  return m.run ? `${m.name} [run ${runs.findIndex((r) => r.date === m.run!.date) + 2}]` : m.name;
}

function missNote(m: Measurement, runs: readonly EarlierRun[]): string {
  if (!m.target || m.status !== "missed") return "";
  const value = m.target.on === "ratio" ? (m.ratio ?? 0) : m.median;
  const over = value / m.target.max;
  const shown = m.target.on === "ratio" ? `${value.toFixed(2)}×` : num(value, m.unit);
  return `${nameOf(m, runs)}${m.profile ? `, ${m.profile} profile,` : ""} at ${m.size}: ${shown} against ${targetText(m)}, missed by ${((over - 1) * 100).toFixed(0)}% (${over.toFixed(2)}× the target).${m.note ? ` ${m.note}.` : ""}`;
}

/** The distinct earlier runs whose figures a `--merge` run kept, oldest first. */
function earlierList(record: BenchRecord): EarlierRun[] {
  const runs = new Map<string, EarlierRun>();
  for (const m of record.measurements) if (m.run) runs.set(m.run.date, m.run);
  return [...runs.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function earlierRuns(record: BenchRecord): string[] {
  return earlierList(record).map(
    (r, i) =>
      `- Run ${i + 2} (figures marked [run ${i + 2}], kept by \`--merge\`): \`${r.command}\` on ${r.date}, load ${r.load.start.toFixed(2)} at the start, ${r.load.end.toFixed(2)} at the end; the other figures are this run's`,
  );
}

/** BENCHMARKS.md: how it was run, on what, the table with ratios, and what missed by how much. */
export function benchmarksMarkdown(record: BenchRecord): string {
  const { machine } = record;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (packages/bench); do not edit by hand. Machine-readable: `BENCHMARKS.json`.",
    "",
    `- Command: \`${record.command}\``,
    `- Date: ${record.date}`,
    `- Machine: ${machine.cpus} CPUs (\`nproc\`), ${machine.model}, ${machine.memoryGb.toFixed(1)} GB memory, Node ${machine.node}`,
    `- Load: 1-minute load average ${record.load.start.toFixed(2)} at the start, ${record.load.end.toFixed(2)} at the end (the bench's own work included)`,
    ...earlierRuns(record),
    `- Data: \`pnpm bench:data --seed ${record.seed} --profile <profile>\` (synthetic claims with planted conflicts and broken rows; every run's finding counts are checked against the generator's expected.json)`,
    "",
  ];
  if (record.datasets.length > 0) {
    lines.push(
      "| profile | size | claims | event+metric groups | conflicting groups (one warning each) | by readings | conflicting pairs (`--pairs` warnings) |",
      "| --- | --- | ---: | ---: | ---: | --- | ---: |",
    );
    for (const d of record.datasets) {
      const readings = Object.entries(d.readings)
        .map(([n, groups]) => `${groups} with ${n}`)
        .join(", ");
      lines.push(
        `| ${d.profile} | ${d.size} | ${d.claims} | ${d.groups} | ${d.conflictingGroups} | ${readings} | ${d.pairs} |`,
      );
    }
    lines.push("");
  }
  lines.push(
    "| measurement | profile | size | median (min–max) | runs | target | reference (median) | ratio | status |",
    "| --- | --- | --- | --- | ---: | --- | --- | ---: | --- |",
  );
  const runs = earlierList(record);
  for (const m of record.measurements) {
    const ref = m.reference ? `${m.reference.name}: ${num(m.reference.median, m.reference.unit)}` : "—";
    const ratio = m.ratio === null ? "—" : `${m.ratio.toFixed(2)}×`;
    lines.push(
      `| ${nameOf(m, runs)} | ${m.profile ?? "—"} | ${m.size} | ${num(m.median, m.unit)} (${num(m.min, m.unit)}–${num(m.max, m.unit)}) | ${m.runs} | ${targetText(m)} | ${ref} | ${ratio} | ${m.status} |`,
    );
  }
  for (const n of record.notMeasured)
    lines.push(
      `| ${n.name} | ${n.profile ?? "—"} | ${n.size} | not measured: ${n.reason} | 0 | — | — | — | not measured |`,
    );
  if (record.measurements.some((m) => m.status === "context"))
    lines.push(
      "",
      "Status context: the target is set at a larger size (its “at”) and shown here for comparison, not graded.",
    );
  // Only the validator part checks counts: a bundle or browser run has none to have found right.
  const validatorRan =
    record.datasets.length > 0 ||
    [...record.measurements, ...record.notMeasured].some((m) => m.part === "validator");
  lines.push("", "## Finding counts", "");
  lines.push(
    record.failures.length > 0
      ? ["**FAILED**: counts differ from expected.json:", "", ...record.failures.map((f) => `- ${f}`)].join(
          "\n",
        )
      : validatorRan
        ? "Every validator run, reference run and in-process run found exactly the expected counts."
        : "No validator run in this bench; nothing to check against expected counts.",
  );
  const missed = record.measurements.filter((m) => m.status === "missed");
  if (missed.length > 0)
    lines.push("", "## Missed targets", "", ...missed.map((m) => `- ${missNote(m, runs)}`));
  for (const note of record.notes) lines.push("", `## ${note.title}`, "", note.text);
  return `${lines.join("\n")}\n`;
}
