// `pnpm build:data [--data <dir>] [--out <dir>] [--corpus <dir>] [--tolerance <t>]`: builds every
// release's artifacts (Arrow IPC, Parquet, findings, summary) and the release index the dashboard
// reads. The same path builds the shipped data, the browser-test fixtures and the benchmark data.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  buildReleaseArtifacts,
  DatasetReadError,
  defaultDataDir,
  listReleases,
  loadRelease,
  type ReleaseIndexEntry,
  writeReleaseIndex,
  writeSummary,
} from "@tally/dataset/node";
import { focusGroup, readCorpus, writeReleaseFindings } from "@tally/validation/node";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    out: { type: "string" },
    corpus: { type: "string" },
    tolerance: { type: "string" },
  },
});
const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(values.data ?? defaultDataDir());
const outRoot = resolve(values.out ?? join(root, "artifacts", "data"));
const seeds = resolve(root, "..", "shared", "seeds");
const corpusDir = values.corpus ?? (existsSync(seeds) ? seeds : undefined);
const tolerance = values.tolerance === undefined ? undefined : Number(values.tolerance);

try {
  const corpus = corpusDir ? await readCorpus(corpusDir) : undefined;
  const versions = await listReleases(dataDir);
  if (versions.length === 0) throw new DatasetReadError(`no releases in ${join(dataDir, "releases")}`);
  const entries: ReleaseIndexEntry[] = [];
  let about: { name: string; title?: string } = { name: "" };
  for (const version of versions) {
    const started = performance.now();
    const loaded = await loadRelease(version, { dataDir });
    const outDir = join(outRoot, "releases", version);
    const built = await buildReleaseArtifacts(loaded, outDir);
    const groups = await writeReleaseFindings(loaded, outDir, {
      ...(corpus ? { corpus } : {}),
      ...(tolerance === undefined ? {} : { tolerance }),
    });
    const focus = focusGroup(groups);
    await writeSummary(loaded, outDir, {
      focus: focus ? { event_id: focus.event_id, metric: focus.metric } : null,
      files: built.arrow,
    });
    entries.push({ version, created: built.created, counts: built.counts, path: `releases/${version}/` });
    about = {
      name: loaded.ref.name,
      ...(loaded.descriptor?.title ? { title: loaded.descriptor.title } : {}),
    };
    const ms = Math.round(performance.now() - started);
    console.log(`built ${loaded.ref.name}@${version}: ${built.counts.claims} claims in ${ms} ms → ${outDir}`);
  }
  await writeReleaseIndex(outRoot, entries, about);
  console.log(
    `wrote ${join(outRoot, "index.json")} (${entries.length} release${entries.length === 1 ? "" : "s"})`,
  );
} catch (error) {
  if (error instanceof DatasetReadError) {
    console.error(`build:data: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
