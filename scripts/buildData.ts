// `pnpm build:data [--data <dir>] [--out <dir>] [--corpus <dir>] [--tolerance <t>]`: the release
// build (artifacts, findings, summary for every release, and the index the dashboard reads).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DatasetReadError, defaultDataDir } from "@tally/dataset/node";
import { buildReleases, readCorpus } from "@tally/validation/node";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    out: { type: "string" },
    corpus: { type: "string" },
    tolerance: { type: "string" },
  },
});
const root = resolve(import.meta.dirname, "..");
const outRoot = resolve(values.out ?? join(root, "artifacts", "data"));
// The project's own source texts sit beside the clone when available; quotes are then checked.
const seeds = resolve(root, "..", "shared", "seeds");
const corpusDir = values.corpus ?? (existsSync(seeds) ? seeds : undefined);
const tolerance = values.tolerance === undefined ? undefined : Number(values.tolerance);
if (tolerance !== undefined && !(tolerance >= 0 && tolerance < 1)) {
  console.error(`build:data: --tolerance must be a fraction from 0 to below 1, got ${values.tolerance}`);
  process.exit(2);
}

try {
  const index = await buildReleases({
    dataDir: resolve(values.data ?? defaultDataDir()),
    outRoot,
    ...(corpusDir ? { corpus: await readCorpus(corpusDir) } : {}),
    ...(tolerance === undefined ? {} : { tolerance }),
    onRelease: (entry, ms) =>
      console.log(`built ${entry.version}: ${entry.counts.claims} claims in ${Math.round(ms)} ms`),
  });
  console.log(
    `wrote ${join(outRoot, "index.json")} (${index.releases.length} releases, latest ${index.latest})`,
  );
} catch (error) {
  if (error instanceof DatasetReadError) {
    console.error(`build:data: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
