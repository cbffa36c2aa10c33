import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { summarize } from "../measure/stats.js";
import { REPO_ROOT } from "../paths.js";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";

const DASHBOARD = join(REPO_ROOT, "apps/dashboard");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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

async function startPreview(port: number): Promise<ChildProcess> {
  const vite = join(DASHBOARD, "node_modules/.bin/vite");
  const child = spawn(vite, ["preview", "--host", "127.0.0.1", "--strictPort", "--port", String(port)], {
    cwd: DASHBOARD,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("vite preview did not answer within 30 s");
}

export interface ColdResult {
  measurements: Measurement[];
  notMeasured: NotMeasured[];
  /** WASM files chromium fetched, for the bundle part. */
  wasm: string[];
}

/**
 * Part 2 on the shipped release: navigation → first chart drawn, each run in a fresh browser
 * context (empty cache), timed inside the page by a MutationObserver installed before any script.
 */
export async function coldPart(runs: number, port = 4399): Promise<ColdResult> {
  const dist = join(DASHBOARD, "dist");
  const name = "browser cold: navigation → first chart (shipped release)";
  if (!existsSync(join(dist, "index.html")))
    return {
      measurements: [],
      notMeasured: [
        {
          name,
          part: "browser-cold",
          size: "shipped",
          reason: "apps/dashboard/dist does not exist (build the dashboard first)",
        },
      ],
      wasm: [],
    };
  if (!existsSync(CHROMIUM))
    return {
      measurements: [],
      notMeasured: [{ name, part: "browser-cold", size: "shipped", reason: `${CHROMIUM} is not installed` }],
      wasm: [],
    };
  const selector = await firstChartSelector();
  const preview = await startPreview(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const times: number[] = [];
    const wasmAt: number[] = [];
    const wasm = new Set<string>();
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
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
      times.push(chart);
      if (firstWasm !== null) wasmAt.push(firstWasm);
      await context.close();
    }
    const wasmNote = wasmAt.length
      ? `first WASM file finished downloading at ${summarize(wasmAt).median.toFixed(0)} ms (median)`
      : "no WASM fetched before the chart was drawn";
    return {
      measurements: [
        measurement({
          name,
          part: "browser-cold",
          size: "shipped",
          claims: null,
          unit: "ms",
          summary: summarize(times),
          target: { max: 1500, unit: "ms", on: "median", at: "shipped" },
          note: `marker \`${selector}\`; ${wasmNote}`,
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
