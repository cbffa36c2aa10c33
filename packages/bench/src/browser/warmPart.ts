import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import type { DatasetProfile } from "../datasetProfile.js";
import { summarize } from "../measure/stats.js";
import type { Measurement, NotMeasured } from "../report/benchRecord.js";
import { measurement } from "../report/measurement.js";
import { CHROMIUM, CHROMIUM_ARGS, DASHBOARD, startPreview } from "./preview.js";

export interface WarmOptions {
  /** The release served at /data/. */
  artifacts: string;
  size: string;
  /** The generated data the release was cut from. */
  profile: DatasetProfile;
  claims: number;
  runs: number;
  port?: number;
  /** How the release was built, for the notes. */
  about?: string;
}

export interface WarmResult {
  measurements: Measurement[];
  notMeasured: NotMeasured[];
  /** The DuckDB-WASM bundle the dashboard chose ("mvp" or "eh"). */
  bundle: string | null;
}

interface Change {
  /** Wall time from the change to the new rows on screen. */
  ms: number;
  /** From the first query's start to the last one's end (they overlap in the worker's queue). */
  engineMs: number;
  queries: number;
}

const ENGINE_TIMEOUT = 600_000;

/**
 * Changes a `<select>` inside the page and waits for `done` to match, timing both in the page so
 * no round trip to the driver is counted. The app's own query timings (window.__tally) give the
 * part spent in DuckDB-WASM.
 */
async function timeChange(page: Page, select: string, value: string, done: string): Promise<Change> {
  return page.evaluate(
    async ({ select, value, done }) => {
      const hooks = (window as unknown as { __tally: { queries: readonly { at: number; ms: number }[] } })
        .__tally;
      const el = document.querySelector(select) as HTMLSelectElement;
      const t0 = performance.now();
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
      const ms = await new Promise<number>((resolve, reject) => {
        const limit = setTimeout(() => reject(new Error(`${done} did not appear within 120 s`)), 120_000);
        const check = () => {
          if (document.querySelector(done)) {
            clearTimeout(limit);
            resolve(performance.now() - t0);
          } else requestAnimationFrame(check);
        };
        check();
      });
      const during = hooks.queries.filter((q) => q.at >= t0);
      const start = Math.min(...during.map((q) => q.at - q.ms));
      const end = Math.max(...during.map((q) => q.at));
      return { ms, engineMs: during.length ? end - start : 0, queries: during.length };
    },
    { select, value, done },
  );
}

const cssString = (s: string) => JSON.stringify(s);

/**
 * Part 3: with DuckDB-WASM warm (the release's tables loaded), the latency of the discrepancy
 * query (pick another event and metric until its bars are drawn) and of a filter change in the
 * claims explorer (pick another outlet until the rows and their count are on screen). One page,
 * one warm-up change each, then `runs` timed changes.
 */
