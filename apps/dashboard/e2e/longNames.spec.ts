import { expect, test } from "@playwright/test";
import {
  ARABIC_OUTLET,
  FORMULA_OUTLET,
  HTML_EVENT,
  LONG_NAMES_DATA,
  RTL_METRIC_LABEL,
} from "./fixtures/longNames.js";
import { downloadFrom, FIXTURE, sidewaysOverflow } from "./helpers.js";
import { viewReady } from "./views.js";

// An outside audit's hostile release: an event titled `<img src=x onerror="window.__xss=1">Event`
// ran over the Claims table's Metric column at 1280 px, an outlet `=HYPERLINK(…)` was cut off at a
// card's right edge at 390 px, and Findings and Discrepancies scrolled sideways on a phone.

const DATA = `${FIXTURE}/${LONG_NAMES_DATA}`;
const PHONE = { width: 390, height: 844 };

test.describe("long unbreakable names", () => {
  test.describe.configure({ timeout: 300_000 });

  for (const [view, query] of [
    ["claims", "view=claims"],
    ["findings", "view=findings"],
    ["discrepancies", "event=e-html&metric=persons_detained"],
  ] as const) {
    test(`${view} does not scroll sideways at 390 px`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/?data=${DATA}&${query}`);
      await viewReady(page, view);
      if (view === "discrepancies") await expect(page.getByTestId("reading-summary")).toBeVisible();
      if (view === "findings") await expect(page.locator(".findings li").first()).toBeVisible();
      expect(await sidewaysOverflow(page), `${view} scrolls sideways`).toBeLessThanOrEqual(0);
      // No text runs past its box either, where the box clips it rather than the page scrolling.
      const cut = await page.evaluate(
        (names) => {
          const out: string[] = [];
          for (const el of document.querySelectorAll("main *")) {
            const own = [...el.childNodes].some(
              (n) => n.nodeType === 3 && names.some((s) => n.textContent?.includes(s)),
            );
            if (
              own &&
              el.getBoundingClientRect().width > 0 &&
              el.scrollWidth > el.clientWidth + 1 &&
              el.clientWidth > 0
            )
              out.push(`${el.tagName}: ${el.textContent?.slice(0, 40)}`);
            const r = document.createRange();
            r.selectNodeContents(el);
            if (own && r.getBoundingClientRect().right > window.innerWidth)
              out.push(`past the window: ${el.textContent?.slice(0, 40)}`);
          }
          return out;
        },
        [FORMULA_OUTLET, HTML_EVENT.slice(0, 20)],
      );
      expect(cut, "text cut off or past the window").toEqual([]);
    });
  }

  test("at 1280 px the Claims table fits and no cell runs over the next", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?data=${DATA}&view=claims`);
    await viewReady(page, "claims");
    const over = await page.evaluate(() =>
      [...document.querySelectorAll(".claims-table td .wrap-cell")]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    expect(over, "cells whose text runs past their width").toEqual([]);
    const wrap = page.locator(".claims-table .tally-table-wrap");
    if ((await wrap.count()) > 0)
      expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  // An outside audit: "…محتجزون: 3 claims compared" drew as "… 3 :محتجزون claims compared" and
  // "A: 45 · الجزيرة نت · 1 claim" as "A: 45 · 1 · الجزيرة نت claim". Each name is isolated.
  test("right-to-left names are isolated from the figures beside them in Discrepancies", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?data=${DATA}&event=e-rtl&metric=persons_detained`);
    await viewReady(page, "discrepancies");
    const chart = page.getByTestId("discrepancy-chart");
    await expect(chart.locator("h2.tally-chart-heading")).toHaveText(
      `Synthetic detentions at the border — \u2068${RTL_METRIC_LABEL}\u2069: 3 claims compared`,
    );
    // The chart's own SVG: its reading band names the outlet isolated, the count after it.
    const svgText = await chart
      .locator("svg")
      .first()
      .evaluate((el) => el.textContent ?? "");
    expect(svgText).toContain(`\u2068${ARABIC_OUTLET}\u2069 · 1 claim`);
    await expect(chart.locator(".tally-attribution")).toContainText(
      `\u2068${ARABIC_OUTLET}\u2069 (2023-10-11)`,
    );
    // In HTML, a <bdi>.
    await expect(page.locator(`[data-listed-claim="c-r1"] bdi`).first()).toHaveText(ARABIC_OUTLET);
    // An outside audit: the SVG embeds Noto Sans's Latin subset alone, so these names are drawn in
    // whatever font the SVG's viewer has. The download says so.
    const svg = await downloadFrom(page, chart.getByRole("button", { name: "SVG" }));
    await svg.path();
    const status = chart.locator(".tally-status");
    await expect(status).toContainText("SVG downloaded. Its text has characters the embedded font lacks (");
    // Each letter isolated, so a list of Arabic letters keeps its order in the sentence.
    await expect(status).toHaveText(
      /\(\u2068[\u0600-\u06ff]\u2069, \u2068[\u0600-\u06ff]\u2069, .* and \d+ more\)/,
    );
    await expect(status).toContainText("the PNG shows them as drawn here.");
  });

  // An outside audit: at 390 px the heading "=HYPERLINK(…): 5 persons" did not wrap and pushed the
  // evidence panel's Close button to x = 414–480, off a 390 px screen.
  test("at 390 px a long outlet wraps in the evidence panel's heading and Close stays on screen", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/?data=${DATA}&view=claims&claim=c-h1`);
    await viewReady(page, "claims");
    const close = page.getByRole("button", { name: "Close evidence" });
    await expect(close).toBeVisible();
    const box = (await close.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const panel = page.locator("section.tally-evidence");
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });

  // An outside audit: the Hebrew quote "70 עצורים" drew with 70 on the left, "detainees 70" to a
  // reader of Hebrew. A quote takes its direction from its own first letter.
  test("a Hebrew quote reads right to left, its figure first on the right", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?data=${DATA}&view=claims&claim=c-r2`);
    await viewReady(page, "claims");
    const quotes = [
      page.locator("section.tally-evidence blockquote"),
      page.locator('[data-row-key="c-r2"] .quote-cell'),
    ];
    for (const quote of quotes) {
      await expect(quote).toHaveText("70 עצורים");
      const [figure, word] = await quote.evaluate((el) => {
        const text = el.firstChild!;
        const at = (from: number, to: number) => {
          const r = document.createRange();
          r.setStart(text, from);
          r.setEnd(text, to);
          return r.getBoundingClientRect().x;
        };
        return [at(0, 2), at(3, 9)];
      });
      expect(figure, "70 stands right of the word after it").toBeGreaterThan(word);
    }
  });
});
