import type { DatasetProfile } from "../datasetProfile.js";
import type { Target } from "../report/benchRecord.js";

/** Issue 9's targets for the whole validator process at a million claims, per profile. */
export const WHOLE_PROCESS_TARGETS: Readonly<Record<DatasetProfile, { wall: Target; rss: Target }>> = {
  // No slower than before issue 9: the last full bench before it measured 9.76 s at 1M, 3.08×
  // the 3.17 s native DuckDB took in the same run. The time is held as that ratio, measured side
  // by side, because the machine is shared and its speed moves: on 28 Nov the pre-issue-9 build
  // (115fef0) took 14.5 to 20 s on the same data. Memory is absolute: 1121 MB then. The bench's
  // MB are MiB (GNU time's kbytes / 1024), so 1.12 GB is read as 1.12 GiB, 1147 MiB.
  standard: {
    wall: { max: 3.08, unit: "×", on: "ratio", at: "1m" },
    rss: { max: 1147, unit: "MB", on: "median", at: "1m" },
  },
  // Within 2× native DuckDB loading the four CSVs and finding the conflicting groups, measured
  // side by side in the same run, and 1.5 GB.
  dense: {
    wall: { max: 2, unit: "×", on: "ratio", at: "1m" },
    rss: { max: 1536, unit: "MB", on: "median", at: "1m" },
  },
};

/** The conflict rule over loaded tables against the conflicting-groups SQL over loaded tables. */
export const RULE_TARGET: Target = { max: 2, unit: "×", on: "ratio", at: "1m" };
