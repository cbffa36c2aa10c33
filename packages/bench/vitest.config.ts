import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tally/source"] },
  ssr: { resolve: { conditions: ["@tally/source"] } },
  test: { include: ["src/**/*.test.ts"], environment: "node", testTimeout: 300_000, hookTimeout: 300_000 },
});
