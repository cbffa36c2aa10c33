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
  const entries = await releaseEntries(dataDir);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const versions = folders.filter(isVersionFolder).sort(semver.compare);
  const problem = (name: string, message: string): Problem => ({
    code: PROBLEM_CODES.releaseFolderName,
    file: `${RELEASES_FOLDER}/${name}`,
    row: null,
    line: null,
    column: null,
    message,
  });
  const misnamed = folders
    .filter((name) => !name.startsWith(".") && !isVersionFolder(name))
    .map((name) => {
      const version = semver.clean(name);
      const named = version ? `its exact version, ${version}` : "its exact version, such as 1.0.0";
      return problem(
        name,
        `a folder not read as a release, so nothing in it is validated or verified: a release's folder is named by ${named}; rename it, or move it out of ${RELEASES_FOLDER}/`,
      );
    });
  // A link, or a file named as a release, was passed over unsaid, and a release of that version
  // then stopped with a stack trace, its staged files left behind (an outside audit).
  const notFolders = entries
    .filter(
      (e) => !e.name.startsWith(".") && (e.isSymbolicLink() || (!e.isDirectory() && semver.clean(e.name))),
    )
    .map((e) =>
      problem(
        e.name,
        `${e.isSymbolicLink() ? "a symbolic link" : "a file"}, not a release's folder, so nothing in it is validated or verified and no release can be cut under its name: a release is a folder of its own; move it out of ${RELEASES_FOLDER}/`,
      ),
    );
  // In the order of their names, by code unit, as the folders alone were.
  const byName = (p: Problem) => p.file ?? "";
  const stray = [...misnamed, ...notFolders].sort((a, b) =>
    byName(a) < byName(b) ? -1 : byName(a) > byName(b) ? 1 : 0,
  );
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
