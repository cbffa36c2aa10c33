import { expect, test } from "@playwright/test";
import { FIXTURE, shot } from "./helpers.js";

const q = (params: string) => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;

// An outside audit: with the engine's WebAssembly refused, Findings, Claims and Overview said
// "Starting DuckDB-WASM…" for ever, and Findings held back the list it already had.
test.describe("a query engine that cannot start", () => {
  test.beforeEach(async ({ page }) => {
    await page.route("**/duckdb-*.wasm", (route) => route.fulfill({ status: 500, body: "no" }));
  });

  // Findings too: it listed its findings by ids with no word of why (an outside audit).
  for (const view of ["claims", "overview", "findings"])
    test(`is said in ${view}, never waited on`, async ({ page }) => {
      await page.goto(q(`view=${view}`));
      const alert = page
        .getByRole("alert")
        .filter({ hasText: "The query engine (DuckDB-WASM) could not start" });
      await expect(alert).toBeVisible({ timeout: 30_000 });
      await expect(alert).toContainText("must be served beside the app");
      await expect(page.locator("main")).not.toContainText("Starting DuckDB-WASM");
      await shot(page, `engine-failed-${view}`);
    });

  test("leaves Overview's release counts, which come from its summary, under an alert that blames the engine", async ({
    page,
  }) => {
    // An outside audit: the counts shown while the engine started were then replaced by "This
    // release's tables could not be loaded", though no file of the release had failed.
    await page.goto(q("view=overview"));
    await expect(page.getByRole("alert").filter({ hasText: "could not start" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("list", { name: "Counts" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Counts" })).toContainText("claims");
    await expect(page.locator("main")).not.toContainText("This release's tables could not be loaded");
    await expect(page.getByRole("alert")).toHaveCount(1);
  });

  test("is said in Discrepancies, which still draws the group its summary holds", async ({ page }) => {
    // An outside audit: the picker fell silent at one group, and nothing said why.
    await page.goto(q("view=discrepancies"));
    const alert = page
      .getByRole("alert")
      .filter({ hasText: "The other events and metrics could not be listed" });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText("The query engine (DuckDB-WASM) could not start");
    await expect(page.getByTestId("discrepancy-chart")).toBeVisible();
    await expect(page.getByTestId("picker-loading")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(1);
    await shot(page, "engine-failed-discrepancies");
  });

  test("leaves Findings listing its findings by their ids", async ({ page }) => {
    await page.goto(q("view=findings"));
    await expect(page.locator("ul.findings li").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator("main")).not.toContainText("Naming each finding's event and metric");
    await expect(page.locator("main")).not.toContainText("Starting DuckDB-WASM");
  });
});
