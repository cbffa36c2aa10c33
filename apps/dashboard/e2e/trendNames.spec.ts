import { expect, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit, tabbing through Trends with a screen reader: a mark's name ended with its bare
// figure, "9 Oct 2023: 15" for a quarantine of 15 days, the unit left to an axis title no one hears
// with the mark. Its name, and the tooltip it is also, now say the unit a symbol does not.

test.describe("Trends mark names say their unit (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");

  for (const [metric, claim, ending] of [
    ["quarantine_days", "c007", ", 9 Oct 2023: 15 days"],
    ["pretrial_classification_days", "c008", ", 9 Oct 2023: 10–15 days"],
    ["companions_detained", "c021", ", Jul 2017 (inferred): about 10 persons"],
    ["women_share", "c003", ", 9 Oct 2023: about 80%"],
  ] as const)
    test(`${metric}: ${claim}'s name ends "${ending}"`, async ({ page }) => {
      await page.goto(`/?view=trends&metric=${metric}`);
      await viewReady(page, "trends");
      const mark = page.locator(`.tally-trend-point[data-claim-id="${claim}"]`);
      const name = await mark.getAttribute("aria-label");
      expect(name?.endsWith(ending), `${name}`).toBe(true);
      await expect(mark.locator(":scope > title")).toHaveText(name!);
    });
});
