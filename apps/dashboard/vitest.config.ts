import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tally/source"] },
  // Tests marked `@vitest-environment node` (DuckDB-WASM's Node build) resolve workspace sources too.
  ssr: { resolve: { conditions: ["@tally/source"] } },
  test: { environment: "happy-dom", include: ["src/**/*.test.{ts,tsx}"] },
});
