import { readdir } from "node:fs/promises";
import semver from "semver";
import { defaultDataDir, releasesDir } from "./dataDir.js";

/** The released versions in `<dataDir>/releases/`, oldest first by semver. */
export async function listReleases(dataDir: string = defaultDataDir()): Promise<string[]> {
  const entries = await readdir(releasesDir(dataDir), { withFileTypes: true }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((e) => e.isDirectory() && semver.valid(e.name) === e.name)
    .map((e) => e.name)
    .sort(semver.compare);
}
