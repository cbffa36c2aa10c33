import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// An outside keyboard review: every mark of a chart was a Tab stop of its own, so the first Trends
// chart took 16 Tabs to get past, and Trends' summary of 10,000 synthetic claims 987 (a unit test
// in rovingFocus.test.tsx holds a chart of 1,000 marks, which no release here has). A chart is
// now one Tab stop, with the arrow keys, Home and End moving between its marks (WAI-ARIA APG's
// roving tabindex).

const SHOTS = resolve(RESULTS, "chart-keys");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** DuckDB-WASM draws the first marks; with the shared machine loaded that took over 20 s. */
const ENGINE = { timeout: 120_000 };
/** More than any chart of the shipped release has marks, so a count is never cut short. */
const MAX_PRESSES = 200;
const MARK = ".tally-range-row, .tally-trend-point";

const URLS: Record<"discrepancies" | "trends", string> = { discrepancies: "/", trends: "/?view=trends" };

async function open(page: Page, view: "discrepancies" | "trends", size = DESKTOP): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(URLS[view]);
  await expect(page.locator(MARK).first()).toBeVisible(ENGINE);
  await viewReady(page, view);
}

/** Where focus is: inside `chart`'s drawing or not, and which mark. */
const focusIn = (chart: Locator) =>
  chart.evaluate((body) => {
    const el = document.activeElement;
    return {
      inside: el !== null && body.contains(el),
      mark: el?.getAttribute("data-claim-id") ?? null,
    };
  });

/**
 * From the control just before the chart (its "Cite this" button), Tab until focus leaves the
 * drawing: the marks it stopped on, and whether it went on to something after the chart.
 */
async function tabThrough(page: Page, figure: Locator): Promise<{ stops: string[]; after: boolean }> {
  const chart = figure.locator(".tally-chart-body");
  await figure.getByRole("button", { name: "Cite this", exact: true }).focus();
  const stops: string[] = [];
  for (let i = 0; i < MAX_PRESSES; i++) {
    await page.keyboard.press("Tab");
    const at = await focusIn(chart);
    if (!at.inside)
      return { stops, after: await page.evaluate(() => document.activeElement !== document.body) };
    stops.push(at.mark ?? "(not a mark)");
  }
  return { stops, after: false };
}

/** The marks of `chart` whose tabindex is 0. */
const tabStops = (chart: Locator) =>
  chart.locator(MARK).evaluateAll((els) => els.filter((e) => e.getAttribute("tabindex") === "0").length);

async function shotOfFocus(page: Page, mark: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const box = (await mark.boundingBox())!;
  const view = page.viewportSize()!;
  const x = Math.max(0, box.x - 80);
  const y = Math.max(0, box.y - 80);
  await page.screenshot({
    path: resolve(SHOTS, `${name}.png`),
    clip: {
      x,
      y,
      width: Math.min(view.width - x, box.width + 160),
      height: Math.min(view.height - y, box.height + 160),
    },
  });
}

test.describe("a chart is one Tab stop, with arrow keys between its marks (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");
  test.describe.configure({ timeout: 300_000 });

  for (const view of ["discrepancies", "trends"] as const)
    test(`${view} at 1280 px: Tab from the control before each chart stops once in it, then goes past`, async ({
      page,
    }) => {
      await open(page, view);
      const figures = page.locator("figure.tally-chart").filter({ has: page.locator(MARK) });
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const title = await figure.locator("h2").textContent();
        const { stops, after } = await tabThrough(page, figure);
        expect(stops.length, `${title}: ${stops.length} Tab stops in the chart`).toBe(1);
        expect(after, `${title}: Tab goes on past the chart`).toBe(true);
        // The first in the chart's keyboard order, none being selected or focused yet.
        expect(stops[0]).toBe(await figure.locator(MARK).first().getAttribute("data-claim-id"));
        expect(await tabStops(figure)).toBe(1);
        // And back: Shift+Tab from what follows the chart lands on the same one mark.
        await page.keyboard.press("Shift+Tab");
        await expect(figure.locator(`[data-claim-id="${stops[0]}"]`)).toBeFocused();
      }
    });

  test("Trends: the arrow keys, Home and End move along the time axis, and the mark moved to is the Tab stop", async ({
    page,
  }) => {
    await open(page, "trends");
    const figure = page
      .locator("figure.tally-chart")
      .filter({ has: page.locator(MARK) })
      .first();
    const marks = figure.locator(MARK);
    const n = await marks.count();
    expect(n).toBeGreaterThan(3);
    await tabThrough(page, figure);
    await page.keyboard.press("Shift+Tab");
    await expect(marks.nth(0)).toBeFocused();
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("ArrowRight");
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(marks.nth(2)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(marks.nth(1)).toBeFocused();
    // Handled keys do not scroll the page as well.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await page.keyboard.press("End");
    await expect(marks.nth(n - 1)).toBeFocused();
    // No wrapping round: the last mark stays put.
    await page.keyboard.press("ArrowRight");
    await expect(marks.nth(n - 1)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(marks.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(marks.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(marks.nth(2)).toHaveAttribute("tabindex", "0");
    expect(await tabStops(figure)).toBe(1);
    // Leaving the chart and coming back returns to the mark last moved to.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(marks.nth(2)).toBeFocused();
  });

  for (const view of ["discrepancies", "trends"] as const)
    test(`${view}: Enter opens a mark's evidence, Escape returns focus to that mark, the chart's Tab stop`, async ({
      page,
    }) => {
      await open(page, view);
      const figure = page
        .locator("figure.tally-chart")
        .filter({ has: page.locator(MARK) })
        .first();
      const marks = figure.locator(MARK);
      await tabThrough(page, figure);
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("ArrowRight");
      const opener = marks.nth(1);
      await expect(opener).toBeFocused();
      const id = await opener.getAttribute("data-claim-id");
      await page.keyboard.press("Enter");
      const panel = page.locator("section.tally-evidence");
      await expect(panel).toHaveAttribute("data-claim-id", id!);
      expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
      // The selected mark is the chart's Tab stop while its evidence is open.
      await expect(opener).toHaveAttribute("tabindex", "0");
      expect(await tabStops(figure)).toBe(1);
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect(opener).toBeFocused();
      await expect(opener).toHaveAttribute("tabindex", "0");
      expect(await tabStops(figure)).toBe(1);
    });

  test("each mark is described by how to move between the marks", async ({ page }) => {
    for (const view of ["discrepancies", "trends"] as const) {
      await open(page, view);
      const mark = page.locator(MARK).first();
      await expect(mark).toHaveAccessibleDescription(/Arrow keys move between the marks; Enter opens/);
    }
  });

  for (const size of [DESKTOP, PHONE])
    test(`${size.width} px: a mark reached by the arrow keys shows its focus ring (screenshots)`, async ({
      page,
    }) => {
      for (const view of ["discrepancies", "trends"] as const) {
        await open(page, view, size);
        const figure = page
          .locator("figure.tally-chart")
          .filter({ has: page.locator(MARK) })
          .first();
        await tabThrough(page, figure);
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("ArrowRight");
        const mark = figure.locator(MARK).nth(1);
        await expect(mark).toBeFocused();
        const ring = await mark.evaluate(
          (el) => getComputedStyle(el.querySelector(".tally-focus-ring")!).stroke,
        );
        // The ring colour (--tally-focus in styles.css).
        expect(ring).toBe("rgb(17, 17, 17)");
        await shotOfFocus(page, mark, `${view}-${size.width}`);
      }
    });
});
