import { expect, type Locator, type Page, test } from "@playwright/test";
import { FIXTURE, pixelLevels } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// An outside review at 390 px: Escape on evidence a link had opened (a shared link, Back) gave
// focus to the view's heading, scrolled 700 to 2,500 px out of sight above the claim the link
// had brought into view, so a keyboard or screen-reader user lost their place. Runs on the
// SYNTHETIC fixture releases.

const PHONE = { width: 390, height: 844 };
const SIZES = [PHONE, { width: 1280, height: 900 }];

/** The focused element's box, which must lie on screen. */
async function expectFocusedOnScreen(focused: Locator): Promise<void> {
  await expect(focused).toBeFocused();
  await expect(focused).toBeInViewport();
}

/** The last claim a view draws: the one a link scrolls furthest down to. */
const LAST: Record<"claims" | "discrepancies" | "trends", { opener: string; attribute: string }> = {
  claims: { opener: "[data-opens-claim]", attribute: "data-opens-claim" },
  discrepancies: { opener: ".tally-range-row[data-claim-id]", attribute: "data-claim-id" },
  trends: { opener: ".tally-trend-point[data-claim-id]", attribute: "data-claim-id" },
};

/** The view at `size` on the fixture, once drawn, and the last control in it that opens a claim. */
async function lastOpener(page: Page, size: typeof PHONE, view: keyof typeof LAST) {
  await page.setViewportSize(size);
  await page.goto(`/?data=${FIXTURE}&view=${view}`);
  await viewReady(page, view);
  const { opener, attribute } = LAST[view];
  const open = page.locator(`main ${opener}`).last();
  return { open, attribute, id: (await open.getAttribute(attribute))! };
}

for (const size of SIZES)
  for (const view of ["claims", "discrepancies", "trends"] as const)
    test(`${size.width} px, ${view}: Escape on evidence a link opened gives focus to the claim's own control, on screen`, async ({
      page,
    }) => {
      const { attribute, id } = await lastOpener(page, size, view);
      // A fresh page on the claim's link: nothing on the page opened it.
      await page.goto(`/?data=${FIXTURE}&view=${view}&claim=${id}`);
      await expect(page.locator(`section.tally-evidence[data-claim-id="${id}"]`)).toBeVisible({
        timeout: 120_000,
      });
      const control = page.locator(`main [${attribute}="${id}"]:not(section)`).first();
      await expect(control).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.locator("section.tally-evidence")).toHaveCount(0);
      await expectFocusedOnScreen(control);
      await page.screenshot({ path: `${RESULTS}/evidenceFocus/${view}-${size.width}-closed.png` });
    });

test("390 px: with nothing on the page that opens the claim, Escape brings the view's heading into sight", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  // c-200 counts persons repatriated: the arrivals filter leaves its row out of the table.
  await page.goto(`/?data=${FIXTURE}&view=claims&metric=arrivals&claim=c-200`);
  await viewReady(page, "claims");
  await expect(page.getByTestId("claim-filtered-out")).toBeVisible();
  await expect(page.locator("[data-opens-claim=c-200]")).toHaveCount(0);
  // The reader has scrolled down the arrivals' cards.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).not.toBeInViewport();
  await page.keyboard.press("Escape");
  await expect(page.locator("section.tally-evidence")).toHaveCount(0);
  await expectFocusedOnScreen(page.getByRole("heading", { level: 1, name: "Claims" }));
});

test("390 px: Escape still gives focus back to the control that opened the evidence", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`/?data=${FIXTURE}&view=claims`);
  await viewReady(page, "claims");
  const open = page.locator("[data-opens-claim]").last();
  await open.scrollIntoViewIfNeeded();
  await open.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("section.tally-evidence")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("section.tally-evidence")).toHaveCount(0);
  await expectFocusedOnScreen(open);
});

// An outside audit: Back (or Forward) to an address without the claim closed the panel with focus
// in it, and focus fell to the page's body; the next Tab started again from "Skip to content".
for (const size of SIZES)
  for (const view of ["claims", "discrepancies", "trends"] as const)
    test(`${size.width} px, ${view}: Back past the claim gives focus to the control that opened it`, async ({
      page,
    }) => {
      const { open, id } = await lastOpener(page, size, view);
      await open.scrollIntoViewIfNeeded();
      await open.focus();
      await page.keyboard.press("Enter");
      const panel = page.locator(`section.tally-evidence[data-claim-id="${id}"]`);
      await expect(panel).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`claim=${id}`));
      await page.goBack();
      await expect(page.locator("section.tally-evidence")).toHaveCount(0);
      await expect(page).not.toHaveURL(/claim=/);
      await expectFocusedOnScreen(open);
      // Forward opens it again; Back once more still leaves focus on a control, not the body.
      await page.goForward();
      await expect(panel).toBeVisible();
      await page.goBack();
      await expect(page.locator("section.tally-evidence")).toHaveCount(0);
      expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    });

// An outside audit: the ring of the focused panel was drawn outside it, where the scrolling column
// holding the panel cut it off: no ring at 1280 px, a sliver at 390.
for (const size of SIZES)
  test(`${size.width} px: the evidence panel's focus ring shows inside its edge`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`/?data=${FIXTURE}&view=claims`);
    await viewReady(page, "claims");
    const open = page.locator("[data-opens-claim]").first();
    await open.focus();
    await page.keyboard.press("Enter");
    const panel = page.locator("section.tally-evidence");
    await expect(panel).toBeFocused();
    expect(await panel.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
    await panel.evaluate((el) => el.scrollIntoView({ block: "nearest" }));
    const box = (await panel.boundingBox())!;
    // The darkest pixel of a column 2 px inside the panel's left edge, over its first 40 px (below
    // the rounded corner): the ring's near-black there, the panel's light border and background without it.
    const png = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 10, width: 1, height: 40 } });
    const darkest = Math.min(...(await pixelLevels(page, png)));
    expect(darkest).toBeLessThan(60);
    await page.screenshot({ path: `${RESULTS}/evidenceFocus/panel-ring-${size.width}.png` });
  });
