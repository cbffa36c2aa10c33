import { closeSync, constants, renameSync, writeFileSync } from "node:fs";
import { access, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import semver from "semver";
import { buildDescriptor } from "../datapackage/buildDescriptor.js";
import { canonicalJson } from "../datapackage/canonicalJson.js";
import { droppedPropertyProblems } from "../datapackage/descriptorProblems.js";
import { formatJson } from "../datapackage/formatJson.js";
import { issueText, valueAt } from "../datapackage/issueText.js";
import { diffReleases } from "../diff/diffReleases.js";
import { DatasetReadError, ReleaseRefusedError } from "../load/errors.js";
import { loadDataset } from "../load/loadDataset.js";
import type { LoadedDataset } from "../load/loadedDataset.js";
import { DESCRIPTOR_FILE, readDatasetFiles, readDescriptorFile } from "../load/readDatasetFiles.js";
import { formatProblem } from "../problemText.js";
import { dataPackageSchema, type ReleaseManifest } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import { OPTIONAL_TABLE_NAMES, OPTIONAL_TABLES, TABLE_NAMES, TABLES } from "../schema/tables.js";
import { openFresh } from "../wholeFile.js";
import { CHANGELOG_FILE, changelogEntry, changelogWith, readChangelog } from "./changelog.js";
import { defaultDataDir, releasesDir } from "./dataDir.js";
import { bytesOnlyChanges, descriptorChanges } from "./descriptorChanges.js";
import { releaseFolders } from "./listReleases.js";
import { loadRelease } from "./loadRelease.js";
import { buildManifest, MANIFEST_FILE, type VerifiedCorpus } from "./manifest.js";
import { takeReleaseLock } from "./releaseLock.js";
import { withSignalsHeld } from "./signalsHeld.js";
import { readReleaseManifest, verifyRelease } from "./verifyRelease.js";
import { bumpOf, bumpRefusal, type RequiredBump, requiredBump } from "./versionBump.js";

export interface CutReleaseOptions {
  version: string;
  dataDir?: string;
  /** The release's `created` (ISO 8601); now when omitted. */
  date?: string;
  /**
   * The source texts every quote was checked against (file name → sha256), when the caller
   * validated with a corpus; without it the manifest says `"quotes_verified": false`.
   */
  verifiedCorpus?: VerifiedCorpus;
}

export interface CutReleaseResult {
  version: string;
  dir: string;
  manifest: ReleaseManifest;
  /** The entry as written into the CHANGELOG, the maintainer's Unreleased notes included. */
  changelogEntry: string;
  /**
   * The properties of the working copy's resources the released descriptor leaves out
   * (`droppedPropertyProblems`): neither kept as written nor written by Tally, told rather than lost.
   */
  dropped: Problem[];
}

/** The rows' changes from one loaded release to another, each side's missing columns told apart. */
const diffOf = (was: LoadedDataset, now: LoadedDataset) =>
  diffReleases(was.tables, now.tables, { before: was.absentColumns, after: now.absentColumns });

/**
 * Freezes the working copy into `releases/<version>/`: the four CSVs (and any optional table's) byte for byte, the descriptor
 * with `version`, `created` and fresh hashes, and a manifest of every file's sha256; then prepends
 * a CHANGELOG entry. It does not validate: the caller refuses on validation errors first.
 */
export async function cutRelease(options: CutReleaseOptions): Promise<CutReleaseResult> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const { version } = options;
  if (semver.valid(version) !== version)
    throw new ReleaseRefusedError(
      version.includes("+") && semver.valid(version) !== null
        ? `${JSON.stringify(version)} carries build metadata (+…), which semver leaves out when it orders releases: name the release without it`
        : `${JSON.stringify(version)} is not a semver version such as 1.0.0`,
    );
  // A folder named wrongly, or one that is no dataset, is refused before releases/ is made in it.
  await readDescriptorFile(dataDir);
  try {
    await mkdir(releasesDir(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST")
      throw new ReleaseRefusedError(`cannot make ${releasesDir(dataDir)}: ${(error as Error).message}`);
  }
  // Held from the list of releases to the CHANGELOG entry: what "the latest release" is must not
  // change meanwhile.
  const giveBack = takeReleaseLock(releasesDir(dataDir));
  try {
    return await cutLocked(options, dataDir, version);
  } finally {
    giveBack();
  }
}

/** Writes a new file at `path`, never through whatever was left there (see `openFresh`). */
function writeFresh(path: string, data: string | Uint8Array): void {
  const fd = openFresh(path);
  try {
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** Refuses a file that is there and read-only; a rename would replace it, unasked. */
async function writableOrNone(path: string): Promise<void> {
  try {
    await access(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

async function cutLocked(
  options: CutReleaseOptions,
  dataDir: string,
  version: string,
): Promise<CutReleaseResult> {
  const { versions: releases, stray } = await releaseFolders(dataDir);
  // What pnpm validate reports as an error refuses the release too: it was cut beside a copy of a
  // release no check reads (an outside audit).
  const [first, ...others] = stray;
  if (first !== undefined)
    throw new ReleaseRefusedError(
      `${formatProblem(first)}${others.length > 0 ? ` (and ${others.length} more such entr${others.length === 1 ? "y" : "ies"})` : ""}`,
    );
  if (releases.includes(version))
    throw new ReleaseRefusedError(
      `release ${version} already exists; released files never change, so cut a new version`,
    );
  const latest = releases.at(-1) ?? null;
  if (latest !== null && !semver.gt(version, latest))
    throw new ReleaseRefusedError(`${version} is not greater than the latest release ${latest}`);
  // The entry and the step are measured against the releases as released: cut over an edited one,
  // 1.1.1's entry recorded "value_high 301 → 300", a change no release ever made (an outside audit).
  for (const earlier of releases) {
    const [problem, ...more] = await verifyRelease(join(releasesDir(dataDir), earlier));
    if (problem !== undefined)
      throw new ReleaseRefusedError(
        `release ${earlier} does not match its manifest (${formatProblem(problem)}${more.length > 0 ? `, and ${more.length} more` : ""}): restore it from version control before cutting ${version}; pnpm dataset verify names every difference`,
      );
  }

  const files = await readDatasetFiles(dataDir);
  const created = options.date ?? new Date().toISOString();
  const descriptor = buildDescriptor(
    { ...(files.descriptor as object), version, created },
    files.csv,
    files.optional,
  );
  const checked = dataPackageSchema.safeParse(descriptor);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ReleaseRefusedError(
      `${DESCRIPTOR_FILE}: ${issue.path.join(".") || "descriptor"}: ${issueText(issue, valueAt(descriptor, issue.path))}`,
    );
  }

  const frozen: Record<string, Uint8Array> = {
    [DESCRIPTOR_FILE]: new TextEncoder().encode(formatJson(descriptor)),
  };
  for (const table of TABLE_NAMES) frozen[TABLES[table].file] = files.csv[table];
  // An optional table is released when the working copy has it, as its descriptor now lists it.
  for (const table of OPTIONAL_TABLE_NAMES) {
    const bytes = files.optional[table];
    if (bytes !== undefined) frozen[OPTIONAL_TABLES[table].file] = bytes;
  }
  const manifest = buildManifest(
    { name: checked.data.name, version, created },
    frozen,
    options.verifiedCorpus ?? null,
  );

  // Written beside and renamed into place, so a failure never leaves a half-written release.
  const dir = join(releasesDir(dataDir), version);
  const partial = join(releasesDir(dataDir), `.${version}.partial`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const [file, bytes] of Object.entries(frozen)) await writeFile(join(partial, file), bytes);
  await writeFile(join(partial, MANIFEST_FILE), formatJson(manifest));

  const release = await loadDataset(partial, { kind: "release" });
  // Pre-releases are drafts of the release they lead to: the step is measured from the last full
  // release (`bumpOf`), against its data, so a row added in 1.2.0-rc.1 and withdrawn again is no
  // row removed in 1.2.0; and a full release's entry says what changed since that one.
  const base = latest === null ? null : bumpOf(releases, version).from;
  const previous = base === null ? null : await loadRelease(base, { dataDir });
  const diff = previous === null ? null : diffOf(previous, release);
  let step: (RequiredBump & { from: string }) | null = null;
  // The entry says what changed since `since`: the last full release for a full release, the
  // draft just before for a pre-release. Loaded once, for the entry and the check below.
  const since = latest === null ? null : semver.prerelease(version) !== null ? latest : base;
  const sinceRelease =
    since === null ? null : since === base ? previous : await loadRelease(since, { dataDir });
  // The same descriptor (its hashes included) is the same bytes in every file, and the same
  // manifest record of the quotes' check: nothing to release. After a pre-release, the full
  // release of the same data is the point of it. In every other case `since` is the latest.
  const fullAfterDraft =
    latest !== null && semver.prerelease(latest) !== null && semver.prerelease(version) === null;
  // Read once, for the check below and for the entry's word on the quotes.
  const sinceManifest = since === null ? null : await readReleaseManifest(join(releasesDir(dataDir), since));
  if (sinceRelease !== null && sinceManifest !== null && !fullAfterDraft) {
    const lastManifest = sinceManifest;
    const same = (a: object, b: object) =>
      canonicalJson({ ...a, version: null, created: null }) ===
      canonicalJson({ ...b, version: null, created: null });
    const checkedAlike =
      !("code" in lastManifest) &&
      lastManifest.quotes_verified === manifest.quotes_verified &&
      canonicalJson(lastManifest.corpus ?? null) === canonicalJson(manifest.corpus ?? null);
    if (sinceRelease.descriptor !== null && same(sinceRelease.descriptor, checked.data) && checkedAlike) {
      await rm(partial, { recursive: true, force: true });
      throw new ReleaseRefusedError(
        `nothing changed since ${since}: every file of the working copy is byte for byte as released and its quotes were checked alike, so there is nothing to release`,
      );
    }
  }
  if (previous !== null) {
    // Without the base release's descriptor, what its fields were cannot be told: refused, not
    // guessed (a dropped column would otherwise pass as a patch).
    const required =
      previous.descriptor === null
        ? null
        : requiredBump(previous.descriptor, checked.data, diff!, previous.tables);
    if (required !== null) step = { ...required, from: base! };
    const refusal =
      required === null
        ? `the descriptor of release ${base} does not load, so what changed in its fields cannot be told: restore releases/${base}/${DESCRIPTOR_FILE} from version control (pnpm dataset verify names what changed)`
        : bumpRefusal(releases, version, required);
    if (refusal !== null) {
      await rm(partial, { recursive: true, force: true });
      throw new ReleaseRefusedError(refusal);
    }
  }
  const sinceDiff = since === base || sinceRelease === null ? diff : diffOf(sinceRelease, release);
  const quotes = sinceManifest === null ? null : quotesChange(sinceManifest, manifest);
  const entry = changelogEntry(
    { version, created, tables: release.tables },
    since === null
      ? null
      : {
          version: since,
          diff: sinceDiff!,
          descriptor: [
            ...(sinceRelease?.descriptor == null
              ? []
              : [
                  ...descriptorChanges(sinceRelease.descriptor, checked.data),
                  ...bytesOnlyChanges(sinceRelease.descriptor, checked.data, sinceDiff!),
                ]),
            ...(quotes === null ? [] : [quotes]),
          ],
        },
    step,
  );
  // The working copy now stands on this release: its descriptor is the released one (version,
  // fresh hashes), or a report on it would still name the version before. Everything that can fail
  // is done before the release appears: the CHANGELOG read (refused if it cannot be, never taken
  // for empty) and both new files written beside their places. Then three renames, with Ctrl-C
  // held, put the release, its entry and the descriptor in place together: a review stopped a
  // release between its folder and its entry, which was lost for good.
  const changelogPath = join(dataDir, CHANGELOG_FILE);
  const descriptorPath = join(dataDir, DESCRIPTOR_FILE);
  const staged: [string, string][] = [
    [`${changelogPath}.partial`, changelogPath],
    [`${descriptorPath}.partial`, descriptorPath],
  ];
  let written = entry;
  try {
    const changelog = changelogWith(await readChangelog(changelogPath), entry);
    written = changelog.entry;
    await writableOrNone(descriptorPath);
    writeFresh(staged[0]![0], changelog.text);
    writeFresh(staged[1]![0], frozen[DESCRIPTOR_FILE]!);
  } catch (error) {
    for (const [from] of staged) await rm(from, { force: true });
    await rm(partial, { recursive: true, force: true });
    if (error instanceof ReleaseRefusedError || error instanceof DatasetReadError) throw error;
    throw new ReleaseRefusedError(`cannot update ${dataDir}: ${(error as Error).message}`);
  }
  await withSignalsHeld(() => {
    renameSync(partial, dir);
    for (const [from, to] of staged) renameSync(from, to);
  });
  return {
    version,
    dir,
    manifest,
    changelogEntry: written,
    dropped: droppedPropertyProblems(files.descriptor, descriptor),
  };
}

/**
 * How the check of the quotes against their source texts differs from the release before, for the
 * entry, or null: a release of that alone was cut with the entry "no changes", and one that no
 * longer checked them said nothing of it (an outside audit).
 */
function quotesChange(last: ReleaseManifest | Problem, now: ReleaseManifest): string | null {
  if ("code" in last) return null;
  const [was, is] = [last.quotes_verified ?? false, now.quotes_verified ?? false];
  if (was !== is)
    return is
      ? "quotes checked against their source texts (quotes_verified false → true)"
      : "quotes not checked against their source texts, as they were before (quotes_verified true → false): cut with --corpus to check them";
  if (is && canonicalJson(last.corpus ?? null) !== canonicalJson(now.corpus ?? null))
    return "quotes checked against source texts that differ from those checked before (the manifest's corpus)";
  return null;
}
