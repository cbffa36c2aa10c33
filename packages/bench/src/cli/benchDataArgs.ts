import { type DatasetProfile, datasetProfileSchema } from "../datasetProfile.js";
import { MIN_CLAIMS } from "../generate/generateDataset.js";
import { outFolderProblem } from "../generate/outFolder.js";
import { defaultDataDir } from "../paths.js";
import { parseSeed, parseSize } from "../sizes.js";
import { asUsage, strictArgs, UsageError } from "./cliArgs.js";

export const BENCH_DATA_USAGE = `Usage: pnpm bench:data [--claims <n>] [--seed <n>] [--profile standard|dense] [--out <dir>]

Writes one synthetic dataset (the four tables and datapackage.json) and its expected.json, the
finding counts the validator must report on it.

  --claims <n>   how many claims: 10000, 10k or 1m (default 10k; at least ${MIN_CLAIMS})
  --seed <n>     generator seed (default 1); the same seed writes the same bytes
  --profile      standard, or dense: crowded events whose sources disagree (default standard)
  --out <dir>    where to write (default bench-data/claims-<size>[-dense][-seed<n>]): never a
                 release or a dataset bench:data did not write; its files there are written over
  -h, --help     show this help

Exit codes: 0 written; 2 a bad argument, or a folder that could not be written.
`;

export interface BenchDataArgs {
  claims: number;
  seed: number;
  profile: DatasetProfile;
  out: string;
}

/** bench:data's options, every one checked before anything is written; "help" for --help. */
export function parseBenchDataArgs(argv: readonly string[]): BenchDataArgs | "help" {
  const { values } = strictArgs(argv, ["claims"], {
    claims: { type: "string", default: "10k" },
    seed: { type: "string", default: "1" },
    profile: { type: "string", default: "standard" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  const claims = asUsage(() => parseSize(values.claims), "--claims: ");
  if (claims < MIN_CLAIMS)
    throw new UsageError(`--claims ${values.claims} is too small (at least ${MIN_CLAIMS} claims)`);
  const seed = asUsage(() => parseSeed(values.seed));
  const profile = datasetProfileSchema.safeParse(values.profile);
  if (!profile.success)
    throw new UsageError(
      `--profile must be one of ${datasetProfileSchema.options.join(", ")}, not "${values.profile}"`,
    );
  const out = values.out ?? defaultDataDir(claims, seed, profile.data);
  const problem = outFolderProblem(out);
  if (problem) throw new UsageError(`${values.out === undefined ? "" : "--out "}${out} ${problem}`);
  return { claims, seed, profile: profile.data, out };
}
