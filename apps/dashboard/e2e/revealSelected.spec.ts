import { expect, type Locator, type Page, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";

/** Where `el` sits in the viewport, and the top of the evidence sheet (the viewport's end without one). */
async function placeOf(page: Page, el: Locator): Promise<{ top: number; bottom: number; limit: number }> {
  const box = (await el.boundingBox())!;
  const limit = await page.evaluate(() => {
    const col = document.querySelector(".tally-evidence")?.closest(".evidence-col");
    if (col && getComputedStyle(col).position === "fixed") return col.getBoundingClientRect().top;
    return window.innerHeight;
  });
  return { top: box.y, bottom: box.y + box.height, limit };
}

// An outside review: opening a claim moved what was opened out of sight.
test.describe("the opened claim stays in sight beside its evidence", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");
  // The throttled runs wait up to 120 s for the engine (below): more than the config's 90 s per test.
  test.describe.configure({ timeout: 300_000 });

  /** Opens c003 from the Claims table at 1280 px, where the table turns into cards, and closes it. */
  async function openAndCloseAt1280(page: Page, cpuSlowdown: number): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=claims");
    if (cpuSlowdown > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    const row = page.locator('.claims-table tr[data-row-key="c003"]');
    // The engine starts under the throttle: ten times slower on a loaded two-core machine took
    // over the 20 s default in a CI run (5 Dec), so this wait gets the engine's own allowance.
    await expect(page.locator('[data-testid="claims-result"][data-complete="true"]')).toBeVisible({
      timeout: 120_000,
    });
    await row.scrollIntoViewIfNeeded();
    await row.getByRole("button", { name: "Open evidence for c003" }).click();
    await expect(page.locator(".claims-table.as-cards")).toBeVisible();
    await expect(page.locator(".tally-evidence h3")).toHaveText("Daily NK: about 80%");
    await expect
      .poll(async () => {
        const at = await placeOf(page, row);
        return at.top >= -1 && at.bottom <= at.limit + 1;
      })
      .toBe(true);
    // Escape gives focus back to the row's button, which is on screen, not 1,700 px away.
    await page.keyboard.press("Escape");
    const open = row.getByRole("button", { name: "Open evidence for c003" });
    await expect(open).toBeFocused();
    await expect(open).toBeInViewport();
  }

  test("Claims at 1280 px: the row stays on screen when the table turns into cards", async ({ page }) => {
    await openAndCloseAt1280(page, 1);
  });

  // CI on a loaded machine: the table turned back from cards more than a second after the close,
  // past the time the row was followed for, and the focused button was left out of sight.
  test("Claims at 1280 px: the row stays on screen on a machine ten times slower", async ({ page }) => {
    await openAndCloseAt1280(page, 10);
  });

  test("Discrepancies at 390 px: the bar tapped is above the evidence sheet", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?view=discrepancies");
    const bar = page.locator('[data-testid="discrepancy-chart"] .tally-range-row[data-claim-id="c004"]');
    await expect(bar).toBeVisible();
    await bar.scrollIntoViewIfNeeded();
    // Near the screen's foot, where the sheet rises.
    await page.evaluate(() => {
      const el = document.querySelector('.tally-range-row[data-claim-id="c004"]')!;
      window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 20);
    });
    await bar.click();
    await expect(page.locator(".tally-evidence h3")).toHaveText("NK Insider: about 600 persons");
    await expect
      .poll(async () => {
        const at = await placeOf(page, bar);
        return at.top >= -1 && at.bottom <= at.limit + 1;
      })
      .toBe(true);
  });

  test("Claims at 390 px: a claim opened from its link is shown above the sheet", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?view=claims&claim=c021");
    const row = page.locator('.claims-table tr[data-row-key="c021"]');
    await expect(page.locator(".tally-evidence")).toBeVisible();
    await expect
      .poll(async () => {
        const at = await placeOf(page, row);
        return at.top >= -1 && at.top < at.limit;
      })
      .toBe(true);
  });
});

// An outside review: Deaths and the size of a detained group were on neither chart nor picker, unsaid.
test("Trends names the claims it cannot place on a time axis, each metric a link to them in Claims", async ({
  page,
}) => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");
  await page.goto("/?view=trends");
  const note = page.getByTestId("undated-note");
  await expect(note).toHaveText(
    "Not on a time axis: 3 claims whose event has no date, listed under Claims: Deaths (1), Length of COVID-19 border closure (1), Returnees held together in one group (1).",
  );
  await note.getByRole("link", { name: "Deaths" }).click();
  await expect(page).toHaveURL(/view=claims/);
  await expect(page).toHaveURL(/metric=deaths/);
  await expect(page.locator('[data-testid="claims-result"][data-complete="true"] tbody tr')).toHaveCount(1);
});

test("the Discrepancies data table names each claim and opens its evidence", async ({ page }) => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");
  await page.goto("/?view=discrepancies");
  await page
    .getByText(/^Data table for “/)
    .first()
    .click();
  const row = page.locator('.tally-table-alt tr[data-row-key="c004"]');
  await expect(row.locator('td[data-label="Claim"]')).toHaveText("c004");
  await row.getByRole("button", { name: "Open evidence for c004" }).click();
  await expect(page.locator(".tally-evidence h3")).toHaveText("NK Insider: about 600 persons");
  await expect(page).toHaveURL(/claim=c004/);
});
