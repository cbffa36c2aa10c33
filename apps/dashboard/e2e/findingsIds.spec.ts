import { expect, test } from "@playwright/test";
import { LONG_NAMES_DATA } from "./fixtures/longNames.js";
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

// The same audit's next pass: "event e-rtl (2023-10-09) starts after source s-wire was published
// (2019-05-02)" broke as "(2019-05-" / "02)" at 390 px.
test("390 px: each date in a finding's message stays whole on its line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?data=${FIXTURE}/${LONG_NAMES_DATA}&view=findings`);
  await viewReady(page, "findings");
  await expect(page.getByText("(2019-05-02)", { exact: false }).first()).toBeVisible();
  const dates = await page.locator("main li").evaluateAll((items) => {
    const seen: { date: string; lines: number }[] = [];
    for (const item of items) {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          seen.push({
            date: m[0],
            lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          });
        }
      }
    }
    return seen;
  });
  expect(dates.map((d) => d.date)).toEqual(expect.arrayContaining(["2023-10-09", "2019-05-02"]));
  expect(dates.filter((d) => d.lines > 1)).toEqual([]);
});
