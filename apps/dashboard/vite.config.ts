import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { tallyData } from "./dataPlugin.js";
import { tallyPrefetch } from "./prefetchPlugin.js";
import { tallyWasm } from "./wasmPlugin.js";

const here = import.meta.dirname;
const mounts: Record<string, string> = {
  "/data/": process.env.TALLY_ARTIFACTS_DIR ?? resolve(here, "../../artifacts/data"),
};
// Synthetic fixture releases for the browser tests; served only when asked for, never built in.
if (process.env.TALLY_E2E_FIXTURES === "1") mounts["/e2e-data/"] = resolve(here, "e2e/fixtures/data");

export default defineConfig({
  plugins: [react(), tallyData(mounts), tallyPrefetch(), tallyWasm()],
  resolve: { conditions: ["@tally/source", ...defaultClientConditions] },
  optimizeDeps: { exclude: ["@duckdb/duckdb-wasm"] },
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: true },
});
