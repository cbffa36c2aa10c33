import { expect, test } from "@playwright/test";
import { MANY_DATA } from "./fixtures/manyClaims.js";
import { FIXTURE, lineCount, sidewaysOverflow } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit at 390 px: in Findings the claim id "m-0273" broke after its hyphen, "m-" at
// the end of one line and "0273" starting the next, inside one link. Runs on the SYNTHETIC
// release of 1,200 claims, whose ids have hyphens.

test("390 px: each claim id of a finding stays whole on its line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?data=${FIXTURE}/${MANY_DATA}&view=findings`);
  await viewReady(page, "findings");
  await page
    .getByRole("button", { name: /time \(33\)/ })
    .first()
    .click();
  const links = page.locator(".claim-links a:visible");
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(20);
  const split: (string | null)[] = [];
  for (const link of await links.all()) if ((await lineCount(link)) > 1) split.push(await link.textContent());
  expect(split).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
