import { resolve } from "node:path";
import { expect, type Page } from "@playwright/test";

import { VIEWS, type View as ViewName } from "../src/urlState.js";

export type { ViewName };
export { VIEWS };

const NAV_LABEL: Record<ViewName, string> = {
  overview: "Overview",
  trends: "Trends",
  discrepancies: "Discrepancies",
  claims: "Claims",
  findings: "Findings",
  versions: "Versions",
  sql: "SQL console",
};

/** This run's own results folder (TALLY_E2E_RESULTS), so screenshots are not overwritten by others'. */
export const RESULTS = resolve(import.meta.dirname, "..", process.env.TALLY_E2E_RESULTS ?? "test-results");

/**
 * Opens a view through its navigation link (one page load, one DuckDB-WASM session for them all)
 * and waits until it has drawn what it is for: screenshots and checks taken while a view is still
 * loading would judge a spinner.
 */
export async function openView(page: Page, view: ViewName): Promise<void> {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: NAV_LABEL[view] }).click();
  await expect(page.locator("main h1")).toBeVisible();
  await viewReady(page, view);
}

/**
 * DuckDB-WASM starts in ~2 s on an idle machine but took over 20 s with the load average near 30
 * (five people testing on two cores): waiting on the engine gets this long before it fails.
 */
const ENGINE = { timeout: 120_000 };

export async function viewReady(page: Page, view: ViewName): Promise<void> {
  const main = page.locator("main");
  await expect(main.locator("h1")).toBeVisible(ENGINE);
  if (view === "discrepancies") await expect(main.locator(".tally-range-row").first()).toBeVisible(ENGINE);
  if (view === "trends") await expect(main.locator(".tally-trend-point").first()).toBeVisible(ENGINE);
  if (view === "claims")
    await expect(main.getByTestId("claims-result")).toHaveAttribute("data-complete", "true", ENGINE);
  if (view === "overview") await expect(main.getByTestId("verdict-counts")).toBeVisible(ENGINE);
  if (view === "findings") await expect(main.locator("section.sev, p").first()).toBeVisible(ENGINE);
  if (view === "versions") await expect(main.locator("table").first()).toBeVisible(ENGINE);
  if (view === "sql") await expect(main.getByRole("button", { name: /Run/ })).toBeEnabled(ENGINE);
  await expect(main.locator(".loading")).toHaveCount(0, ENGINE);
}
