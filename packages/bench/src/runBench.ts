import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { bundlePart } from "./browser/bundlePart.js";
import { coldPart } from "./browser/coldPart.js";
import { syntheticReleaseProcess } from "./browser/syntheticReleaseProcess.js";
import { warmPart } from "./browser/warmPart.js";
import type { DatasetProfile } from "./datasetProfile.js";
import { type Expected, expectedSchema } from "./expected.js";
import { generateDataset } from "./generate/generateDataset.js";
import { validatorPart } from "./measure/validatorPart.js";
import { dataDirName, REPO_ROOT } from "./paths.js";
import type { BenchRecord } from "./report/benchRecord.js";
import { benchmarksMarkdown } from "./report/markdown.js";
import { BROWSER_NOTE, mergeRecords } from "./report/merge.js";
import { sizeLabel } from "./sizes.js";

export const BENCH_PARTS = ["validator", "browser", "bundle"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  sizes: number[];
  /** The dataset profiles the validator part runs on, each at every size. */
  profiles: readonly DatasetProfile[];
  seed: number;
  /** Runs per validator measurement (default 5); the browser parts keep their own defaults. */
  runs?: number;
  parts: readonly BenchPart[];
  /** Where BENCHMARKS.md and BENCHMARKS.json are written. */
  outDir: string;
  /** Where generated datasets are kept (and reused when their expected.json matches). */
  dataRoot: string;
  command: string;
  /** `--merge`: the record already in outDir, whose parts this run does not measure are kept. */
  merge?: BenchRecord;
  /** Profile the validator at the largest size when it misses its time target there. */
  profileWhenMissed: boolean;
  log: (line: string) => void;
}

/** The dataset of one size and profile under `dataRoot`, generated unless its expected.json matches. */
async function ensureData(
  options: BenchOptions,
  claims: number,
  profile: DatasetProfile,
): Promise<{ dir: string; expected: Expected }> {
  const { seed, log } = options;
  const dir = join(options.dataRoot, dataDirName(claims, seed, profile));
  const path = join(dir, "expected.json");
  if (existsSync(path)) {
    const parsed = expectedSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
    const { data } = parsed;
    if (data && data.seed === seed && data.rows.claims === claims && data.profile === profile)
      return { dir, expected: data };
  }
  log(`generating ${claims} claims (${profile} profile, seed ${seed}) into ${dir}`);
  return { dir, expected: await generateDataset({ claims, seed, out: dir, profile }) };
}

async function machine(): Promise<BenchRecord["machine"]> {
  const info = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  const model = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown";
  return { cpus: cpus().length, model, memoryGb: totalmem() / 1024 ** 3, node: process.version };
}

