import { expect, type Page, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { openView, RESULTS, VIEWS, viewReady } from "./views.js";

// Issue 11 item 4: the dashboard on a phone (390×844). Nothing scrolls sideways, the default view's
// first screen shows the chart's bars, and the evidence opens where it can be seen, with focus in
// it; Escape closes it and gives focus back. The same for the Claims view's "Open".

const PHONE = { width: 390, height: 844 };

test.describe("layout on the shipped release", () => {
  test.skip(
    !hasRealData && !process.env.CI,
    "artifacts/data/index.json is missing: run `pnpm build:data` before the browser tests",
  );
  // Each test waits for DuckDB-WASM, which a loaded shared machine starts slowly (see views.ts).
  test.describe.configure({ timeout: 300_000 });

  /** The focused element is inside the open evidence panel, and the panel is on screen. */
  async function expectEvidenceInView(page: Page, claimId: string, viewport: { height: number }) {
    const panel = page.locator(`section.tally-evidence[data-claim-id="${claimId}"]`);
    await expect(panel).toBeVisible({ timeout: 60_000 });
    const box = (await panel.boundingBox())!;
    expect(box.y, "the panel starts on screen").toBeGreaterThanOrEqual(0);
    expect(box.y, "the panel starts on screen").toBeLessThan(viewport.height - 100);
    expect(
      await page.evaluate(() => document.activeElement?.closest("section.tally-evidence") !== null),
      "focus is in the evidence panel",
    ).toBe(true);
  }

  // 320 px is WCAG's reflow width (1280 px zoomed to 400 %): there Findings' claim ids ran on as
  // one unbreakable word ("c001c002…c024") and the Versions table was 30 px wider than its column.
  for (const width of [PHONE.width, 320]) {
    test(`at ${width} px no view is wider than the window`, async ({ page }) => {
      await page.setViewportSize({ width, height: PHONE.height });
      await page.goto("/");
      await viewReady(page, "discrepancies");
      for (const view of VIEWS) {
        await openView(page, view);
        const scrolled = await page.evaluate(() => document.documentElement.scrollWidth);
        expect.soft(scrolled, `${view} scrolls sideways`).toBeLessThanOrEqual(width);
      }
    });
  }

  test("at 390 px the controls an outside review measured small are 24 px targets", async ({ page }) => {
    // WCAG 2.2's target size: a 13 px checkbox, 21 px sort buttons and a 16 px "use" link before.
    await page.setViewportSize(PHONE);
    const sizes: [string, { width: number; height: number } | null][] = [];
    await page.goto("/?view=trends");
    await viewReady(page, "trends");
    sizes.push(["Log scale", await page.getByRole("checkbox", { name: "Log scale" }).boundingBox()]);
    await openView(page, "claims");
    sizes.push(["sort by Figure", await page.getByRole("button", { name: "Figure" }).boundingBox()]);
    await openView(page, "versions");
    const use = page.getByRole("link", { name: /^use release / }).first();
    sizes.push(["use", await use.boundingBox()]);
    for (const [name, box] of sizes) {
      expect.soft(box?.width ?? 0, `${name} width`).toBeGreaterThanOrEqual(24);
      expect.soft(box?.height ?? 0, `${name} height`).toBeGreaterThanOrEqual(24);
    }
  });

  test("at 320 px each release's use link is under its version, whole and a 24 px target", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: PHONE.height });
    await page.goto("/?view=versions");
    await viewReady(page, "versions");
    const table = page.getByRole("table", { name: /^Releases/ });
    await expect(table.getByRole("columnheader", { name: "Use" })).toBeHidden();
    const links = table.getByRole("link", { name: /^use release / });
    expect(await links.count(), "every release but the one in use").toBeGreaterThan(0);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      const row = (await link.locator("xpath=ancestor::th[1]").boundingBox())!;
      expect.soft(box.x + box.width, "inside its row heading").toBeLessThanOrEqual(row.x + row.width);
      expect.soft(box.x + box.width, "on screen").toBeLessThanOrEqual(320);
      expect.soft(box.height, "use height").toBeGreaterThanOrEqual(24);
      expect.soft(box.width, "use width").toBeGreaterThanOrEqual(24);
    }
    await page.screenshot({ path: `${RESULTS}/layout/versions-320.png`, fullPage: true });
  });

  test("at 390 px the default view's first screen shows the chart's bars, not only its labels", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    await viewReady(page, "discrepancies");
    const chart = page.getByRole("group", { name: /claims compared/ });
    const top = (await chart.boundingBox())!.y;
    expect(top).toBeLessThan(PHONE.height);
    // The first row's mark (a bar or a point), not just the chart's header.
    const mark = page
      .locator(".tally-range-row")
      .first()
      .locator("rect:not(.tally-focus-ring), circle")
      .first();
    const box = (await mark.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: `${RESULTS}/layout/discrepancies-390-first-screen.png` });
  });

  test("at 390 px the Trends chart starts on the first screen, its notes below it", async ({ page }) => {
    // An outside review: two notes above it pushed the chart to y = 846 in an 844 px screen.
    await page.setViewportSize(PHONE);
    await page.goto("/?view=trends");
    await viewReady(page, "trends");
    const chart = page.locator(".chart-col svg.recharts-surface").first();
    expect((await chart.boundingBox())!.y).toBeLessThan(PHONE.height - 200);
    const note = (await page.getByTestId("reconciled-note").boundingBox())!;
    expect(note.y).toBeGreaterThan((await chart.boundingBox())!.y);
    await page.screenshot({ path: `${RESULTS}/layout/trends-390-first-screen.png` });
  });

  for (const size of [PHONE, { width: 1280, height: 900 }])
    test(`${size.width} px: tapping a bar opens its evidence in view with focus in it; Escape closes and returns focus`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto("/");
      await viewReady(page, "discrepancies");
      const rows = page.locator(".tally-range-row");
      const last = rows.last();
      const id = (await last.getAttribute("data-claim-id"))!;
      await last.scrollIntoViewIfNeeded();
      await last.click();
      await expectEvidenceInView(page, id, size);
      await page.screenshot({ path: `${RESULTS}/layout/discrepancies-${size.width}-evidence.png` });
      await page.keyboard.press("Escape");
      await expect(page.locator("section.tally-evidence")).toHaveCount(0);
      await expect(page).not.toHaveURL(/claim=/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id"))).toBe(id);
    });

  for (const size of [PHONE, { width: 1280, height: 900 }])
    test(`${size.width} px: Claims "Open" on a low row opens the evidence in view, not at the top of the page`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto("/?view=claims");
      await viewReady(page, "claims");
      const open = page.getByRole("button", { name: /^Open evidence for / }).last();
      const id = (await open.getAttribute("aria-label"))!.replace("Open evidence for ", "");
      await open.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY), "the row is far down the page").toBeGreaterThan(500);
      await open.click();
      await expectEvidenceInView(page, id, size);
      await page.screenshot({ path: `${RESULTS}/layout/claims-${size.width}-evidence.png` });
      await page.keyboard.press("Escape");
      await expect(page.locator("section.tally-evidence")).toHaveCount(0);
      await expect(open).toBeFocused();
    });

  test("the evidence explains a vague word, names notes, and links a repeat to the claim it repeats", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/?view=claims&claim=c005");
    const panel = page.locator('section.tally-evidence[data-claim-id="c005"]');
    await expect(panel.locator("dt", { hasText: /^Vague$/ })).toBeVisible({ timeout: 120_000 });
    await expect(panel.locator("dt:text-is('Vague') + dd")).toHaveText(
      "“Hundreds” → at least 100, the conservative reading: the least “hundreds” can mean.",
    );
    await page.goto("/?view=claims&claim=c011");
    const c011 = page.locator('section.tally-evidence[data-claim-id="c011"]');
    await expect(c011.locator("dt:text-is('Notes') + dd")).toContainText("[sic]", { timeout: 120_000 });
    await expect(c011.locator("dt:text-is('Repeats') + dd")).toContainText("not an independent figure");
    await page.screenshot({ path: `${RESULTS}/layout/claims-390-c011.png` });
    await c011.getByRole("button", { name: "claim c001" }).click();
    await expect(page.locator('section.tally-evidence[data-claim-id="c001"]')).toBeVisible();
    await expect(page).toHaveURL(/claim=c001/);
  });

  test("Trends' evidence names the claim's reading and links its repeat, as Discrepancies' does", async ({
    page,
  }) => {
    // An outside review: in Trends "Repeats: c001" was plain text and the reading was not named.
    await page.goto("/?view=trends&claim=c011");
    const c011 = page.locator('section.tally-evidence[data-claim-id="c011"]');
    await expect(c011.locator("dt:text-is('Reading') + dd")).toContainText("200–220 (1 of 2)", {
      timeout: 120_000,
    });
    await c011.getByRole("button", { name: "claim c001" }).click();
    await expect(page.locator('section.tally-evidence[data-claim-id="c001"]')).toBeVisible();
    await expect(page).toHaveURL(/view=trends.*claim=c001|claim=c001.*view=trends/);
  });
});
