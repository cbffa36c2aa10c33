import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import semver from "semver";
import { type ReleaseIndex, releaseIndexSchema } from "../schema/artifacts.js";

export const RELEASE_INDEX_FILE = "index.json";

export type ReleaseIndexEntry = ReleaseIndex["releases"][number];

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
