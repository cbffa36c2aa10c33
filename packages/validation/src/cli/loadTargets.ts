import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "@tally/dataset";
import type { LoadedDataset, LoadProgress } from "@tally/dataset/loader";
import {
  DatasetReadError,
  loadRelease,
  loadWorkingCopy,
  releaseFolders,
  unreadableRelease,
} from "@tally/dataset/loader";

/** The repository's data/: the nearest workspace root at or above `cwd`, else the one holding this file. */
export function repoDataDir(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(join(dir, "data")))
      return join(dir, "data");
    if (dirname(dir) === dir) break;
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../../..", "data");
}

/** A path relative to where the command ran, so annotations and diffs stay portable. */
export function relativeTo(cwd: string, path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.split("\\").join("/");
}

/**
 * What one run validates: `--release` one release (of `--data` or data/), otherwise the working
 * copy and every release in its releases/, of `--data` or data/, a release that cannot be loaded
 * as its problems (`unreadableRelease`). `--data data` once left the
 * releases out, so a CI job that named its folder never checked them (an outside review).
 */
export async function loadTargets(
  options: { data: string | null; release: string | null },
  cwd: string,
  progress?: (target: string) => LoadProgress,
): Promise<LoadedDataset[]> {
  const dataDir = options.data === null ? repoDataDir(cwd) : resolve(cwd, options.data);
  // A progress line names each target before it is loaded, when only its folder (as the report
  // prints a working copy's) or its release version is known.
  const told = (target: string) => (progress ? { onProgress: progress(target) } : {});
  const folder = options.data !== null && isAbsolute(options.data) ? dataDir : relativeTo(cwd, dataDir);
  const release = (version: string) => loadRelease(version, { dataDir, ...told(`release ${version}`) });
  let loaded: LoadedDataset[];
  let stray: Problem[] = [];
  if (options.release !== null) loaded = [await release(options.release)];
  else {
    loaded = [await loadWorkingCopy({ dataDir, ...told(folder) })];
    const folders = await releaseFolders(dataDir);
    stray = folders.stray;
    // One release that cannot be read is reported as such, and the others are still validated; a
    // release asked for by name (`--release`) that cannot be read stops the run (exit 2).
    for (const version of folders.versions)
      loaded.push(
        await release(version).catch((error: unknown) => {
          if (error instanceof DatasetReadError) return unreadableRelease(dataDir, version, error);
          throw error;
        }),
      );
  }
  // A path the user gave as absolute is printed as given; data/ found by default, or a relative
  // --data, relative to where the command ran.
  if (options.data === null || !isAbsolute(options.data))
    for (const d of loaded) d.ref.path = relativeTo(cwd, d.ref.path);
  // The working copy's, under its folder as printed: a release folder that is not read as one.
  const working = loaded[0]!;
  for (const p of stray) working.problems.push({ ...p, file: `${working.ref.path}/${p.file}` });
  return loaded;
}
