// Turns `pnpm mutate [folder or file …] [stryker options]` into Stryker's arguments.

/** Never mutated: tests and their fixtures; entry points that only hand process.argv to runCli,
 * which the tests run in child processes that Stryker's active mutant never reaches; re-export
 * barrels; `layoutScan.ts` and `codeChunk.ts`, whose own source text the file-checking thread and
 * the row threads run (fileChecks.ts, rowThreads.ts): instrumented, they call Stryker's helpers
 * where they do not exist, and every test that starts a thread fails the dry run (docs/mutation.md
 * says how `layoutScan.ts` was measured once). */
export const NEVER_MUTATED = [
  "!**/*.test.ts",
  "!**/__fixtures__/**",
  "!**/__snapshots__/**",
  "!packages/validation/src/cli.ts",
  "!packages/dataset/src/cli.ts",
  "!packages/dataset/src/propose/measureCli.ts",
  "!packages/*/src/index.ts",
  "!packages/*/src/node.ts",
  "!packages/dataset/src/loader.ts",
  "!packages/dataset/src/csv/layoutScan.ts",
  "!packages/dataset/src/csv/codeChunk.ts",
];

export const DEFAULT_MUTATE = [
  "packages/validation/src/**/*.ts",
  "packages/dataset/src/**/*.ts",
  ...NEVER_MUTATED,
];

/**
 * Arguments that name an existing folder or file (relative to the repository root) choose what to
 * mutate instead of both packages: a folder stands for every .ts file under it. `--mutate <globs>`
 * is passed on as given, with the same exclusions added. Every other argument goes to
 * `stryker run` untouched, so `--concurrency 2` or `--force` work as Stryker documents.
 * @param {string[]} args
 * @param {(path: string) => "dir" | "file" | undefined} kindOf
 * @returns {string[]}
 */
export function mutateArgs(args, kindOf) {
  /** @type {string[]} */
  const targets = [];
  /** @type {string[]} */
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") continue;
    if (arg === "--mutate" || arg === "-m") {
      const value = args[++i];
      if (value === undefined || value.startsWith("-"))
        throw new Error(`${arg} needs a value (globs, comma-separated)`);
      targets.push(...value.split(","));
    } else if (arg.startsWith("--mutate=")) {
      targets.push(...arg.slice("--mutate=".length).split(","));
    } else {
      const path = arg.replace(/\/+$/, "");
      const kind = arg.startsWith("-") ? undefined : kindOf(path);
      if (kind === "dir") targets.push(`${path}/**/*.ts`);
      else if (kind === "file") targets.push(path);
      else rest.push(arg);
    }
  }
  if (targets.length === 0) return rest;
  return ["--mutate", [...targets, ...NEVER_MUTATED].join(","), ...rest];
}
