/**
 * @tally/dataset/loader — the Node loader alone: reading a dataset or a release into located
 * tables and problems. A subset of `@tally/dataset/node` that leaves out the artifact writers, so
 * that a process that only validates never loads Arrow or DuckDB (a third of a second at start).
 */

export { startsWithBom, UTF8_BOM } from "./csv/byteOrderMark.js";
export type { ReferenceOptions } from "./load/checkReferences.js";
export { checkReferences } from "./load/checkReferences.js";
export { DatasetLoadError, DatasetReadError, ReleaseRefusedError } from "./load/errors.js";
export type { LoadOptions } from "./load/loadDataset.js";
export { loadDataset } from "./load/loadDataset.js";
export type { DatasetKind, DatasetRef, LoadedDataset, Locations, RowLocation } from "./load/loadedDataset.js";
export type { LoadProgress, LoadStep } from "./load/loadProgress.js";
export { datasetFilesOf, decodeSourceText, decodeUtf8 } from "./load/readDatasetFiles.js";
export { RowLocations } from "./load/rowLocations.js";
export { defaultDataDir } from "./release/dataDir.js";
export { listReleases, releaseFolders, strayReleaseFolders } from "./release/listReleases.js";
export type { ReleaseLoadOptions } from "./release/loadRelease.js";
export { loadRelease, loadWorkingCopy } from "./release/loadRelease.js";
export { MANIFEST_FILE } from "./release/manifest.js";
export { unreadableRelease } from "./release/unreadableRelease.js";
export { readReleaseManifest, verifyRelease } from "./release/verifyRelease.js";
