import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import semver from "semver";
import { type ReleaseIndex, releaseIndexSchema } from "../schema/artifacts.js";

export const RELEASE_INDEX_FILE = "index.json";

export type ReleaseIndexEntry = ReleaseIndex["releases"][number];

async function sha256Of(path: string): Promise<string> {
  // Streamed: findings.json is hundreds of MB on a large release.
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Hex SHA-256 of every file in a built release folder, by file name, sorted: those the dashboard
 * loads (summary.json, findings.json, each .arrows), which it checks, and the CSV and Parquet copies
 * offered to R, Python and SQL users, which an outside review found nothing published a hash for
 * (the vocabularies and assessments written for a release that had no file of them are in no
 * descriptor). Only the files named in `written`, the build's own: a file left in the folder by
 * anything else is not published as part of the release. Call it once everything is written.
 */
export async function hashReleaseFiles(
  releaseDir: string,
  written: readonly string[],
): Promise<Record<string, string>> {
  const files = [...new Set(written)].sort();
  const out: Record<string, string> = {};
  for (const file of files) out[file] = await sha256Of(join(releaseDir, file));
  return out;
}

/** The index of releases, oldest first, with `latest` the highest version (null when none). */
export function releaseIndexOf(
  entries: readonly ReleaseIndexEntry[],
  about: { name: string; title?: string | undefined },
): ReleaseIndex {
  const releases = [...entries].sort((a, b) => semver.compare(a.version, b.version));
  for (let i = 1; i < releases.length; i++)
    if (releases[i]!.version === releases[i - 1]!.version)
      throw new Error(`release ${releases[i]!.version} is listed twice in ${RELEASE_INDEX_FILE}`);
  return releaseIndexSchema.parse({
    name: about.name,
    title: about.title,
    latest: releases.at(-1)?.version ?? null,
    releases,
  });
}

/** Writes `index.json` into `outRoot` (the dashboard's data base) and returns what it wrote. */
export async function writeReleaseIndex(
  outRoot: string,
  entries: readonly ReleaseIndexEntry[],
  about: { name: string; title?: string | undefined },
): Promise<ReleaseIndex> {
  const index = releaseIndexOf(entries, about);
  await mkdir(outRoot, { recursive: true });
  await writeFile(join(outRoot, RELEASE_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}
