import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { DatasetProfile } from "../datasetProfile.js";
import { summarize } from "../measure/stats.js";
import { REPO_ROOT } from "../paths.js";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";

import { CHROMIUM_ARGS as ARGS, CHROMIUM, DASHBOARD, startPreview } from "./preview.js";

/** The first-chart marker: the dashboard's own test id for the discrepancy chart if it has one. */
export async function firstChartSelector(): Promise<string> {
  const dirs = [join(DASHBOARD, "src/views"), join(REPO_ROOT, "packages/ui/src")];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of await readdir(dir)) {
      if (!/\.tsx$/.test(file)) continue;
      const text = await readFile(join(dir, file), "utf8");
      const id = /data-testid="([^"]*(?:discrepanc|range-chart)[^"]*)"/i.exec(text);
      if (id) return `[data-testid="${id[1]}"]`;
    }
  }
  return "svg.recharts-surface";
}

export interface ColdResult {
  measurements: Measurement[];
  notMeasured: NotMeasured[];
  /** WASM files chromium fetched, for the bundle part. */
  wasm: string[];
}

export interface ColdOptions {
  /** The release served at /data/: null for the shipped one built into dist. */
  artifacts: string | null;
  /** Size label in the report ("shipped", "1m", …) and the claim count, when synthetic. */
  size: string;
  /** The generated data the release was cut from; null for the shipped one. */
  profile: DatasetProfile | null;
  claims: number | null;
  /** Said of the release in the measurement's note (how it was built). */
  about?: string;
}

/**
 * How long a new tab is left before navigating. Chromium 156 starts its omnibox pages (some 300
 * scripts, in another renderer) when a tab opens; on the 2-core CI machine that work ran alongside
 * the dashboard's first load and added about 650 ms that a reader, whose tab is already open, never
 * waits for. Both figures are reported.
 */
const SETTLE_MS = 2000;

/**
 * Part 2: navigation → first chart drawn, each run in a fresh browser context (empty cache),
 * timed inside the page by a MutationObserver installed before any script: once in a tab left to
 * settle (the figure the target applies to) and once navigated as the tab opens.
 */
export async function coldPart(
  runs: number,
  port = 4399,
  options: ColdOptions = { artifacts: null, size: "shipped", profile: null, claims: null },
): Promise<ColdResult> {
  const dist = join(DASHBOARD, "dist");
  const { size, profile } = options;
  const name = `browser cold: navigation → first chart (${options.artifacts ? "synthetic" : "shipped"} release)`;
  if (!existsSync(join(dist, "index.html")))
    return {
      measurements: [],
      notMeasured: [
        {
          name,
          part: "browser-cold",
          profile,
          size,
          reason: "apps/dashboard/dist does not exist (build the dashboard first)",
        },
      ],
      wasm: [],
    };
  if (!existsSync(CHROMIUM))
    return {
      measurements: [],
      notMeasured: [{ name, part: "browser-cold", profile, size, reason: `${CHROMIUM} is not installed` }],
      wasm: [],
    };
  const selector = await firstChartSelector();
  const preview = await startPreview(port, options.artifacts);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const times: number[] = [];
    const newTab: number[] = [];
    const wasmAt: number[] = [];
    const wasm = new Set<string>();
    const load = async (settleMs: number): Promise<{ chart: number; firstWasm: number | null }> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript((sel: string) => {
          const w = window as unknown as { __benchChart?: number };
          new MutationObserver((_, observer) => {
            if (w.__benchChart === undefined && document.querySelector(sel)) {
              w.__benchChart = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        }, selector);
        page.on("request", (req) => {
          if (req.url().endsWith(".wasm")) wasm.add(new URL(req.url()).pathname);
        });
        if (settleMs > 0) await page.waitForTimeout(settleMs);
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForSelector(selector, { timeout: 60_000 });
        const chart = await page.evaluate(
          () => (window as unknown as { __benchChart?: number }).__benchChart ?? performance.now(),
        );
        const firstWasm = await page.evaluate(() => {
          const entries = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm"));
          return entries.length
            ? Math.min(...entries.map((e) => (e as PerformanceResourceTiming).responseEnd))
            : null;
        });
        return { chart, firstWasm };
      } finally {
        await context.close();
      }
    };
    for (let r = 0; r < runs; r++) {
      const settled = await load(SETTLE_MS);
      times.push(settled.chart);
      if (settled.firstWasm !== null) wasmAt.push(settled.firstWasm);
      newTab.push((await load(0)).chart);
    }
    const wasmNote = wasmAt.length
      ? `first WASM file finished downloading at ${summarize(wasmAt).median.toFixed(0)} ms (median)`
      : "no WASM fetched before the chart was drawn";
    return {
      measurements: [
        measurement({
          name,
          part: "browser-cold",
          profile,
          size,
          claims: options.claims,
          unit: "ms",
          summary: summarize(times),
          target: { max: 1500, unit: "ms", on: "median", at: "shipped" },
          note: `marker \`${selector}\`; fresh context (empty cache), tab open ${SETTLE_MS / 1000} s before navigating; ${wasmNote}${options.about ? `; ${options.about}` : ""}`,
        }),
        measurement({
          name: `${name}, navigated as the tab opens`,
          part: "browser-cold",
          profile,
          size,
          claims: options.claims,
          unit: "ms",
          summary: summarize(newTab),
          note: `the same load with no pause after opening the tab: it also pays for the browser's own start-up of the tab (Chromium 156 loads its omnibox pages then), which a reader navigating an open tab does not wait for`,
        }),
      ],
      notMeasured: [],
      wasm: [...wasm],
    };
  } finally {
    await browser.close();
    preview.kill();
  }
}
