import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import semver from "semver";
import { DatasetReadError } from "../load/errors.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { defaultDataDir, RELEASES_FOLDER, releasesDir } from "./dataDir.js";

/** The released versions in `<dataDir>/releases/`, oldest first by semver. */
export async function listReleases(dataDir: string = defaultDataDir()): Promise<string[]> {
  return (await releaseFolders(dataDir)).versions;
}

/**
 * The folders in `<dataDir>/releases/` that are not read as releases, as problems of the working
 * copy: a release copied in as `v1.2.0` was skipped without a word by validate, verify and list,
 * tampered bytes and all (an outside audit). Hidden folders are left alone.
 */
export async function strayReleaseFolders(dataDir: string = defaultDataDir()): Promise<Problem[]> {
  return (await releaseFolders(dataDir)).stray;
}

/** Both of the above from one reading of the folder, for a caller that needs both. */
export async function releaseFolders(
  dataDir: string = defaultDataDir(),
): Promise<{ versions: string[]; stray: Problem[] }> {
  const folders = (await releaseEntries(dataDir)).filter((e) => e.isDirectory()).map((e) => e.name);
  const versions = folders.filter(isVersionFolder).sort(semver.compare);
  const stray = folders
    .filter((name) => !name.startsWith(".") && !isVersionFolder(name))
    .sort()
    .map((name): Problem => {
      const version = semver.clean(name);
      const named = version ? `its exact version, ${version}` : "its exact version, such as 1.0.0";
      return {
        code: PROBLEM_CODES.releaseFolderName,
        file: `${RELEASES_FOLDER}/${name}`,
        row: null,
        line: null,
        column: null,
        message: `a folder not read as a release, so nothing in it is validated or verified: a release's folder is named by ${named}; rename it, or move it out of ${RELEASES_FOLDER}/`,
      };
    });
  return { versions, stray };
}

function isVersionFolder(name: string): boolean {
  return semver.valid(name) === name;
}

async function releaseEntries(dataDir: string): Promise<Dirent[]> {
  const dir = releasesDir(dataDir);
  return readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    // One line, exit 2, rather than a stack trace from scandir (an outside audit).
    if (error.code === "ENOTDIR")
      throw new DatasetReadError(
        `${dir} is not a folder: ${RELEASES_FOLDER}/ holds one folder per release`,
        dir,
      );
    throw new DatasetReadError(`${dir} cannot be read (${error.code ?? error.message})`, dir);
  });
}
