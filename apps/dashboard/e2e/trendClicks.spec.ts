import { expect, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside review: at 1280 px a click on the centre of the hollow "about 60" dot (c014) on the
// detained-persons chart opened c023, whose faint line across its month lay over the other marks
// of October 2023 and caught the click. The same on the all-counts chart from 600 to 1024 px.

const CHARTS = ["/?view=trends", "/?view=trends&metric=detained_persons"];

test.describe("Trends: a click on a mark opens that mark's claim (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");

  for (const url of CHARTS)
    for (const width of [390, 800, 1280])
      test(`${width} px, ${url}: each mark's centre opens its own claim`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await viewReady(page, "trends");
        const marks = page.locator(".tally-trend-point");
        const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute("data-claim-id")!));
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          const mark = page.locator(`.tally-trend-point[data-claim-id="${id}"]`);
          await mark.scrollIntoViewIfNeeded();
          // The stated figure's dot where there is one, else the middle of the slot the mark stands in.
          const shape = mark.locator(".tally-stated").or(mark.locator(".tally-hit")).first();
          const box = (await shape.boundingBox())!;
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await expect(page, `clicked the centre of ${id}`).toHaveURL(new RegExp(`[?&]claim=${id}(&|$)`));
        }
      });
});
