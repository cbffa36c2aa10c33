import { configDefaults, defineConfig } from "vitest/config";

// What `pnpm mutate` runs against each mutant: the suites of the two packages it mutates, less the
// tests whose code under test runs in a child process or worker thread (the CLI, the report
// writer's thread), where Stryker's active mutant never reaches: they cannot kill a mutant, and
// the writer's Atomics.wait could stall the one process Stryker runs the tests in.
const CHILD_PROCESS_TESTS = ["src/cli/cli.test.ts", "src/cli/threadWriter.test.ts"];
// The hostile-input fuzz loads 150 mutated datasets from disk and covers nearly every rule, so it
// ran against almost every mutant: about 10 mutants a minute at load 13, two hours for the rules.
// It pins "never crashes"; the rules' own tests pin what they find. Put it back for a full run.
const SLOW_FUZZ = ["src/hostileInput.test.ts"];
// Instrumented code on a shared machine is slower: the hostile-input property test took over the
// default 5 s. Stryker's own timeout (timeoutMS in stryker.config.mjs) still catches a mutant
// that loops.
const testTimeout = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        extends: "./packages/validation/vitest.config.ts",
        test: {
          name: "@tally/validation",
          root: "./packages/validation",
          exclude: [...configDefaults.exclude, ...CHILD_PROCESS_TESTS, ...SLOW_FUZZ],
          testTimeout,
        },
      },
      {
        extends: "./packages/dataset/vitest.config.ts",
        test: { name: "@tally/dataset", root: "./packages/dataset", testTimeout },
      },
    ],
  },
});
