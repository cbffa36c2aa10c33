import { expect, type Page, test } from "@playwright/test";
import { downloadBytes, downloadFrom, hasRealData } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit: North Koreans detained, picked alone, has two consistent groups (Shenyang's
// three 7s, Liaoning's 60s), one reading each and so no darker most corroborated part, yet its
// legend, on screen and in every export, named "its darker part … the most corroborated reading".

const MOST = "the most corroborated reading";

async function legendAndSvg(page: Page, url: string): Promise<{ legend: string; svg: string }> {
  await page.goto(url);
  await viewReady(page, "trends");
  await expect(page.locator(".tally-reconciled").first()).toBeAttached();
  const frame = page.locator("figure.tally-chart").first();
  const legend = (await frame.locator(".tally-legend").textContent()) ?? "";
  const d = await downloadFrom(page, frame.getByRole("button", { name: "SVG", exact: true }));
  return { legend, svg: (await downloadBytes(d)).toString("utf8") };
}

test.describe("the legend names a band's darker part only where one is drawn (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");

  test("North Koreans detained: bands of one reading, no darker part, none named", async ({ page }) => {
    const { legend, svg } = await legendAndSvg(page, "/?view=trends&metric=detained_persons");
    await expect(page.locator(".tally-most-corroborated")).toHaveCount(0);
    expect(legend).toContain("wide shaded band");
    expect(legend).not.toContain(MOST);
    expect(svg).toContain("wide shaded band");
    expect(svg).not.toContain(MOST);
    // The note above the chart read "Its darker part … is the most corroborated reading" too.
    await expect(page.getByTestId("reconciled-note")).toContainText("the range an analyst can cite");
    await expect(page.getByTestId("reconciled-note")).not.toContainText(MOST);
  });

  test("all counts: 9 Oct 2023's two readings have one, and it is named", async ({ page }) => {
    const { legend, svg } = await legendAndSvg(page, "/?view=trends");
    await expect(page.locator(".tally-most-corroborated")).not.toHaveCount(0);
    expect(legend).toContain(MOST);
    expect(svg).toContain(MOST);
    await expect(page.getByTestId("reconciled-note")).toContainText(
      `Its darker part, barred at the left, is ${MOST}`,
    );
  });
});