/** Runs the chosen parts at each size, then writes BENCHMARKS.json and BENCHMARKS.md into outDir. */
export async function runBench(options: BenchOptions): Promise<BenchRecord> {
  // Made before anything is measured: a folder that cannot be written ended a run only when its
  // first part had been measured, minutes in.
  await mkdir(options.outDir, { recursive: true });
  const record: BenchRecord = {
    command: options.command,
    date: new Date().toISOString(),
    machine: await machine(),
    load: { start: loadavg()[0]!, end: 0 },
    seed: options.seed,
    datasets: [],
    measurements: [],
    notMeasured: [],
    failures: [],
    notes: [],
  };
  if (record.load.start >= 0.5)
    options.log(
      `the machine is busy (1-minute load ${record.load.start.toFixed(2)} on ${record.machine.cpus} CPUs): other work will slow the timings`,
    );
  if (options.parts.includes("validator")) {
    // Largest first: measured after the 100k part, the first 1M runs of the validator and of
    // DuckDB alike came out 1 to 2 s slower, falling back over three runs (after the 10k part
    // they did not). The size the targets are set at runs before anything else has, for every
    // profile.
    for (const claims of [...options.sizes].sort((a, b) => b - a))
      for (const profile of options.profiles) {
        const size = sizeLabel(claims);
        const { dir, expected } = await ensureData(options, claims, profile);
        const c = expected.conflicts;
        record.datasets.push({
          profile,
          size,
          claims,
          groups: expected.groups,
          conflictingGroups: c.groups,
          readings: c.readings,
          pairs: c.pairs,
        });
        // Five at every size: on this shared 2-core machine three 1M runs spread from 10.3 to
        // 11.4 s in one bench and 9.1 to 9.3 s in another, and a median of three moved with one
        // slow run.
        const runs = options.runs ?? 5;
        options.log(`validator, ${profile} profile at ${size} (${runs} runs)`);
        const largest = claims === Math.max(...options.sizes);
        const part = await validatorPart({
          dir,
          profile,
          size,
          expected,
          runs,
          log: options.log,
          profileWhenMissed: options.profileWhenMissed && largest,
        });
        record.measurements.push(...part.measurements);
        record.failures.push(...part.failures);
        record.notMeasured.push(...part.notMeasured);
        record.notes.push(...part.notes);
        // Written as each part ends, so a run stopped later keeps what it measured.
        await writeRecord(options, record);
      }
  }
  let wasm: string[] = [];
  if (options.parts.includes("browser")) {
    // The dashboard is others' work in progress while a bench runs: a page that never draws its
    // chart (a 60 s timeout once ended a 70-minute bench before anything was written) is a
    // part not measured, said why, not the end of the run.
    try {
      options.log("browser cold, shipped release");
      const cold = await coldPart(options.runs ?? 5);
      record.measurements.push(...cold.measurements);
      record.notMeasured.push(...cold.notMeasured);
      wasm = cold.wasm;
      // The dashboard is measured on the standard profile: the release build and the browser
      // queries are not what the dense profile was made to test.
      const profile = "standard";
      const claims = Math.max(...options.sizes);
      const size = sizeLabel(claims);
      const { dir } = await ensureData(options, claims, profile);
      options.log(`release build of the ${size} dataset for the browser`);
      const release = await syntheticReleaseProcess(dir, join(options.dataRoot, `release-${size}`));
      if ("reason" in release) {
        for (const [name, part] of [
          ["browser cold: navigation → first chart (synthetic release)", "browser-cold"],
          ["browser warm: discrepancy query (DuckDB-WASM)", "browser-warm"],
          ["browser warm: filter change (DuckDB-WASM)", "browser-warm"],
        ] as const)
          record.notMeasured.push({ name, part, profile, size, reason: release.reason });
      } else {
        const about = "release built by buildReleases";
        options.log(`browser cold, ${size} release`);
        const synthetic = await coldPart(options.runs ?? (claims >= 1_000_000 ? 3 : 5), 4397, {
          artifacts: release.artifacts,
          size,
          profile,
          claims,
          about,
        });
        record.measurements.push(...synthetic.measurements);
        record.notMeasured.push(...synthetic.notMeasured);
        options.log(`browser warm, ${size} release`);
        const warm = await warmPart({
          artifacts: release.artifacts,
          size,
          profile,
          claims,
          runs: Math.max(options.runs ?? 7, 1),
          about,
        });
        record.measurements.push(...warm.measurements);
        record.notMeasured.push(...warm.notMeasured);
        if (warm.bundle) {
          // Said of the size just measured: the note once claimed 1M for a run at 10k only.
          const targeted = warm.measurements.filter((m) => m.status === "met" || m.status === "missed");
          const met = targeted.length > 0 && targeted.every((m) => m.status === "met");
          record.notes.push({
            title: BROWSER_NOTE,
            text: `Chromium ran the ${warm.bundle} bundle (read from window.__tally.bundle). The dashboard self-hosts both single-threaded bundles and lets DuckDB-WASM's selectBundle choose: eh (WebAssembly exception handling, the smaller download) where the browser supports it, as Chromium does, mvp elsewhere. The multi-threaded coi bundle needs cross-origin isolation headers (COOP/COEP) from every host that serves the app, so it is not shipped; the warm queries at ${size}, single-threaded, ${met ? "meet their targets" : "do not all meet their targets"}.`,
          });
        }
      }
    } catch (error) {
      const reason = `the browser part stopped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      options.log(reason);
      record.notMeasured.push({
        name: "browser: cold and warm paths",
        part: "browser-cold",
        profile: "standard",
        size: sizeLabel(Math.max(...options.sizes)),
        reason,
      });
    }
  }
  if (options.parts.includes("bundle")) {
    const bundle = await bundlePart(join(REPO_ROOT, "apps/dashboard/dist"), wasm);
    record.measurements.push(...bundle.measurements);
    record.notMeasured.push(...bundle.notMeasured);
  }
  await writeRecord(options, record);
  return record;
}

/** BENCHMARKS.json and BENCHMARKS.md as the record stands, with the load average now. */
async function writeRecord(options: BenchOptions, record: BenchRecord): Promise<void> {
  record.load.end = loadavg()[0]!;
  const written = options.merge ? mergeRecords(options.merge, record, options.parts) : record;
  await writeFile(join(options.outDir, "BENCHMARKS.json"), `${JSON.stringify(written, null, 2)}\n`);
  await writeFile(join(options.outDir, "BENCHMARKS.md"), benchmarksMarkdown(written));
}
