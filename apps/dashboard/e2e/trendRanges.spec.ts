import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { woff2CodePoints } from "../../../packages/ui/src/woff2Cmap.js";
import {
  downloadedFile,
  downloadFrom,
  downloadZip,
  FIXTURE,
  hasRealData,
  offline,
  realJson,
} from "./helpers.js";
import { openView, RESULTS, VIEWS, viewReady } from "./views.js";

// Issue 11, the parts finished last: "about" figures on the Trends chart drawn as their tolerance
// range (the validator's interval at the release's tolerance) with the stated figure marked; every
// legend saying what that range is; every glyph of an export in the embedded font; the origin
// note of `?data=` data in every export; headings in order on every view.

const REVIEW = resolve(RESULTS, "..", `${process.env.TALLY_E2E_RESULTS ?? "test-results"}-review`);
const SHOTS = resolve(REVIEW, "screens");
const ENGINE = { timeout: 120_000 };
const fmt = (n: number) => n.toLocaleString("en-US");

function save(name: string, bytes: Buffer | string): void {
  mkdirSync(REVIEW, { recursive: true });
  writeFileSync(resolve(REVIEW, name), bytes);
}

async function shotAt(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/** The characters the embedded chart font (both weights chartFont.ts embeds) has glyphs for. */
const fontFiles = ["noto-sans-latin-400-normal.woff2", "noto-sans-latin-700-normal.woff2"];
const requireFromUi = createRequire(resolve(import.meta.dirname, "../../../packages/ui/package.json"));
const fontSets = fontFiles.map((f) =>
  woff2CodePoints(readFileSync(requireFromUi.resolve(`@fontsource/noto-sans/files/${f}`)), (b) =>
    brotliDecompressSync(b),
  ),
);
const notInFont = (text: string) =>
  [...new Set(text)].filter((c) => c.trim() !== "" && fontSets.some((s) => !s.has(c.codePointAt(0)!)));

/** Every text of a standalone SVG, as the browser reads it. */
async function svgTexts(browser: Browser, svg: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><body>${svg.replace(/^<\?xml[^>]*>/, "")}</body>`);
    return await page.evaluate(() =>
      Array.from(document.querySelectorAll("body > svg text"), (t) => t.textContent ?? ""),
    );
  } finally {
    await page.close();
  }
}

/** Value → screen y on a linear value axis, from two of its tick labels. */
async function valueToY(chart: Locator): Promise<(v: number) => number> {
  const ticks = await chart
    .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { v: Number((e.textContent ?? "").replace(/,/g, "")), y: r.y + r.height / 2 };
      }),
    );
  const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (v) => a.y + ((v - a.v) / (b.v - a.v)) * (b.y - a.y);
}

const box = async (l: Locator) => (await l.boundingBox())!;

test.describe("tolerance ranges, legends, glyphs and headings on the shipped release", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data` first");
  test.describe.configure({ timeout: 300_000 });

  const index = hasRealData ? realJson<ReleaseIndex>("index.json") : null;
  const summary = index ? realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`) : null;
  const tolerance = summary?.validation?.tolerance ?? 0.1;
  const pct = `±${Math.round(tolerance * 1000) / 10}%`;

  test("Trends: each about figure is drawn as the validator's interval, the stated figure a hollow dot", async ({
    page,
    browser,
  }) => {
    const external = await offline(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends");
    await viewReady(page, "trends");
    const chart = page.getByRole("group", { name: /Reported counts over time/ });
    const points = chart.locator(".tally-trend-point");
    const labels = await points.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    const abouts = labels.filter((l) => /: about [\d,]+ persons$/.test(l));
    expect(abouts.length, "the shipped release has dated about figures").toBeGreaterThan(0);
    // Each about figure, and only those, has a tolerance bar.
    await expect(chart.locator(".tally-tolerance")).toHaveCount(abouts.length);

    const y = await valueToY(chart);
    for (const p of await points.all()) {
      const label = (await p.getAttribute("aria-label")) ?? "";
      const stated = label.match(/: about ([\d,]+) persons$/);
      if (!stated) continue;
      const v = Number(stated[1]!.replace(/,/g, ""));
      const bar = await box(p.locator(".tally-tolerance"));
      // The validator's interval for "about v": v·(1−t) to v·(1+t), t the release's tolerance.
      expect.soft(bar.y, `${label}: top at ${v * (1 + tolerance)}`).toBeCloseTo(y(v * (1 + tolerance)), -1);
      expect
        .soft(bar.y + bar.height, `${label}: bottom at ${v * (1 - tolerance)}`)
        .toBeCloseTo(y(v * (1 - tolerance)), -1);
      const dot = await box(p.locator("circle.tally-stated"));
      expect.soft(dot.y + dot.height / 2, `${label}: dot at ${v}`).toBeCloseTo(y(v), -1);
      expect(await p.locator("circle.tally-stated").getAttribute("fill")).toBe("#ffffff");
    }

    // The legend says what the bar is, with one of the chart's own figures and the tolerance.
    const legend = (await chart.locator(".tally-legend").textContent()) ?? "";
    const said = legend.match(
      /about ([\d,]+) is drawn ([\d,]+)–([\d,]+): (±[\d.]+%), the tolerance the validator used/,
    );
    expect(said, legend).not.toBeNull();
    const v = Number(said![1]!.replace(/,/g, ""));
    expect([said![2], said![3], said![4]]).toEqual([fmt(v * (1 - tolerance)), fmt(v * (1 + tolerance)), pct]);
    expect(abouts.some((l) => l.endsWith(`: about ${said![1]} persons`))).toBe(true);
    // Its marks are drawn, not typed: no glyph the chart font lacks.
    expect(notInFont((await chart.textContent()) ?? "")).toEqual([]);
    await shotAt(page, "trends-1280");

    // The exports draw the same bars and legend, every character in the embedded font.
    const frame = page.locator("figure.tally-chart").filter({ has: chart });
    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    save(`ranges-${svg.name}`, svg.bytes);
    const text = svg.bytes.toString("utf8");
    expect(text.match(/class="tally-tolerance"/g)?.length).toBe(abouts.length);
    const texts = await svgTexts(browser, text);
    expect(texts.join(" ")).toContain(said![0]);
    expect(notInFont(texts.join(""))).toEqual([]);
    const png = await downloadedFile(page, frame.getByRole("button", { name: "PNG (2×)" }));
    save(`ranges-${png.name}`, png.bytes);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.bytes.readUInt32BE(16)).toBe((880 + 32) * 2);

    // On a phone the bars and the wrapped legend stay inside the chart.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(chart.locator(".tally-tolerance")).toHaveCount(abouts.length);
    const area = await box(chart);
    for (const t of await chart.locator(".tally-legend text").all()) {
      const b = await box(t);
      expect
        .soft(b.x + b.width, `legend line "${await t.textContent()}"`)
        .toBeLessThanOrEqual(area.x + area.width + 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shotAt(page, "trends-390");
    expect(external).toEqual([]);
  });

  test("Discrepancies: the legend on screen and in the exported image names the tolerance band", async ({
    page,
    browser,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    await viewReady(page, "discrepancies");
    const frame = page.locator("figure.tally-chart").first();
    const onScreen = frame.locator('.tally-chart-legend li[data-legend-kind="range"]');
    await expect(onScreen).toContainText(
      /about [\d,]+ is drawn [\d,]+–[\d,]+: ±[\d.]+%, the tolerance the validator used/,
    );
    await expect(onScreen).toContainText(pct);
    // The legend's marks are shapes, not ○ or ▶: one drawn mark for each entry.
    const legend = frame.locator(".tally-chart-legend");
    expect(notInFont((await legend.textContent()) ?? "")).toEqual([]);
    await expect(legend.locator("li > svg.tally-legend-mark")).toHaveCount(
      await legend.locator("li").count(),
    );
    // No figure label on the chart uses a glyph the chart font lacks.
    const chart = page.getByTestId("discrepancy-chart").locator("svg.recharts-surface");
    expect(notInFont((await chart.textContent()) ?? "")).toEqual([]);
    await shotAt(page, "discrepancies-1280");

    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    save(`ranges-${svg.name}`, svg.bytes);
    const texts = await svgTexts(browser, svg.bytes.toString("utf8"));
    expect(texts.join(" ")).toContain((await onScreen.textContent())!.trim());
    expect(notInFont(texts.join(""))).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(onScreen).toBeVisible();
    await shotAt(page, "discrepancies-390");
  });

  test("every view's headings go down one level at a time (axe heading-order)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    await viewReady(page, "discrepancies");
    for (const view of VIEWS) {
      await openView(page, view);
      const { violations } = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
      expect
        .soft(
          violations.flatMap((v) => v.nodes.map((n) => n.target.join(" "))),
          view,
        )
        .toEqual([]);
    }
    // With a claim's evidence open beside the trend chart: its panel heading sits under an h2.
    await openView(page, "trends");
    await page.locator(".tally-trend-point").first().click();
    await expect(page.locator("section.tally-evidence")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test("data from a ?data= address: its origin note is in the image, the metadata and Cite this", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?data=${FIXTURE}`);
  const note = `Data from http://127.0.0.1:${process.env.TALLY_E2E_PORT ?? 4173}${FIXTURE}, not the published release.`;
  const frame = page.locator("figure.tally-chart").first();
  await expect(frame.locator(".tally-range-row").first()).toBeVisible(ENGINE);

  const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
  save(`origin-${svg.name}`, svg.bytes);
  const texts = (await svgTexts(browser, svg.bytes.toString("utf8"))).join(" ");
  expect(texts).toContain(note);
  expect(texts).toContain("(not the published release)");

  const zip = await downloadFrom(page, frame.getByRole("button", { name: "Data + metadata (ZIP)" }));
  const files = await downloadZip(zip);
  const metaName = Object.keys(files).find((n) => n.endsWith(".metadata.json"))!;
  const metadata = JSON.parse(files[metaName]!.toString("utf8")) as Record<string, unknown>;
  save(`origin-${metaName}`, JSON.stringify(metadata, null, 2));
  expect(Object.keys(files).some((n) => n.endsWith(".csv"))).toBe(true);
  expect(files[metaName.replace(/\.metadata\.json$/, ".README.md")]!.toString("utf8")).toContain(note);
  expect(metadata.origin).toBe(note);
  expect(String((metadata.citation as { text: string }).text)).toContain(note);

  await frame.getByRole("button", { name: "Cite this" }).click();
  await expect(frame.locator("textarea.tally-cite")).toHaveValue(new RegExp(note.replace(/[.?]/g, "\\$&")));

  // The published release says none of it.
  await page.goto("/");
  const own = page.locator("figure.tally-chart").first();
  await expect(own.locator(".tally-range-row").first()).toBeVisible(ENGINE);
  const ownSvg = await downloadedFile(page, own.getByRole("button", { name: "SVG" }));
  expect(ownSvg.bytes.toString("utf8")).not.toContain("not the published release");
});
