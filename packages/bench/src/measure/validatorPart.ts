import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Expected } from "../expected.js";
import { formatHotFunctions, hotFunctions, largestProfile } from "../profile/cpuProfile.js";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";
import { countMismatches } from "./checkFindings.js";
import { collectGarbage } from "./collectGarbage.js";
import { timeConflictRule, timeConflictSql } from "./inProcess.js";
import { summarize } from "./stats.js";
import {
  buildValidator,
  profileValidator,
  type ReferenceRun,
  runReference,
  runValidator,
  type ValidatorRun,
} from "./validatorRuns.js";
import { warmPageCache } from "./warmPageCache.js";

export interface ValidatorPartResult {
  measurements: Measurement[];
  notMeasured: NotMeasured[];
  failures: string[];
  notes: { title: string; text: string }[];
}

const WALL_TARGET = { max: 10_000, unit: "ms", on: "median", at: "1m" } as const;
const RSS_TARGET = { max: 1536, unit: "MB", on: "median", at: "1m" } as const;
const RULE_TARGET = { max: 2, unit: "×", on: "ratio", at: "1m" } as const;

/**
 * Part 1 at one size: the whole validator process against the native DuckDB reference process
 * (wall time, peak memory), then the conflict rule alone against its SQL, both on loaded data.
 * Every run's counts are checked against expected.json.
 */
