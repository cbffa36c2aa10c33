import { expect, test } from "@playwright/test";
import { FIXTURE, hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit: Back to Findings from a claim link far down it put focus on the view's
// heading, 1,533 px above what the page showed, and the next Tab started over at the top.
test.describe("Back after following a link", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

  test("puts focus back on the link followed, in sight, by keyboard and by mouse", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/?view=findings");
    const links = page.locator("main a[href*='claim=']");
    await expect(links.first()).toBeVisible();
    const followed = links.last();
    const name = await followed.textContent();
    await followed.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/^Findings/);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Findings/);
    const back = page.locator("main a[href*='claim=']").last();
    await expect(back).toBeFocused();
    await expect(back).toBeInViewport();
    expect(await back.textContent()).toBe(name);

    // By mouse from the view's first claim link: the same, and Tab goes on from there.
    await page.locator("main a[href*='claim=']").first().click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/^Findings/);
    await page.goBack();
    await expect(page.locator("main a[href*='claim=']").first()).toBeFocused();
  });

  test("a view opened by a link, not by Back, still gives its heading focus", async ({ page }) => {
    await page.goto("/?view=findings");
    await page.locator("main a[href*='claim=']").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });
});

// The same audit on Trends' summary chart (over 1,000 claims), whose marks, SVG elements, open their
// event in Discrepancies: Back put focus on the heading, and the keyboard started over at the top.
test("Back to Trends' summary chart puts focus back on the mark that opened Discrepancies", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/?data=${FIXTURE}/many/&view=trends`);
  await viewReady(page, "trends");
  const mark = page.locator(".tally-trend-point").nth(5);
  const name = await mark.getAttribute("aria-label");
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Discrepancies/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Trends/);
  await expect(page.locator(".tally-trend-point").nth(5)).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(name);
  // The keyboard goes on from it.
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".tally-trend-point").nth(6)).toBeFocused();
});
