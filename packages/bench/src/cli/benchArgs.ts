import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DATASET_PROFILES, type DatasetProfile, datasetProfileSchema } from "../datasetProfile.js";
import { MIN_CLAIMS } from "../generate/generateDataset.js";
import { REPO_ROOT } from "../paths.js";
import { type BenchRecord, benchRecordSchema } from "../report/benchRecord.js";
import { BENCH_PARTS, type BenchPart } from "../runBench.js";
import { parseSeed, parseSize } from "../sizes.js";
import { asUsage, strictArgs, UsageError } from "./cliArgs.js";

export const BENCH_USAGE = `Usage: pnpm bench [--sizes 10k,100k,1m] [--profiles standard,dense] [--parts validator,browser,bundle]
                  [--runs <n>] [--seed <n>] [--out-dir <dir>] [--data-root <dir>] [--no-profile] [--merge]

Measures the validator against native DuckDB, the dashboard in Chromium and the bundle, and writes
BENCHMARKS.md and BENCHMARKS.json (into --out-dir, default the repository root). Synthetic data is
generated into --data-root (default bench-data/) when missing.

  --sizes        claim counts to measure (default 10k,100k,1m; each at least ${MIN_CLAIMS}); a target
                 set at 1m is shown beside smaller sizes for context, not graded there
  --profiles     synthetic data shapes: standard, dense (default both)
  --parts        validator, browser, bundle (default all)
  --runs <n>     runs per measurement (default 5; the browser's warm queries 7, its cold loads of
                 the synthetic release at 1M 3)
  --seed <n>     generator seed (default 1)
  --out-dir <dir>    where BENCHMARKS.md and BENCHMARKS.json go (default the repository root)
  --data-root <dir>  where the synthetic data is read, or generated when missing (default bench-data/)
  --no-profile   no CPU profile of a validator run that misses its time target
  --merge        keep the figures of the parts (the validator's profiles and sizes) not run from
                 the BENCHMARKS.json already in --out-dir, each marked with the command, date and
                 load of the run that measured it
  -h, --help     show this help

Exit codes: 0 measured and written; 1 written, but a finding count differs from the generator's
expected.json; 2 a bad argument, or data or output that could not be read or written.
`;

export interface BenchArgs {
  sizes: number[];
  profiles: DatasetProfile[];
  parts: BenchPart[];
  seed: number;
  runs: number | undefined;
  outDir: string;
  dataRoot: string;
  profileWhenMissed: boolean;
  merge: boolean;
}

/** bench's options, every one checked before any data is generated; "help" for --help. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | "help" {
  const { values } = strictArgs(argv, ["sizes", "runs"], {
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
  });
  if (values.help) return "help";
  const parts = values.parts.split(",").map((p) => p.trim());
  for (const p of parts)
    if (!(BENCH_PARTS as readonly string[]).includes(p)) throw new UsageError(`unknown part "${p}"`);
  const profiles = values.profiles.split(",").map((p) => {
    const parsed = datasetProfileSchema.safeParse(p.trim());
    if (!parsed.success) throw new UsageError(`unknown profile "${p}" (${DATASET_PROFILES.join(", ")})`);
    return parsed.data;
  });
  const sizes = values.sizes.split(",").map((s) => {
    const n = asUsage(() => parseSize(s), "--sizes: ");
    // Here, not when the data is generated: there it failed after a folder was made for it.
    if (n < MIN_CLAIMS)
      throw new UsageError(`--sizes: ${s.trim()} is too small (at least ${MIN_CLAIMS} claims)`);
    return n;
  });
  // Checked before any data is generated, as bench:data checks it: `Number("abc")` is NaN.
  const seed = asUsage(() => parseSeed(values.seed));
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1))
    throw new UsageError(`--runs ${values.runs} is not a positive integer`);
  return {
    sizes,
    profiles,
    parts: parts as BenchPart[],
    seed,
    runs,
    outDir: values["out-dir"],
    dataRoot: values["data-root"],
    profileWhenMissed: !values["no-profile"],
    merge: values.merge,
  };
}

/** The BENCHMARKS.json `--merge` keeps parts of; one that is missing or unreadable is a bad argument. */
export async function earlierRecord(outDir: string): Promise<BenchRecord> {
  const path = join(outDir, "BENCHMARKS.json");
  const unreadable = (why: string) =>
    new UsageError(`--merge: ${path} is not a BENCHMARKS.json this bench can read (${why})`);
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`--merge: there is no ${path} to keep figures from`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw unreadable(`not JSON: ${(error as Error).message}`);
  }
  const parsed = benchRecordSchema.safeParse(json);
  if (!parsed.success) throw unreadable(parsed.error.issues[0]?.message ?? "not a bench record");
  return parsed.data;
}
