import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { FIXTURE } from "./helpers.js";

// arquero (issue 11 item 9): the Versions comparison and the Trends ranges are shaped with it, and
// it loads only with the views that use it, never with the first chart. Runs on the SYNTHETIC
// fixture releases (1.0.0 → 1.1.0: c-new added, c-2019b removed, c-arr19 changed).

// Beside the results folder, not in it: Playwright empties that folder at the start of each run.
const SHOTS = resolve(
  import.meta.dirname,
  "..",
  `${process.env.TALLY_E2E_RESULTS ?? "test-results/artifacts"}-screens`,
);
const fixture = (params: string) => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/** The app's own scripts the page has loaded so far, with their text. */
function scriptsOf(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (
      url.pathname.startsWith("/assets/") &&
      url.pathname.endsWith(".js") &&
      !url.pathname.includes("worker")
    )
      scripts.set(url.pathname, r.text());
  });
  return scripts;
}

/** Whether any loaded script holds arquero: its verbs survive minification as property names. */
async function hasArquero(scripts: Map<string, Promise<string>>): Promise<boolean> {
  const texts = await Promise.all(scripts.values());
  return texts.some((t) => t.includes("antijoin") && t.includes("semijoin"));
}

/**
 * Every number in the page's tables against its column's heading: the right edges of their text
 * must meet (numbers and their headings both right-aligned), whatever the column's width.
 */
async function numbersUnderHeadings(page: Page): Promise<{ checked: number; misplaced: string[] }> {
  return page.evaluate(() => {
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };
    const misplaced: string[] = [];
    let checked = 0;
    for (const table of document.querySelectorAll("main table")) {
      const headings = [...table.querySelectorAll("thead th")];
      for (const row of table.querySelectorAll("tbody tr"))
        [...row.children].forEach((cell, i) => {
          const text = cell.textContent?.trim() ?? "";
          const heading = headings[i];
          if (cell.tagName !== "TD" || !/^-?[\d,.]+$/.test(text) || !heading) return;
          checked++;
          const number = textBox(cell).right;
          const label = textBox(heading).right;
          if (Math.abs(number - label) > 1)
            misplaced.push(`${heading.textContent} ${text}: number ends at ${number}, heading at ${label}`);
        });
    }
    return { checked, misplaced };
  });
}

for (const width of [1280, 390]) {
  test(`versions at ${width} px: the comparison counts rows and names the fields that changed`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const scripts = scriptsOf(page);
    await page.goto(fixture("view=versions&v=1.1.0&compare=1.0.0"));
    const summary = page.locator("table", { has: page.locator("tr[data-table]") });
    await expect(summary.locator('tr[data-table="claims"] td')).toHaveText(["1", "1", "1"]);
    // Every table is listed, unchanged ones with zeros.
    // The optional tables too (assessments, vocabularies), which it compared on the four only.
    const unchanged = ["sources", "events", "metrics", "assessments", "categories", "attributed_kinds"];
    for (const table of [...unchanged, "source_kinds", "units"])
      await expect(summary.locator(`tr[data-table="${table}"] td`)).toHaveText(["0", "0", "0"]);
    // The fields that changed, in the order the diff lists them (ties in column order).
    await expect(page.locator(".diff-fields li")).toHaveText([
      "claims: value_low (1 row), value_high (1 row), figure_text (1 row), quote (1 row)",
    ]);
    await expect(page.locator(".diff-changed")).toContainText("c-arr19");
    // Each number under its own heading, in both tables. Before: headings left, numbers right, so
    // at 1280 px each number sat under the next heading (claims "Removed 1", "Changed" unlabelled).
    const { checked, misplaced } = await numbersUnderHeadings(page);
    expect(checked).toBeGreaterThanOrEqual(9 * 3 + 2 * 3);
    expect(misplaced).toEqual([]);
    expect(await hasArquero(scripts)).toBe(true);
    if (width === 390) {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    }
    await screenshot(page, `versions-compare-${width}`);
  });
}

test("versions: the change is told from the older release to the newer, whichever is in use", async ({
  page,
}) => {
  // A review: v=1.0.0&compare=1.1.0 read "Changes from 1.1.0 to 1.0.0", 1.1.0's new claims removed.
  const summary = page.locator("table", { has: page.locator("tr[data-table]") });
  for (const params of ["v=1.1.0&compare=1.0.0", "v=1.0.0&compare=1.1.0"]) {
    await page.goto(fixture(`view=versions&${params}`));
    await expect(page.locator("#diff-h")).toHaveText("Changes from 1.0.0 to 1.1.0");
    await expect(summary.locator('tr[data-table="claims"] td')).toHaveText(["1", "1", "1"]);
  }
  // A removed claim is in the older release: its link opens it there.
  const removed = page.locator(".diff-removed a");
  await expect(removed).toHaveCount(1);
  const id = (await removed.textContent())!;
  await removed.click();
  await expect(page).toHaveURL(/view=claims/);
  await expect(page).toHaveURL(/[?&]v=1\.0\.0(&|$)/);
  await expect(page.locator(`.claims-table tr[data-row-key="${id}"]`)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByText(`No claim “${id}”`)).toHaveCount(0);
});

test("versions: the release in use compared with itself is no comparison, and is said to be none", async ({
  page,
}) => {
  // A review: compare=1.1.0 with 1.1.0 in use drew an all-zero table under "choose a release".
  await page.goto(fixture("view=versions&v=1.1.0&compare=1.1.0"));
  await expect(page.getByTestId("same-compare")).toContainText(
    "Release 1.1.0 is the release in use, so there is nothing to compare",
  );
  await expect(page.locator("select[name=compare]")).toHaveValue("");
  await expect(page.locator("#diff-h")).toHaveCount(0);
});

test("the first chart loads no arquero; Trends loads it and draws its reconciled ranges", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const scripts = scriptsOf(page);
  await page.goto(fixture(""));
  await expect(page.locator(".tally-range-row").first()).toBeVisible();
  expect(scripts.size).toBeGreaterThan(0);
  expect(await hasArquero(scripts)).toBe(false);

  await page.getByRole("link", { name: "Trends" }).click();
  // Shaped by arquero: the three-reading group's range, its two tied readings (the assessment marks,
  // joined in arquero too, are pinned by trendRanges.test.ts: the release's assessments are empty).
  const three = page.locator('.tally-reconciled[data-range^="e-three"]').first();
  await expect(three).toBeVisible({ timeout: 120_000 });
  await expect(three.locator(".tally-most-corroborated")).toHaveCount(2);
  await expect(three).toHaveAttribute("aria-label", /most corroborated readings, tied: 81–99, .*; 150, /);
  expect(await hasArquero(scripts)).toBe(true);
  await screenshot(page, "trends-1280");
});