export async function validatorPart(
  dir: string,
  size: string,
  expected: Expected,
  runs: number,
  log: (line: string) => void,
  profileWhenMissed: boolean,
): Promise<ValidatorPartResult> {
  const scratch = await mkdtemp(join(tmpdir(), "tally-bench-"));
  const failures: string[] = [];
  const notes: ValidatorPartResult["notes"] = [];
  const claims = expected.rows.claims;
  try {
    const validatorRuns: ValidatorRun[] = [];
    const referenceRuns: ReferenceRun[] = [];
    let crashed: string | null = null;
    await buildValidator();
    await warmPageCache(dir);
    for (let r = 0; r < runs; r++) {
      collectGarbage();
      const v = await runValidator(dir, scratch);
      if (v.counts === null) {
        const why =
          v.stderr
            .trim()
            .split("\n")
            .find((l) => /error/i.test(l)) ?? v.stderr.trim().split("\n").at(-1);
        const crash =
          `exited ${v.exitCode} after ${(v.wallMs / 1000).toFixed(1)} s at ${v.peakRssMb?.toFixed(0) ?? "?"} MB peak RSS` +
          ` without finishing its report: ${why}`;
        failures.push(`${size} validator run ${r + 1}: ${crash}`);
        log(`  ${size} run ${r + 1}: validator ${crash}`);
        crashed = crash;
        break;
      }
      validatorRuns.push(v);
      const counts = v.counts;
      const mismatches = countMismatches(counts.byRule, expected.byRule);
      const s = counts.summary;
      const listed = Object.values(counts.byRule).reduce((n, c) => n + c.error + c.warning + c.info, 0);
      if (s === null || s.errors + s.warnings + s.infos !== listed)
        mismatches.push(
          `report summary ${JSON.stringify(s)} does not add up to the ${listed} findings listed`,
        );
      for (const m of mismatches) failures.push(`${size} validator run ${r + 1}: ${m}`);
      collectGarbage();
      const ref = await runReference(dir, scratch, expected.tolerance);
      referenceRuns.push(ref);
      if (ref.pairs !== expected.conflicts.pairs)
        failures.push(
          `${size} reference run ${r + 1}: ${ref.pairs} conflicting pairs, expected ${expected.conflicts.pairs}`,
        );
      log(
        `  ${size} run ${r + 1}/${runs}: validator ${(v.wallMs / 1000).toFixed(2)} s ${v.peakRssMb?.toFixed(0) ?? "?"} MB` +
          ` | DuckDB ${(ref.wallMs / 1000).toFixed(2)} s (load ${ref.loadMs.toFixed(0)} ms, query ${ref.queryMs.toFixed(0)} ms)` +
          `${mismatches.length ? ` | COUNTS WRONG: ${mismatches.join("; ")}` : ""}`,
      );
    }
    const measurements: Measurement[] = [];
    const notMeasured: NotMeasured[] = [];
    if (crashed !== null) {
      for (let r = referenceRuns.length; r < runs; r++)
        referenceRuns.push(await runReference(dir, scratch, expected.tolerance));
      for (const name of ["validator: whole process wall time", "validator: whole process peak RSS"])
        notMeasured.push({ name, part: "validator", size, reason: `the validator crashed: ${crashed}` });
      measurements.push(
        measurement({
          name: "reference alone: native DuckDB process (load CSVs + conflict SQL)",
          part: "validator",
          size,
          claims,
          unit: "ms",
          summary: summarize(referenceRuns.map((r) => r.wallMs)),
          note: `peak RSS ${summarize(referenceRuns.map((r) => r.peakRssMb ?? 0)).median.toFixed(0)} MB`,
        }),
      );
    } else {
      const refWall = summarize(referenceRuns.map((r) => r.wallMs));
      measurements.push(
        measurement({
          name: "validator: whole process wall time",
          part: "validator",
          size,
          claims,
          unit: "ms",
          summary: summarize(validatorRuns.map((r) => r.wallMs)),
          target: WALL_TARGET,
          reference: {
            name: "native DuckDB process: load CSVs + conflict SQL",
            summary: refWall,
            unit: "ms",
          },
          note:
            `reference load ${summarize(referenceRuns.map((r) => r.loadMs)).median.toFixed(0)} ms, ` +
            `query ${summarize(referenceRuns.map((r) => r.queryMs)).median.toFixed(0)} ms (medians)`,
        }),
      );
      const rss = validatorRuns.map((r) => r.peakRssMb);
      const refRss = referenceRuns.map((r) => r.peakRssMb);
      if (rss.every((x) => x !== null) && refRss.every((x) => x !== null))
        measurements.push(
          measurement({
            name: "validator: whole process peak RSS",
            part: "validator",
            size,
            claims,
            unit: "MB",
            summary: summarize(rss as number[]),
            target: RSS_TARGET,
            reference: {
              name: "native DuckDB process peak RSS",
              summary: summarize(refRss as number[]),
              unit: "MB",
            },
          }),
        );
    }
    // Runs over data already in memory are cheap next to loading it: at least five each.
    const ruleRuns = Math.max(runs, 5);
    log(`  ${size}: conflict rule in-process, a warm-up and ${ruleRuns} timed runs each`);
    const rule = await timeConflictRule(dir, expected.tolerance, ruleRuns);
    const sql = await timeConflictSql(dir, expected.tolerance, ruleRuns);
    for (const [who, got] of [
      ["in-process conflict rule", rule.pairs],
      ["in-process conflict SQL", sql.pairs],
    ] as const)
      if (got !== expected.conflicts.pairs)
        failures.push(`${size} ${who}: ${got} conflicting pairs, expected ${expected.conflicts.pairs}`);
    measurements.push(
      measurement({
        name: "conflict rule alone, data loaded",
        part: "validator",
        size,
        claims,
        unit: "ms",
        summary: summarize(rule.times),
        target: RULE_TARGET,
        reference: {
          name: "conflict SQL in native DuckDB, data loaded",
          summary: summarize(sql.times),
          unit: "ms",
        },
        note: `loading took ${rule.loadMs.toFixed(0)} ms (validator loader) vs ${sql.loadMs.toFixed(0)} ms (DuckDB read_csv)`,
      }),
    );

    const wall = measurements[0]!;
    if (profileWhenMissed && crashed === null && wall.status === "missed") {
      log(`  ${size}: validator missed its time target, profiling one run with --cpu-prof`);
      const profDir = join(scratch, "prof");
      const run = await profileValidator(dir, scratch, profDir);
      const path = existsSync(profDir) ? await largestProfile(profDir) : null;
      notes.push({
        title: `Validator CPU profile at ${size}`,
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
