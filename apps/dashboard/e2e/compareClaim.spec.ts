import { expect, type Page, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit: c004's evidence in Claims read "Reading B: 540–660 (1 of 2)", and Trends' the
// same, with no way to the readings it is set against but the menu and the picker. Each now links
// to its event and metric in Discrepancies, the claim's bar selected.

async function followCompare(page: Page): Promise<void> {
  const link = page.getByRole("link", { name: /^Compare with the other claims of .* in Discrepancies$/ });
  await expect(link).toHaveText(
    "Compare with the other claims of Dandong and Tumen repatriation, 9 Oct 2023 — North Koreans forcibly returned in Discrepancies",
  );
  await link.focus();
  await page.keyboard.press("Enter");
  await viewReady(page, "discrepancies");
  const url = new URL(page.url());
  expect(url.searchParams.get("event")).toBe("repatriation-2023-10-09");
  expect(url.searchParams.get("metric")).toBe("repatriated_persons");
  expect(url.searchParams.get("claim")).toBe("c004");
  await expect(page.locator("select[name=group]")).toHaveValue(
    "repatriation-2023-10-09\u0000repatriated_persons",
  );
  await expect(page.locator('.tally-range-row[data-claim-id="c004"]')).toHaveAttribute(
    "aria-pressed",
    "true",
  );
}

test.describe("a claim's evidence links to its group in Discrepancies", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data`");

  test("from Claims, and Back returns to the claim", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=claims&claim=c004");
    await viewReady(page, "claims");
    await followCompare(page);
    await page.goBack();
    await viewReady(page, "claims");
    expect(new URL(page.url()).searchParams.get("claim")).toBe("c004");
  });

  // c007 is the only claim of its event and metric: there are no others to compare it with.
  test("a lone claim's group is named, not offered for comparison", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=claims&claim=c007");
    await viewReady(page, "claims");
    await expect(page.locator(".compare-claim a")).toHaveText(
      "See Dandong and Tumen repatriation, 9 Oct 2023 — Length of COVID-19 quarantine in Discrepancies",
    );
  });

  test("from Trends", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends&claim=c004");
    await viewReady(page, "trends");
    await followCompare(page);
  });

  // At 390 px the evidence is a sheet at the foot of the screen, and opening a claim focused the
  // panel, which scrolled the sheet past the link above it: an outside audit found it only by
  // scrolling the sheet back up.
  for (const view of ["claims", "trends"] as const) {
    test(`390 px, ${view}: the link is in sight in the sheet as the claim opens`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?view=${view}&claim=c004`);
      await viewReady(page, view);
      const panel = page.locator(".tally-evidence");
      await expect(panel).toBeFocused();
      await expect(panel.getByRole("heading", { level: 3 })).toBeInViewport();
      await expect(page.locator(".compare-claim a")).toBeInViewport();
      // Right under the claim's heading and its Close, before the quote: the next Tab stop.
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: "Close evidence" })).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(page.locator(".compare-claim a")).toBeFocused();
    });
  }
});
