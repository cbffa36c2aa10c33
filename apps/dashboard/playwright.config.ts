import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./e2e/chromium.js";

const PORT = Number(process.env.TALLY_E2E_PORT ?? 4173);
// A build folder other than dist (`vite build --outDir <dir>`), so that people working in one
// tree can each build and test the app at once without overwriting each other's build.
const OUT_DIR = process.env.TALLY_E2E_OUTDIR;

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.TALLY_E2E_RESULTS ?? "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  // DuckDB-WASM is ready ~2 s after navigation on an idle machine, but 11–14 s were measured with
  // the load average at 11 on this 2-core machine: a view that waits for the engine needs more
  // than the default 5 s. Anything that never appears still fails.
  expect: { timeout: 20_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e.json" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Without a bound, a click that never lands or an event that never comes waits out the whole
    // test and reports only "Test timeout exceeded"; bounded, it fails with its own call log.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    screenshot: "only-on-failure",
    acceptDownloads: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  // The BUILT app (run `vite build` first), with the synthetic fixtures mounted at /e2e-data/.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${PORT}${OUT_DIR ? ` --outDir ${OUT_DIR}` : ""}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    env: { TALLY_E2E_FIXTURES: "1" },
    timeout: 60_000,
  },
});
