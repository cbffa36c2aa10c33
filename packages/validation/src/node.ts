/**
 * @tally/validation/node — the parts that touch the file system: reading a corpus of source texts,
 * the `pnpm validate` CLI (with the refusal of a repeated option that `pnpm bench` and the release
 * scripts share), and the release findings writer used by the release build.
 */

export type { CliOptions } from "./cli/cliOptions.js";
export { parseCliOptions, USAGE, UsageError } from "./cli/cliOptions.js";
export { loadTargets, repoDataDir } from "./cli/loadTargets.js";
export { repeatedOption } from "./cli/repeatedOption.js";
export type { CliIo } from "./cli/runCli.js";
export { CLOSED_PIPE_EXIT, runCli } from "./cli/runCli.js";
export type { CorpusFiles } from "./corpus.js";
export { corpusFiles, readCorpus, readCorpusDigests, textRefsOf } from "./corpus.js";
export type { ReleaseBuildOptions } from "./releaseBuild.js";
export { buildReleases } from "./releaseBuild.js";
export type { ReleaseFindingsOptions } from "./releaseFindings.js";
export { focusGroup, RELEASE_FINDINGS_FILE, writeReleaseFindings } from "./releaseFindings.js";
export type { VerdictFiles } from "./verdictTables.js";
export {
  READING_CLAIMS_FILE,
  READINGS_FILE,
  readingClaimsTableOf,
  readingsTableOf,
  VERDICTS_FILE,
  verdictsTableOf,
  writeVerdictTables,
} from "./verdictTables.js";
