import { expect, type Page, test } from "@playwright/test";
import type { ReleaseIndex } from "@tally/dataset";
import { FIXTURE, fixtureJson } from "./helpers.js";

// A review: Versions took "older" to be whichever release the index lists first, so a `?data=`
// index listing its releases newest first told the change from 1.1.0 back to 1.0.0, the claims
// 1.1.0 added listed as removed. Runs on the SYNTHETIC fixture releases (1.0.0 → 1.1.0: c-new
// added, c-2019b removed, c-arr19 changed; 1.0.1 is listed without files).

/** Serves the fixture's index with its releases listed in `order`. */
async function indexListing(page: Page, order: readonly string[]): Promise<void> {
  const index = fixtureJson<ReleaseIndex>("index.json");
  const releases = order.map((v) => index.releases.find((r) => r.version === v)!);
  await page.route(`**${FIXTURE}/index.json`, (route) =>
    route.fulfill({ body: JSON.stringify({ ...index, releases }), contentType: "application/json" }),
  );
}

for (const [listed, order] of [
  ["newest first", ["1.1.0", "1.0.1", "1.0.0"]],
  ["as the fixture lists them, 1.0.1 last", ["1.0.0", "1.1.0", "1.0.1"]],
] as const)
  test(`versions: an index listing its releases ${listed} is compared from the older to the newer`, async ({
    page,
  }) => {
    await indexListing(page, order);
    const summary = page.locator("table", { has: page.locator("tr[data-table]") });
    for (const params of ["v=1.1.0&compare=1.0.0", "v=1.0.0&compare=1.1.0"]) {
      await page.goto(`/?data=${FIXTURE}&view=versions&${params}`);
      await expect(page.locator("#diff-h")).toHaveText("Changes from 1.0.0 to 1.1.0");
      await expect(summary.locator('tr[data-table="claims"] td')).toHaveText(["1", "1", "1"]);
      await expect(page.locator(".diff-added")).toContainText("c-new");
      await expect(page.locator(".diff-removed")).toContainText("c-2019b");
    }
    // The releases table is in version order, lowest first, as its caption says, and so is the picker.
    const versions = await page
      .locator("table", { has: page.locator("caption", { hasText: "Releases by version, lowest first" }) })
      .locator("tbody th[scope=row]")
      .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ""));
    expect(versions).toEqual(["1.0.0", "1.0.1", "1.1.0"]);
    await expect(page.locator("select[name=compare] option")).toHaveText([
      "choose a release",
      "1.0.1",
      "1.1.0",
    ]);
    // The picker is set apart from the table's last row, not drawn on its rule.
    const table = (await page.getByRole("table", { name: /^Releases/ }).boundingBox())!;
    const picker = (await page
      .locator("label", { has: page.locator("select[name=compare]") })
      .boundingBox())!;
    expect(picker.y - (table.y + table.height), "gap above the compare picker").toBeGreaterThanOrEqual(8);
  });
