// @ts-check
// `pnpm mutate`: mutation testing of the rules, the loader and the rest of @tally/validation and
// @tally/dataset. Not part of `npm test` or CI: a full run takes hours on 2 cores (docs/mutation.md).
import { DEFAULT_MUTATE } from "./scripts/lib/mutateArgs.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Named: under pnpm, Stryker's own search (beside @stryker-mutator/core in the store) misses it.
  plugins: ["@stryker-mutator/vitest-runner"],
  // Only the two packages' own suites: the root config also names the dashboard and scripts,
  // which are not copied into the sandbox.
  vitest: { configFile: "vitest.mutate.config.ts", related: true },
  mutate: DEFAULT_MUTATE,
  // The sandbox is a copy of the repository; copy only what the two suites read (their packages,
  // data/ for the shipped-data tests, the root configs), not the dashboard or 3 GB of bench-data.
  ignorePatterns: [
    "/*",
    "!/packages",
    "/packages/*",
    "!/packages/validation",
    "!/packages/dataset",
    "!/data",
    "!/package.json",
    "!/pnpm-workspace.yaml",
    "!/tsconfig.base.json",
    "!/vitest.mutate.config.ts",
    "dist",
  ],
  // Two cores shared with other work: one test runner; raise it with --concurrency on a free machine.
  concurrency: 1,
  // A busy machine stretches test times: a slow run is not a mutant that loops.
  timeoutMS: 20000,
  // The first full run of the related tests, with per-test coverage, took over 5 minutes under load.
  dryRunTimeoutMinutes: 20,
  // Suites that validate the shipped data in beforeAll (shippedData, verdictTables) run nearly every
  // rule outside a test, which made 702 of the rules' 1,185 mutants "static": each would reload and
  // rerun every test (estimated 30 hours at concurrency 1). Ignoring static mutants still tests
  // those covered by a test too, with those tests only; ignored are those run only as a module
  // loads (a rule's id and title, module-level constants): `ignoreStatic: false` here tests them too
  // (Stryker's --ignoreStatic flag takes no value, so it cannot turn this off).
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
