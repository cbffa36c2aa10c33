import { expect, test } from "@playwright/test";
import { FIXTURE, fixtureJson } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// `?data=` is the folder that holds a release index. A reader copies the index file's own address
// from the browser instead (…/index.json), and the dashboard fetched …/index.json/index.json and
// said there was no index. Runs on the SYNTHETIC fixture releases.

test("?data= the release index's own address reads its folder", async ({ page, baseURL }) => {
  const index = fixtureJson<{ title: string; latest: string }>("index.json");
  await page.goto(`/?data=${encodeURIComponent(`${baseURL}${FIXTURE}/index.json`)}&view=versions`);
  await viewReady(page, "versions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Versions of ${index.title}`);
  // Named as its folder, as `?data=…/e2e-data` names it.
  await expect(page.locator(".origin-banner")).toContainText(`Data from ${baseURL}${FIXTURE},`);
  await expect(page.getByRole("alert")).toHaveCount(0);
  // Its releases' files are found under the folder too.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Overview" }).click();
  await viewReady(page, "overview");
  await expect(page.locator(".facts")).toContainText(index.latest);
});

for (const [address, said] of [
  ["http://", "The data address http:// is not a web address."],
  [`${FIXTURE}/index.json?v=2`, "carries a query (?v=2)"],
] as const)
  test(`?data=${address} is refused in words that say what ?data= takes`, async ({ page }) => {
    await page.goto(`/?data=${encodeURIComponent(address)}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Cannot read the data address");
    await expect(alert).toContainText(said);
    await expect(alert).toContainText("the folder that holds the release index");
    await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
    await page.screenshot({ path: `${RESULTS}/dataAddress/refused-${address.length}.png` });
  });
