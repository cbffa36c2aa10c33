import { defineConfig } from "vitest/config";

// One run over every package's own vitest config, so `npm test` gets a single report to add up.
export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/dashboard",
      // The test runner's own glue: the closing line must add up.
      { test: { name: "scripts", include: ["scripts/**/*.test.mjs"] } },
    ],
  },
});
