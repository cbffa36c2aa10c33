import { defineConfig } from "vitest/config";

// What `pnpm mutate` runs against each mutant: the suites of the two packages it mutates.
export default defineConfig({
  test: { projects: ["packages/validation", "packages/dataset"] },
});