export async function warmPart(options: WarmOptions): Promise<WarmResult> {
  const { size, profile, claims, runs } = options;
  const port = options.port ?? 4398;
  const names = {
    ready: "browser warm: engine ready (DuckDB-WASM started, release tables loaded)",
    disc: "browser warm: discrepancy query (DuckDB-WASM)",
    filter: "browser warm: filter change (DuckDB-WASM)",
  };
  const skip = (reason: string): WarmResult => ({
    measurements: [],
    notMeasured: Object.values(names).map((name) => ({ name, part: "browser-warm", profile, size, reason })),
    bundle: null,
  });
  if (!existsSync(join(DASHBOARD, "dist/index.html")))
    return skip("apps/dashboard/dist does not exist (build the dashboard first)");
  if (!existsSync(CHROMIUM)) return skip(`${CHROMIUM} is not installed`);

  const preview = await startPreview(port, options.artifacts);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(ENGINE_TIMEOUT);
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.addInitScript("globalThis.__name ??= (f) => f;");
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('[data-testid="discrepancy-chart"]');
    const { readyAt, bundle } = await page.evaluate(async () => {
      const t = (
        window as unknown as {
          __tally: { ready: Promise<void>; marks: Record<string, number>; bundle: string };
        }
      ).__tally;
      await t.ready;
      return { readyAt: t.marks["tally:engine-ready"] ?? performance.now(), bundle: t.bundle };
    });
    const about = `${options.about ? `${options.about}; ` : ""}DuckDB-WASM ${bundle} bundle`;

    // Discrepancies: the picker lists the most severe groups; walk them, skipping the one on screen.
    // Once the engine has ranked the groups: before that the picker lists only the one on screen.
    // The engine is ready by now; ranking takes seconds even at 1M, so a minute is a broken page.
    await page.waitForSelector('select[name="group"][data-complete="true"]', { timeout: 60_000 });
    const current = await page.locator('select[name="group"]').inputValue();
    const groups = (
      await page
        .locator('select[name="group"] option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    ).filter((v) => v !== current);
    const disc: Change[] = [];
    for (const value of groups.slice(0, runs + 1)) {
      const [event, metric] = value.split("\u0000");
      disc.push(
        await timeChange(
          page,
          'select[name="group"]',
          value,
          `[data-testid="discrepancy-chart"][data-event=${cssString(event!)}][data-metric=${cssString(metric!)}]`,
        ),
      );
    }

    // Claims explorer: change the outlet filter.
    await page.getByRole("link", { name: "Claims", exact: true }).click();
    await page.waitForSelector('[data-testid="claims-result"][data-complete="true"]');
    await page.waitForFunction(() => document.querySelectorAll('select[name="outlet"] option').length > 2);
    const outlets = (
      await page
        .locator('select[name="outlet"] option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    ).filter((v) => v !== "");
    const filter: Change[] = [];
    for (const outlet of outlets.slice(0, runs + 1)) {
      const filters = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="claims-result"]');
        return JSON.parse(el?.getAttribute("data-filters") ?? "{}") as Record<string, unknown>;
      });
      const expected = JSON.stringify({ ...filters, outlet });
      filter.push(
        await timeChange(
          page,
          'select[name="outlet"]',
          outlet,
          `[data-testid="claims-result"][data-complete="true"][data-filters=${cssString(expected)}]`,
        ),
      );
    }

    const timed = (changes: Change[]) => changes.slice(1);
    const engineNote = (changes: Change[]) => {
      const t = timed(changes);
      return `DuckDB-WASM busy ${summarize(t.map((c) => c.engineMs)).median.toFixed(0)} ms of it (median; ${t[0]?.queries ?? 0} bound-parameter queries per change, first start to last end)`;
    };
    const target = { max: 250, unit: "ms", on: "median" as const, at: size };
    const measurements: Measurement[] = [
      measurement({
        name: names.ready,
        part: "browser-warm",
        profile,
        size,
        claims,
        unit: "ms",
        summary: summarize([readyAt]),
        note: `navigation → tables loaded, in the page that the warm runs use; ${about}`,
      }),
    ];
    const notMeasured: NotMeasured[] = [];
    for (const [name, changes, what] of [
      [names.disc, disc, "another event and metric picked → its bars drawn"],
      [names.filter, filter, "another outlet picked in the claims explorer → rows and count shown"],
    ] as const) {
      if (timed(changes).length === 0) {
        notMeasured.push({
          name,
          part: "browser-warm",
          profile,
          size,
          reason: "the release offered nothing to change to",
        });
        continue;
      }
      measurements.push(
        measurement({
          name,
          part: "browser-warm",
          profile,
          size,
          claims,
          unit: "ms",
          summary: summarize(timed(changes).map((c) => c.ms)),
          target,
          note: `${what}; ${engineNote(changes)}; one warm-up change not counted; ${about}`,
        }),
      );
    }
    return { measurements, notMeasured, bundle };
  } finally {
    await browser.close();
    preview.kill();
  }
}
