import { expect, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit at 390 px: a link far down Overview or Findings opened Discrepancies at the
// scroll the last view had left (1,567 and 1,938 px down, on "Readings"), its chart and its
// heading, which had focus, out of sight above. Loaded directly, the same address opens at the top.

const PHONE = { width: 390, height: 844 };

test.describe("a link to another view opens it at its top, its heading focused and in sight", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

  test("390 px: Overview's largest discrepancy", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/?view=overview");
    await viewReady(page, "overview");
    const link = page.getByTestId("largest-discrepancies").getByRole("link").last();
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await link.click();
    await viewReady(page, "discrepancies");
    const heading = page.getByRole("heading", { level: 1, name: "Discrepancies" });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.getByTestId("discrepancy-chart").locator("h2").first()).toBeInViewport();
  });

  test("390 px: a Findings compare link", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/?view=findings");
    await viewReady(page, "findings");
    const link = page.locator("main a:visible", { hasText: /^compare$/ }).nth(2);
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await link.click();
    const heading = page.locator("main h1");
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
});
