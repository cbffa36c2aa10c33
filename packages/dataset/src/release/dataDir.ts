import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The repository's `data/` folder: `TALLY_DATA_DIR` when set, else the nearest `data/` holding a
 * datapackage.json at or above the working directory (scripts run from the root, tests from the
 * package), else `./data`.
 */
export function defaultDataDir(): string {
  const fromEnv = process.env.TALLY_DATA_DIR;
  if (fromEnv) return resolve(fromEnv);
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "data", "datapackage.json"))) return join(dir, "data");
    if (dirname(dir) === dir) return resolve("data");
  }
}

/** The folder of a dataset's releases, one folder per version. */
export const RELEASES_FOLDER = "releases";

export function releasesDir(dataDir: string): string {
  return join(dataDir, RELEASES_FOLDER);
}
