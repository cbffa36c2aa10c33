import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DATASET_PROFILES, datasetProfileSchema } from "../datasetProfile.js";
import { REPO_ROOT } from "../paths.js";
import { type BenchRecord, benchRecordSchema } from "../report/benchRecord.js";
import { BENCH_PARTS, type BenchPart, runBench } from "../runBench.js";
import { parseSeed, parseSize } from "../sizes.js";

const USAGE = `Usage: pnpm bench [--sizes 10k,100k,1m] [--profiles standard,dense] [--parts validator,browser,bundle]
                  [--runs <n>] [--seed <n>] [--out-dir <dir>] [--data-root <dir>] [--no-profile] [--merge]

Measures the validator against native DuckDB, the dashboard in Chromium and the bundle, and writes
BENCHMARKS.md and BENCHMARKS.json (into --out-dir, default the repository root). Synthetic data is
generated into --data-root (default bench-data/) when missing.

  --sizes        claim counts to measure (default 10k,100k,1m)
  --profiles     synthetic data shapes: standard, dense (default both)
  --parts        validator, browser, bundle (default all)
  --runs <n>     runs per measurement (default 5; 3 for the browser at 1M)
  --seed <n>     generator seed (default 1)
  --out-dir <dir>    where BENCHMARKS.md and BENCHMARKS.json go (default the repository root)
  --data-root <dir>  where the synthetic data is read, or generated when missing (default bench-data/)
  --no-profile   no CPU profile of a validator run that misses its time target
  --merge        keep the figures of the parts (the validator's profiles and sizes) not run from
                 the BENCHMARKS.json already in --out-dir, each marked with the command, date and
                 load of the run that measured it
  -h, --help     show this help
`;

/** The BENCHMARKS.json `--merge` keeps parts of; one that is missing or unreadable is an error. */
async function earlierRecord(outDir: string): Promise<BenchRecord> {
  const path = join(outDir, "BENCHMARKS.json");
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`--merge: there is no ${path} to keep figures from`);
  });
  const parsed = benchRecordSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new UsageError(
      `--merge: ${path} is not a BENCHMARKS.json this bench can read (${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

/** A bad argument: answered with the usage line. */
class UsageError extends Error {}

/** `parse()`'s answer, its error a bad argument. */
function asUsage<T>(parse: () => T, prefix = ""): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${prefix}${(error as Error).message}`);
  }
}

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
      merge: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const parts = values.parts.split(",").map((p) => p.trim());
  for (const p of parts)
    if (!(BENCH_PARTS as readonly string[]).includes(p)) throw new UsageError(`unknown part "${p}"`);
  const profiles = values.profiles.split(",").map((p) => {
    const parsed = datasetProfileSchema.safeParse(p.trim());
    if (!parsed.success) throw new UsageError(`unknown profile "${p}" (${DATASET_PROFILES.join(", ")})`);
    return parsed.data;
  });
  const sizes = values.sizes.split(",").map((s) => asUsage(() => parseSize(s), "--sizes: "));
  // Checked before any data is generated, as bench:data checks it: `Number("abc")` is NaN.
  const seed = asUsage(() => parseSeed(values.seed));
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1))
    throw new UsageError(`--runs ${values.runs} is not a positive integer`);
  const record = await runBench({
    sizes,
    profiles,
    seed,
    ...(runs ? { runs } : {}),
    parts: parts as BenchPart[],
    outDir: values["out-dir"],
    dataRoot: values["data-root"],
    command: `pnpm bench ${process.argv.slice(2).join(" ")}`.trim(),
    ...(values.merge ? { merge: await earlierRecord(values["out-dir"]) } : {}),
    profileWhenMissed: !values["no-profile"],
    log: (line) => console.log(line),
  });
  console.log(`wrote ${join(values["out-dir"], "BENCHMARKS.md")} and BENCHMARKS.json`);
  if (record.failures.length > 0) {
    console.error(`bench: finding counts differ from expected.json:\n${record.failures.join("\n")}`);
    process.exit(1);
  }
} catch (error) {
  const badArgs =
    error instanceof UsageError || String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`bench: ${message}${badArgs ? `\n${USAGE.split("\n")[0]}` : ""}`);
  process.exit(2);
}
