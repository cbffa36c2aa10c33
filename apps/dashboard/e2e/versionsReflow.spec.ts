import { expect, test } from "@playwright/test";
import { hasRealData, sidewaysOverflow } from "./helpers.js";

// An outside audit: at WCAG's 320 px reflow width (1280 px at 400 %) a comparison's table of rows
// added, removed and changed was 364 px wide, "attributed_kinds" and the three headings whole,
// and the page scrolled sideways. Runs on the shipped releases.

test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

test("versions: at 320 px a comparison's summary fits the screen, its headings named whole", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto("/?view=versions&v=1.1.2&compare=1.1.1");
  const summary = page.getByRole("table", { name: "Rows added, removed and changed per table" });
  await expect(summary).toBeVisible({ timeout: 120_000 });
  expect(await sidewaysOverflow(page), "the page scrolls sideways").toBeLessThanOrEqual(0);
  const box = (await summary.boundingBox())!;
  expect(box.x + box.width, "the table's right edge").toBeLessThanOrEqual(320);
  // A break is for the eye: the names a screen reader reads stay whole.
  await expect(summary.getByRole("columnheader")).toHaveText(["Table", "Added", "Removed", "Changed"]);
  await expect(summary.getByRole("rowheader", { name: "attributed_kinds" })).toBeVisible();
});
