import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { downloadedFile, hasRealData, SHIPPED_LATEST, SHIPPED_RELEASES } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// Export file names that told charts apart by nothing a reader could see: on release 1.0.0 (no
// short titles) a Discrepancies chart's name was cut inside the event's long title, so every
// metric of the 9 Oct 2023 event was "china-forcibly-repatriates-detained-north-koreans-through-
// <tag>"; and a Trends chart on the log scale had its linear self's name.

const SAVED = resolve(RESULTS, "export-names");
const DATASET = "tally-nk-detentions-repatriations";
/** How every export of the shipped latest release ends. */
const SUFFIX = `-${DATASET}-${SHIPPED_LATEST}`;

interface Downloaded {
  name: string;
  bytes: Buffer;
}

async function download(page: Page, button: Locator): Promise<Downloaded> {
  const file = await downloadedFile(page, button);
  mkdirSync(SAVED, { recursive: true });
  writeFileSync(resolve(SAVED, file.name), file.bytes);
  return file;
}

/** Every export of one chart: their names, which must share one stem, and the files. */
async function exportAll(page: Page, frame: Locator) {
  const svg = await download(page, frame.getByRole("button", { name: "SVG" }));
  const png = await download(page, frame.getByRole("button", { name: "PNG (2×)" }));
  const csv = await download(page, frame.getByRole("button", { name: "CSV", exact: true }));
  const zip = await download(page, frame.getByRole("button", { name: "Data + metadata (ZIP)" }));
  const stem = svg.name.replace(/\.svg$/, "");
  expect([png.name, csv.name, zip.name]).toEqual([`${stem}@2x.png`, `${stem}.csv`, `${stem}.zip`]);
  expect(`${stem}.metadata.json`.length).toBeLessThanOrEqual(120);
  return { stem, svg, png, csv, zip };
}

test.describe("export names", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped releases (pnpm build:data)");

  test("Discrepancies on 1.0.0: two metrics of one long-titled event export under names that end with each metric", async ({
    page,
  }) => {
    test.skip(!SHIPPED_RELEASES.includes("1.0.0"), "the shipped data has no release 1.0.0");
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const stems: string[] = [];
    for (const metric of ["repatriated_persons", "pretrial_classification_days"]) {
      await page.goto(`/?v=1.0.0&event=repatriation-2023-10-09&metric=${metric}`);
      await viewReady(page, "discrepancies");
      const chart = page.getByTestId("discrepancy-chart");
      await expect(chart).toHaveAttribute("data-metric", metric);
      const frame = chart.locator("figure.tally-chart");
      // 1.0.0 has no short titles: the chart is titled by the event's whole title.
      await expect(frame.locator("h2")).toContainText("China forcibly repatriates detained North Koreans");
      const { stem, svg, csv, zip } = await exportAll(page, frame);
      expect(stem).toMatch(
        new RegExp(
          `^china-forcibly-repatriates-[a-z0-9-]*-${metric.replaceAll("_", "-")}-${DATASET}-1\\.0\\.0$`,
        ),
      );
      stems.push(stem);
      // The files are those of the chart on screen, release and metric: only their names changed.
      expect(svg.bytes.toString("utf8")).toContain("China forcibly repatriates");
      expect(svg.bytes.toString("utf8")).toContain("@1.0.0");
      const lines = csv.bytes.toString("utf8").split(/\r?\n/).filter(Boolean);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(line).toContain(`${DATASET}@1.0.0`);
      expect(Object.keys(unzipSync(new Uint8Array(zip.bytes))).sort()).toEqual(
        [`${stem}.csv`, `${stem}.metadata.json`, `${stem}.README.md`].sort(),
      );
    }
    // Before: both "china-forcibly-repatriates-detained-north-koreans-through-<tag>-…", no metric.
    expect(stems[0]).not.toBe(stems[1]);
  });

  // Sixteen exports: more than the default budget allows on a loaded machine.
  test("Trends: the log-scale charts export under names of their own, ending 'log-scale'", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends");
    await viewReady(page, "trends");
    const counts = page.locator("figure.tally-chart").first();
    const arrivals = page.locator("figure.tally-chart", {
      has: page.getByRole("heading", { name: /Arrivals/ }),
    });
    const names = async () => [(await exportAll(page, counts)).stem, (await exportAll(page, arrivals)).stem];
    const linear = await names();
    expect(linear[0]).toBe(`reported-counts-over-time-by-category-and-metric${SUFFIX}`);
    expect(linear[1]).toMatch(new RegExp(`^arrivals-in-south-korea-by-period-[a-z0-9-]+${SUFFIX}$`));
    await page.getByRole("checkbox", { name: "Log scale" }).check();
    await expect(page).toHaveURL(/scale=log/);
    await expect(counts.locator(".recharts-label").first()).toContainText("log scale");
    const log = await names();
    expect(log[0]).toBe(`reported-counts-over-time-by-category-and-metric-log-scale${SUFFIX}`);
    expect(log[1]).toMatch(new RegExp(`^arrivals-[a-z0-9-]+-log-scale${SUFFIX}$`));
    // Before: the log charts' files had the linear ones' names.
    expect(new Set([...linear, ...log]).size).toBe(4);
  });

  test("Trends: a picked metric's charts export under its id, on either scale", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends&metric=detained_persons&scale=log");
    await viewReady(page, "trends");
    expect((await exportAll(page, page.locator("figure.tally-chart").first())).stem).toBe(
      `detained-persons-over-time-log-scale${SUFFIX}`,
    );
    await page.goto("/?view=trends&metric=arrivals_persons");
    await viewReady(page, "trends");
    await expect(page.locator("figure.tally-chart")).toHaveCount(1);
    expect((await exportAll(page, page.locator("figure.tally-chart"))).stem).toBe(
      `arrivals-persons-by-period${SUFFIX}`,
    );
  });
});
