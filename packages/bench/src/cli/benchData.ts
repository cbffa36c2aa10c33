import { parseArgs } from "node:util";
import { datasetProfileSchema } from "../datasetProfile.js";
import { generateDataset } from "../generate/generateDataset.js";
import { defaultDataDir } from "../paths.js";
import { parseSeed, parseSize } from "../sizes.js";

const USAGE = `Usage: pnpm bench:data [--claims <n>] [--seed <n>] [--profile standard|dense] [--out <dir>]

Writes one synthetic dataset (the four tables and datapackage.json) and its expected.json, the
finding counts the validator must report on it.

  --claims <n>   how many claims: 10000, 10k or 1m (default 10k)
  --seed <n>     generator seed (default 1); the same seed writes the same bytes
  --profile      standard, or dense: crowded events whose sources disagree (default standard)
  --out <dir>    where to write (default bench-data/claims-<size>[-dense][-seed<n>])
  -h, --help     show this help
`;

try {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "10k" },
      seed: { type: "string", default: "1" },
      profile: { type: "string", default: "standard" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const claims = parseSize(values.claims);
  const seed = parseSeed(values.seed);
  const profile = datasetProfileSchema.safeParse(values.profile);
  if (!profile.success)
    throw new Error(
      `--profile must be one of ${datasetProfileSchema.options.join(", ")}, not "${values.profile}"`,
    );
  const out = values.out ?? defaultDataDir(claims, seed, profile.data);
  const started = performance.now();
  const expected = await generateDataset({ claims, seed, out, profile: profile.data });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const readings = Object.entries(expected.conflicts.readings)
    .map(([n, groups]) => `${groups} with ${n} readings`)
    .join(", ");
  console.log(
    `${out} (${expected.profile}): ${expected.rows.claims} claims, ${expected.rows.events} events, ` +
      `${expected.rows.sources} sources; ${expected.groups} event+metric groups, ` +
      `${expected.conflicts.groups} conflicting (${readings}); ${expected.conflicts.pairs} conflicting pairs, ` +
      `${expected.findings.errors} planted errors (${seconds} s)`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`bench:data: ${message}\n${USAGE.split("\n")[0]}`);
  process.exit(2);
}
