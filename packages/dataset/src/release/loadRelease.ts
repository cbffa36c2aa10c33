import { join } from "node:path";
import { DatasetLoadError, DatasetReadError } from "../load/errors.js";
import { loadDataset } from "../load/loadDataset.js";
import type { LoadedDataset } from "../load/loadedDataset.js";
import type { LoadProgress } from "../load/loadProgress.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { defaultDataDir, releasesDir } from "./dataDir.js";
import { listReleases } from "./listReleases.js";
import { readReleaseManifest, verifyRelease } from "./verifyRelease.js";

export interface ReleaseLoadOptions {
  dataDir?: string;
  strict?: boolean;
  /** As `LoadOptions.onProgress`. */
  onProgress?: LoadProgress;
}

/**
 * Loads a frozen release. Its problems include any file that no longer matches the manifest and a
 * descriptor whose version is not the release's.
 */
export async function loadRelease(version: string, options: ReleaseLoadOptions = {}): Promise<LoadedDataset> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const known = await listReleases(dataDir);
  if (!known.includes(version))
    throw new DatasetReadError(
      `release ${version} does not exist in ${releasesDir(dataDir)} (releases: ${known.join(", ") || "none"})`,
      join(releasesDir(dataDir), version),
    );
  const loaded = await loadDataset(join(releasesDir(dataDir), version), {
    kind: "release",
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    extraProblems: async (dir, _files, descriptor) => {
      const problems = await verifyRelease(dir);
      if (descriptor !== null && descriptor.version !== version)
        problems.push({
          code: PROBLEM_CODES.releaseVersion,
          file: "datapackage.json",
          row: null,
          line: null,
          column: "version",
          message: `version is ${descriptor.version} but the release folder is ${version}`,
        });
      return problems;
    },
  });
  loaded.ref.version = version;
  const manifest = await readReleaseManifest(join(releasesDir(dataDir), version));
  if (!("code" in manifest) && manifest.corpus !== undefined) loaded.verifiedCorpus = manifest.corpus;
  if (options.strict && loaded.problems.length > 0)
    throw new DatasetLoadError(`${loaded.ref.name}@${version} (${loaded.ref.path})`, loaded.problems);
  return loaded;
}

/** Loads the working copy: `<dataDir>` itself, where the CSVs are edited between releases. */
export function loadWorkingCopy(options: ReleaseLoadOptions = {}): Promise<LoadedDataset> {
  return loadDataset(options.dataDir ?? defaultDataDir(), {
    kind: "working",
    strict: options.strict ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
