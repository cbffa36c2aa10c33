import { expect, test } from "@playwright/test";
import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { hasRealData, offline, realJson, shot } from "./helpers.js";

// The shipped release, as `pnpm build:data` writes it to artifacts/data and the build copies it.
test.describe("shipped release", () => {
  // In CI the shipped release is mandatory: a missing build fails these tests instead of skipping.
  test.skip(
    !hasRealData && !process.env.CI,
    "artifacts/data/index.json is missing: run `pnpm build:data` before the browser tests",
  );

  test("loads offline on the 9 Oct 2023 repatriation, 200 vs 600, and reports the time to first chart", async ({
    page,
  }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    const external = await offline(page);
    await page.goto("/");
    const firstBar = page.locator(".tally-range-row").first();
    await expect(firstBar).toBeVisible();
    const ms = await page.evaluate(() => {
      const paint = performance.getEntriesByName("tally:first-chart")[0];
      return paint ? paint.startTime : null;
    });
    test.info().annotations.push({ type: "first-chart-ms", description: String(ms) });
    expect(summary.focus?.event_id).toBeTruthy();
    const labels = await page
      .locator(".tally-range-row")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(labels.some((l) => /: 200 /.test(l ?? "") || /: ≈200 /.test(l ?? ""))).toBe(true);
    expect(labels.some((l) => /600/.test(l ?? ""))).toBe(true);
    expect(labels.some((l) => /\(Conflict\)/.test(l ?? ""))).toBe(true);
    await shot(page, "shipped-discrepancies");
    expect(external).toEqual([]);
  });

  test("clicking a claim shows its verbatim quote", async ({ page }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    const claim = summary.focus_claims[0]!;
    await page.goto("/");
    await page.locator(`[data-claim-id="${claim.claim_id}"]`).click();
    await expect(page.locator("section.tally-evidence blockquote")).toHaveText(claim.quote);
    await shot(page, "shipped-evidence");
  });

  test("the SQL console counts the release's claims", async ({ page }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    await page.goto("/?view=sql");
    await page.locator("#sql-text").fill("select count(*) from claims");
    await page.getByRole("button", { name: /Run/ }).click();
    await expect(page.locator(".sql-result tbody td")).toHaveText(String(summary.counts.claims));
  });

  test("every view renders on the shipped release (screenshots for review)", async ({ page }) => {
    for (const view of ["overview", "trends", "findings", "claims", "versions", "sql"]) {
      await page.goto(`/?view=${view}`);
      await expect(page.locator("main h2").first()).toBeVisible();
      if (view === "trends") await expect(page.locator(".tally-trend-point").first()).toBeVisible();
      if (view === "claims") await expect(page.locator("tbody tr").first()).toBeVisible();
      await shot(page, `shipped-${view}`);
    }
  });
});
