import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReleaseIndex } from "@tally/dataset";
import {
  buildReleaseArtifacts,
  CHANGELOG_FILE,
  changelogSection,
  DatasetReadError,
  hashReleaseFiles,
  listReleases,
  loadRelease,
  type ReleaseIndexEntry,
  readReleaseManifest,
  SUMMARY_FILE,
  writeReleaseIndex,
  writeSummary,
} from "@tally/dataset/node";
import { relativeTo } from "./cli/loadTargets.js";
import { corpusFiles, readCorpus, readCorpusDigests, textRefsOf, verifiedTextsOf } from "./corpus.js";
import { focusGroup, RELEASE_FINDINGS_FILE, writeReleaseFindings } from "./releaseFindings.js";
import { writeVerdictTables } from "./verdictTables.js";

export interface ReleaseBuildOptions {
  /** The dataset folder holding `releases/<version>/`. */
  dataDir: string;
  /** Where the dashboard's data base goes: `index.json` and `releases/<version>/…`. */
  outRoot: string;
  corpus?: Map<string, string>;
  /** The folder of source texts, each release reading only those its sources name (`corpus` wins). */
  corpusDir?: string;
  tolerance?: number;
  /** Each release's findings.json `generated` time (see `ReleaseFindingsOptions.generated`). */
  generated?: Date;
  /** Called after each release, for progress output. */
  onRelease?: (entry: ReleaseIndexEntry, ms: number) => void;
  /**
   * Called for a release that cannot be loaded (a required table missing, a file that is not
   * UTF-8), which is then left out of the index while the others are built. Without it, such a
   * release stops the build.
   */
  onUnreadable?: (version: string, error: DatasetReadError) => void;
}

/**
 * The manifest's word on whether the release's quotes were checked when it was cut; null when it
 * has none, or no manifest that reads (the release's findings then hold that error: a manifest
 * that was not JSON stopped the whole build with a stack trace).
 */
async function quotesVerified(releaseDir: string): Promise<boolean | null> {
  const manifest = await readReleaseManifest(releaseDir);
  return "code" in manifest ? null : (manifest.quotes_verified ?? null);
}

/** The dataset's CHANGELOG.md, or null when it has none (a dataset need not keep one). */
async function changelogOf(dataDir: string): Promise<string | null> {
  try {
    return await readFile(join(dataDir, CHANGELOG_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Writes the release's own CHANGELOG entry into its built folder, if the changelog has one, and
 * returns its file name. Read from the changelog as it stands, not as it was at the cut: an
 * erratum (1.1.0's) is written there later, and a reader with only the folder never saw it.
 */
async function writeReleaseNotes(changelog: string | null, version: string, outDir: string) {
  const notes = changelog === null ? null : changelogSection(changelog, version);
  if (notes === null) {
    // An earlier build's entry would be served beside an index that no longer lists it (an outside audit).
    await rm(join(outDir, CHANGELOG_FILE), { force: true });
    return [];
  }
  await writeFile(join(outDir, CHANGELOG_FILE), notes);
  return [CHANGELOG_FILE];
}

/**
 * The release build: for every release, the dataset's artifacts (CSV, Arrow IPC, Parquet), the
 * validator's findings, its verdict tables (verdicts, readings, reading_claims), its CHANGELOG
 * entry and the summary that paints the dashboard's first view on the most severe conflict; then
 * the release index. One path for the shipped data, the browser-test fixtures and the benchmark
 * datasets.
 */
export async function buildReleases(options: ReleaseBuildOptions): Promise<ReleaseIndex> {
  const { dataDir, outRoot } = options;
  const versions = await listReleases(dataDir);
  if (versions.length === 0) throw new DatasetReadError(`no releases in ${join(dataDir, "releases")}`);
  const changelog = await changelogOf(dataDir);
  const entries: ReleaseIndexEntry[] = [];
  let about: { name: string; title?: string } = { name: "" };
  for (const version of versions) {
    const started = performance.now();
    const loaded = await loadRelease(version, { dataDir }).catch((error: unknown) => {
      if (error instanceof DatasetReadError && options.onUnreadable)
        return options.onUnreadable(version, error);
      throw error;
    });
    if (loaded === undefined) continue;
    // Findings name files as `pnpm validate` run from here does, never by the build machine's absolute path.
    loaded.ref.path = relativeTo(process.cwd(), loaded.ref.path);
    const outDir = join(outRoot, "releases", version);
    const built = await buildReleaseArtifacts(loaded, outDir);
    // A stray file in the folder that is not UTF-8 (a scan) is not this build's to read. A text
    // read for its quotes is not read again for its digest.
    const files = corpusFiles();
    const corpus =
      options.corpus ??
      (options.corpusDir === undefined
        ? undefined
        : await readCorpus(options.corpusDir, textRefsOf([loaded]), files));
    const corpusDigests =
      options.corpusDir === undefined
        ? undefined
        : await readCorpusDigests(options.corpusDir, verifiedTextsOf([loaded]), files);
    const findings = await writeReleaseFindings(loaded, outDir, {
      ...(corpus ? { corpus } : {}),
      ...(corpusDigests ? { corpusDigests } : {}),
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      ...(options.generated === undefined ? {} : { generated: options.generated }),
    });
    const verdicts = await writeVerdictTables(findings.groups, outDir);
    const notes = await writeReleaseNotes(changelog, version, outDir);
    await writeSummary(loaded, outDir, {
      focus: focusGroup(findings.groups),
      files: { ...built.arrow, ...verdicts.arrow },
      validation: {
        summary: findings.summary,
        corpus_used: findings.corpus_used,
        tolerance: findings.tolerance,
      },
      quotes_verified: await quotesVerified(join(dataDir, "releases", version)),
    });
    // Hashed last, once every file the dashboard loads is written; the browser checks each against it.
    const entry = {
      version,
      created: built.created,
      counts: built.counts,
      path: `releases/${version}/`,
      // The files this build wrote, by name: a file left in the folder by anything else (an older
      // build, an editor) is not published as part of the release.
      sha256: await hashReleaseFiles(outDir, [
        built.datapackage,
        ...Object.values(built.csv),
        ...Object.values(built.arrow),
        ...Object.values(built.parquet),
        ...Object.values(verdicts.arrow),
        ...Object.values(verdicts.parquet),
        RELEASE_FINDINGS_FILE,
        SUMMARY_FILE,
        ...notes,
      ]),
    };
    entries.push(entry);
    about = {
      name: loaded.ref.name,
      ...(loaded.descriptor?.title ? { title: loaded.descriptor.title } : {}),
    };
    options.onRelease?.(entry, performance.now() - started);
  }
  if (entries.length === 0)
    throw new DatasetReadError(`no release in ${join(dataDir, "releases")} could be read`);
  return writeReleaseIndex(outRoot, entries, about);
}
