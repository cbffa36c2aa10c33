import { join } from "node:path";
import { parseArgs } from "node:util";
import { DATASET_PROFILES, datasetProfileSchema } from "../datasetProfile.js";
import { REPO_ROOT } from "../paths.js";
import { BENCH_PARTS, type BenchPart, runBench } from "../runBench.js";
import { parseSize } from "../sizes.js";

// `pnpm bench [--sizes 10k,100k,1m] [--profiles standard,dense] [--runs n]
//  [--parts validator,browser,bundle] [--seed 1] [--out-dir dir] [--data-root dir] [--no-profile]`:
//  rewrites BENCHMARKS.md and BENCHMARKS.json. --no-profile: no CPU profile of a missed target.
try {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10k,100k,1m" },
      profiles: { type: "string", default: DATASET_PROFILES.join(",") },
      seed: { type: "string", default: "1" },
      runs: { type: "string" },
      parts: { type: "string", default: BENCH_PARTS.join(",") },
      "out-dir": { type: "string", default: REPO_ROOT },
      "data-root": { type: "string", default: join(REPO_ROOT, "bench-data") },
      "no-profile": { type: "boolean", default: false },
    },
  });
  const parts = values.parts.split(",").map((p) => p.trim());
  for (const p of parts)
    if (!(BENCH_PARTS as readonly string[]).includes(p)) throw new Error(`unknown part "${p}"`);
  const profiles = values.profiles.split(",").map((p) => {
    const parsed = datasetProfileSchema.safeParse(p.trim());
    if (!parsed.success) throw new Error(`unknown profile "${p}" (${DATASET_PROFILES.join(", ")})`);
    return parsed.data;
  });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1))
    throw new Error(`--runs ${values.runs} is not a positive integer`);
  const record = await runBench({
    sizes: values.sizes.split(",").map(parseSize),
    profiles,
    seed: Number(values.seed),
    ...(runs ? { runs } : {}),
    parts: parts as BenchPart[],
    outDir: values["out-dir"],
    dataRoot: values["data-root"],
    command: `pnpm bench ${process.argv.slice(2).join(" ")}`.trim(),
    profileWhenMissed: !values["no-profile"],
    log: (line) => console.log(line),
  });
  console.log(`wrote ${join(values["out-dir"], "BENCHMARKS.md")} and BENCHMARKS.json`);
  if (record.failures.length > 0) {
    console.error(`bench: finding counts differ from expected.json:\n${record.failures.join("\n")}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
