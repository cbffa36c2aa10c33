/**
 * @tally/dataset/node — the parts that touch the file system: the CSV loader with located
 * problems, the datapackage descriptor and its hashes, releases (list, load, cut, verify), and the
 * release artifacts (Arrow IPC, Parquet, summary). The loader is also `@tally/dataset/loader`.
 */

export { writeParquetOfArrow } from "./artifacts/arrowParquet.js";
export { arrowFileOf, arrowTableOf, writeArrowTables } from "./artifacts/arrowTables.js";
export {
  emptyParquetSql,
  parquetCopySql,
  parquetFileOf,
  writeParquetTables,
} from "./artifacts/parquetTables.js";
export type { ReleaseArtifacts } from "./artifacts/releaseArtifacts.js";
export { buildReleaseArtifacts, DESCRIPTOR_FILE } from "./artifacts/releaseArtifacts.js";
export type { ReleaseIndexEntry } from "./artifacts/releaseIndex.js";
export {
  hashReleaseFiles,
  RELEASE_INDEX_FILE,
  releaseIndexOf,
  writeReleaseIndex,
} from "./artifacts/releaseIndex.js";
export type { Focus, ReleaseSource, SummaryOptions } from "./artifacts/summary.js";
export { releaseSummaryOf, SUMMARY_FILE, tableCountsOf, writeSummary } from "./artifacts/summary.js";
export { bomNote, filesWithBom } from "./csv/byteOrderMark.js";
export type { CsvRow, CsvTable } from "./csv/readCsv.js";
export { readCsv } from "./csv/readCsv.js";
export { buildDescriptor, describedTables } from "./datapackage/buildDescriptor.js";
export { REFRESH_COMMAND } from "./datapackage/descriptorProblems.js";
export { formatJson } from "./datapackage/formatJson.js";
export { checkDescriptor, refreshDescriptor } from "./datapackage/refreshDescriptor.js";
export type {
  DatasetKind,
  DatasetRef,
  LoadedDataset,
  LoadOptions,
  LoadProgress,
  LoadStep,
  Locations,
  ReferenceOptions,
  ReleaseLoadOptions,
  RowLocation,
} from "./loader.js";
export {
  checkReferences,
  DatasetLoadError,
  DatasetReadError,
  defaultDataDir,
  listReleases,
  loadDataset,
  loadRelease,
  loadWorkingCopy,
  MANIFEST_FILE,
  ReleaseRefusedError,
  RowLocations,
  readReleaseManifest,
  strayReleaseFolders,
  unreadableRelease,
  verifyRelease,
} from "./loader.js";
export { CHANGELOG_FILE, changelogSection } from "./release/changelog.js";
export type { CutReleaseOptions, CutReleaseResult } from "./release/cutRelease.js";
export { cutRelease } from "./release/cutRelease.js";
export type { BumpLevel, RequiredBump } from "./release/versionBump.js";
export { requiredBump } from "./release/versionBump.js";
