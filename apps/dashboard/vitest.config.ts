import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@tally/source"] },
  // Tests marked `@vitest-environment node` (DuckDB-WASM's Node build) resolve workspace sources too.
  ssr: { resolve: { conditions: ["@tally/source"] } },
  // The build plugins' tests too, beside them at the app's root.
  test: { environment: "happy-dom", include: ["src/**/*.test.{ts,tsx}", "*.test.ts"] },
});
