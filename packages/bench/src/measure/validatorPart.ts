import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetProfile } from "../datasetProfile.js";
import type { Expected } from "../expected.js";
import { formatHotFunctions, hotFunctions, largestProfile } from "../profile/cpuProfile.js";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";
import { reportMismatches } from "./checkFindings.js";
import { collectGarbage } from "./collectGarbage.js";
import { timeConflictRule, timeConflictSql } from "./inProcess.js";
import { summarize } from "./stats.js";
import {
  buildValidator,
  MEASURED_FORMATS,
  type MeasuredFormat,
  profileValidator,
  type ReferenceRun,
  runReference,
  runValidator,
  type ValidatorRun,
} from "./validatorRuns.js";
import { RULE_TARGET, WHOLE_PROCESS_TARGETS } from "./validatorTargets.js";
import { warmPageCache } from "./warmPageCache.js";

export interface ValidatorPartResult {
  measurements: Measurement[];
  notMeasured: NotMeasured[];
  failures: string[];
  notes: { title: string; text: string }[];
}

export interface ValidatorPartOptions {
  dir: string;
  profile: DatasetProfile;
  size: string;
  expected: Expected;
  runs: number;
  log: (line: string) => void;
  /** Profile one run with --cpu-prof when the JSON run misses its time target. */
  profileWhenMissed: boolean;
}

const REFERENCE = "native DuckDB process: load CSVs + find conflicting groups";

/**
 * Above this many planted pairs the `--pairs` run is left out: at a million dense claims (2.65
 * million pairs) its report was 2.4 GB and took 7 minutes at a load average of 10, longer than
 * the rest of that size together. The standard 1M data (143,519 pairs) and the dense 100k stay
 * under it, so `--pairs` is still counted at a million claims and on dense data.
 */
const PAIRS_RUN_LIMIT = 1_000_000;

/** Why a run did not finish its report, from its exit code, time, memory and stderr. */
function crashText(v: ValidatorRun): string {
  const lines = v.stderr.trim().split("\n");
  const why = lines.find((l) => /error/i.test(l)) ?? lines.at(-1);
  return (
    `exited ${v.exitCode} after ${(v.wallMs / 1000).toFixed(1)} s at ${v.peakRssMb?.toFixed(0) ?? "?"} MB peak RSS` +
    ` without finishing its report: ${why}`
  );
}

/**
 * Part 1 at one size of one profile: the whole validator process, once per measured report
 * format, against the native DuckDB reference process (wall time, peak memory), side by side in
 * each round; then one `--pairs` run (the older output, a warning per conflicting pair); then the
 * conflict rule alone against its SQL, both on loaded data. Every run's counts are checked
 * against expected.json, and a format that crashes where another finishes is a failure.
 */
