#!/usr/bin/env node
// `pnpm mutate [folder …]`: Stryker over @tally/validation and @tally/dataset, or only the folders
// named (for example `pnpm mutate packages/validation/src/rules`). See docs/mutation.md.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { mutateArgs } from "./lib/mutateArgs.mjs";
import { ROOT } from "./lib/proc.mjs";

// pnpm runs scripts from the root and names the user's folder in INIT_CWD: a folder the user typed
// is relative to where they typed it, Stryker's globs to the root.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const atRoot = (path) => relative(ROOT, resolve(userCwd, path));

/** @param {string} path relative to the root */
function kindOf(path) {
  const stat = statSync(resolve(ROOT, path), { throwIfNoEntry: false });
  return stat?.isDirectory() ? "dir" : stat?.isFile() ? "file" : undefined;
}

const raw = process.argv
  .slice(2)
  .map((arg) => (!arg.startsWith("-") && kindOf(atRoot(arg)) ? atRoot(arg) : arg));
let args;
try {
  args = mutateArgs(raw, kindOf);
} catch (error) {
  console.error(
    `pnpm mutate: ${error.message}\nusage: pnpm mutate [folder|file …] [--mutate <globs>] [stryker options]`,
  );
  process.exit(2);
}
const stryker = resolve(ROOT, "node_modules/@stryker-mutator/core/bin/stryker.js");
const result = spawnSync(process.execPath, [stryker, "run", "stryker.config.mjs", ...args], {
  cwd: ROOT,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
