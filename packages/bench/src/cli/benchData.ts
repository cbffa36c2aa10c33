import { parseArgs } from "node:util";
import { generateDataset } from "../generate/generateDataset.js";
import { defaultDataDir } from "../paths.js";
import { parseSize } from "../sizes.js";

// `pnpm bench:data --claims 1m --seed 1 [--out dir]`: writes one synthetic dataset and its expected.json.
try {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "10k" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const claims = parseSize(values.claims);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed ${values.seed} is not an integer`);
  const out = values.out ?? defaultDataDir(claims, seed);
  const started = performance.now();
  const expected = await generateDataset({ claims, seed, out });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${out}: ${expected.rows.claims} claims, ${expected.rows.events} events, ${expected.rows.sources} sources; ` +
      `${expected.conflicts.pairs} conflicting pairs, ${expected.findings.errors} planted errors (${seconds} s)`,
  );
} catch (error) {
  console.error(`bench:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
