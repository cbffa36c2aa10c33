import { parseArgs } from "node:util";
import { datasetProfileSchema } from "../datasetProfile.js";
import { generateDataset } from "../generate/generateDataset.js";
import { defaultDataDir } from "../paths.js";
import { parseSize } from "../sizes.js";

// `pnpm bench:data --claims 1m --seed 1 [--profile standard|dense] [--out dir]`: writes one
// synthetic dataset and its expected.json.
try {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "10k" },
      seed: { type: "string", default: "1" },
      profile: { type: "string", default: "standard" },
      out: { type: "string" },
    },
  });
  const claims = parseSize(values.claims);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed ${values.seed} is not an integer`);
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
  console.error(`bench:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