export async function validatorPart(options: ValidatorPartOptions): Promise<ValidatorPartResult> {
  const { dir, profile, size, expected, runs, log } = options;
  const label = `${profile} ${size}`;
  const scratch = await mkdtemp(join(tmpdir(), "tally-bench-"));
  const failures: string[] = [];
  const notes: ValidatorPartResult["notes"] = [];
  const measurements: Measurement[] = [];
  const notMeasured: NotMeasured[] = [];
  const claims = expected.rows.claims;
  const common = { part: "validator", profile, size, claims } as const;
  try {
    const formats = Object.fromEntries(
      MEASURED_FORMATS.map((f) => [f, { runs: [] as ValidatorRun[], crashed: null as string | null }]),
    ) as Record<MeasuredFormat, { runs: ValidatorRun[]; crashed: string | null }>;
    const referenceRuns: ReferenceRun[] = [];
    await buildValidator();
    await warmPageCache(dir);
    for (let r = 0; r < runs; r++) {
      const said: string[] = [];
      for (const format of MEASURED_FORMATS) {
        const state = formats[format];
        if (state.crashed !== null) continue;
        collectGarbage();
        const v = await runValidator(dir, scratch, { format });
        if (v.counts === null) {
          state.crashed = crashText(v);
          failures.push(`${label} validator --format ${format} run ${r + 1}: ${state.crashed}`);
          said.push(`${format} CRASHED: ${state.crashed}`);
          continue;
        }
        state.runs.push(v);
        const mismatches = reportMismatches(v.counts, expected);
        for (const m of mismatches) failures.push(`${label} validator --format ${format} run ${r + 1}: ${m}`);
        said.push(
          `${format} ${(v.wallMs / 1000).toFixed(2)} s ${v.peakRssMb?.toFixed(0) ?? "?"} MB` +
            `${mismatches.length ? ` COUNTS WRONG: ${mismatches.join("; ")}` : ""}`,
        );
      }
      collectGarbage();
      const ref = await runReference(dir, scratch, expected.tolerance);
      referenceRuns.push(ref);
      if (ref.groups !== expected.conflicts.groups)
        failures.push(
          `${label} reference run ${r + 1}: ${ref.groups} conflicting groups, expected ${expected.conflicts.groups}`,
        );
      log(
        `  ${label} run ${r + 1}/${runs}: validator ${said.join(" | ")}` +
          ` | DuckDB ${(ref.wallMs / 1000).toFixed(2)} s ${ref.peakRssMb?.toFixed(0) ?? "?"} MB (load ${ref.loadMs.toFixed(0)} ms, query ${ref.queryMs.toFixed(0)} ms)`,
      );
    }

    const crashed = MEASURED_FORMATS.filter((f) => formats[f].crashed !== null);
    const finished = MEASURED_FORMATS.filter((f) => formats[f].crashed === null);
    if (crashed.length > 0 && finished.length > 0)
      failures.push(
        `${label}: --format ${crashed.join(", ")} did not finish where --format ${finished.join(", ")} did`,
      );
    const refWall = summarize(referenceRuns.map((r) => r.wallMs));
    const refRss = referenceRuns.map((r) => r.peakRssMb);
    const targets = WHOLE_PROCESS_TARGETS[profile];
    for (const format of crashed)
      for (const what of ["wall time", "peak RSS"])
        notMeasured.push({
          name: `validator: whole process ${what} (--format ${format})`,
          part: "validator",
          profile,
          size,
          reason: `the validator crashed: ${formats[format].crashed}`,
        });
    if (finished.length === 0)
      measurements.push(
        measurement({
          ...common,
          name: `reference alone: ${REFERENCE}`,
          unit: "ms",
          summary: refWall,
          note: `peak RSS ${summarize(refRss.map((x) => x ?? 0)).median.toFixed(0)} MB`,
        }),
      );
    for (const format of finished) {
      const done = formats[format].runs;
      measurements.push(
        measurement({
          ...common,
          name: `validator: whole process wall time (--format ${format})`,
          unit: "ms",
          summary: summarize(done.map((r) => r.wallMs)),
          target: targets.wall,
          reference: { name: REFERENCE, summary: refWall, unit: "ms" },
          note:
            `reference load ${summarize(referenceRuns.map((r) => r.loadMs)).median.toFixed(0)} ms, ` +
            `query ${summarize(referenceRuns.map((r) => r.queryMs)).median.toFixed(0)} ms (medians)`,
        }),
      );
      const rss = done.map((r) => r.peakRssMb);
      if (rss.every((x) => x !== null) && refRss.every((x) => x !== null))
        measurements.push(
          measurement({
            ...common,
            name: `validator: whole process peak RSS (--format ${format})`,
            unit: "MB",
            summary: summarize(rss as number[]),
            target: targets.rss,
            reference: {
              name: "native DuckDB process peak RSS",
              summary: summarize(refRss as number[]),
              unit: "MB",
            },
          }),
        );
    }

    // The older output once, counted: a warning per conflicting pair, as many as the planted pairs.
    const pairsName =
      "validator --pairs (a warning per conflicting pair): whole process wall time (--format json)";
    if (expected.conflicts.pairs > PAIRS_RUN_LIMIT) {
      notMeasured.push({
        name: pairsName,
        part: "validator",
        profile,
        size,
        reason: `not run: ${expected.conflicts.pairs} pair warnings (over ${PAIRS_RUN_LIMIT}); the dense 1M report under --pairs was 2.4 GB and took 7 min on this machine; --pairs is counted at the smaller sizes`,
      });
    } else {
      collectGarbage();
      const pairsRun = await runValidator(dir, scratch, { format: "json", pairs: true });
      if (pairsRun.counts === null) {
        const crash = crashText(pairsRun);
        failures.push(`${label} validator --pairs: ${crash}`);
        notMeasured.push({
          name: pairsName,
          part: "validator",
          profile,
          size,
          reason: `the validator crashed: ${crash}`,
        });
      } else {
        for (const m of reportMismatches(pairsRun.counts, expected, { pairs: true }))
          failures.push(`${label} validator --pairs: ${m}`);
        measurements.push(
          measurement({
            ...common,
            name: pairsName,
            unit: "ms",
            summary: summarize([pairsRun.wallMs]),
            note: `${expected.conflicts.pairs} pair warnings; peak RSS ${pairsRun.peakRssMb?.toFixed(0) ?? "?"} MB; one run, no target`,
          }),
        );
      }
      log(
        `  ${label}: --pairs ${pairsRun.counts === null ? "CRASHED" : `${(pairsRun.wallMs / 1000).toFixed(2)} s ${pairsRun.peakRssMb?.toFixed(0) ?? "?"} MB`}`,
      );
    }

    // Runs over data already in memory are cheap next to loading it: at least five each.
    const ruleRuns = Math.max(runs, 5);
    log(`  ${label}: conflict rule in-process, a warm-up and ${ruleRuns} timed runs each`);
    const rule = await timeConflictRule(dir, expected.tolerance, ruleRuns);
    const sql = await timeConflictSql(dir, expected.tolerance, ruleRuns);
    for (const [who, got] of [
      ["in-process conflict rule", rule.groups],
      ["in-process conflicting-groups SQL", sql.groups],
    ] as const)
      if (got !== expected.conflicts.groups)
        failures.push(`${label} ${who}: ${got} conflicting groups, expected ${expected.conflicts.groups}`);
    measurements.push(
      measurement({
        ...common,
        name: "conflict rule alone, data loaded",
        unit: "ms",
        summary: summarize(rule.times),
        target: RULE_TARGET,
        reference: {
          name: "conflicting-groups SQL in native DuckDB, data loaded",
          summary: summarize(sql.times),
          unit: "ms",
        },
        note: `loading took ${rule.loadMs.toFixed(0)} ms (validator loader) vs ${sql.loadMs.toFixed(0)} ms (DuckDB read_csv)`,
      }),
    );

    const wall = measurements.find((m) => m.name === "validator: whole process wall time (--format json)");
    if (options.profileWhenMissed && wall?.status === "missed") {
      log(`  ${label}: validator missed its time target, profiling one run with --cpu-prof`);
      const profDir = join(scratch, "prof");
      const run = await profileValidator(dir, scratch, profDir);
      const path = existsSync(profDir) ? await largestProfile(profDir) : null;
      notes.push({
        title: `Validator CPU profile, ${profile} profile at ${size} (--format json)`,
        text: path
          ? formatHotFunctions(await hotFunctions(path))
          : `not profiled: the profiled run exited ${run.exitCode} without a profile (${run.stderr.trim().split("\n").at(-1)})`,
      });
    }
    return { measurements, notMeasured, failures, notes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
