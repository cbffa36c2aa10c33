import { expect, test } from "@playwright/test";
import type { ReleaseSummary } from "@tally/dataset";
import { HTML_QUOTE } from "./fixtures/syntheticReleases.js";
import { downloadBytes, downloadFrom, FIXTURE, fixtureJson, offline, shot } from "./helpers.js";

// These tests run on the SYNTHETIC fixture releases (e2e/fixtures), served at /e2e-data/.
const q = (params: string) => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;

test("opens offline on the most severe conflict, 200 vs about 600, drawn before DuckDB-WASM", async ({
  page,
}) => {
  const external = await offline(page);
  await page.goto(q(""));
  const chart = page.getByRole("group", { name: /Synthetic repatriation of 9 Oct 2023/ });
  await expect(chart).toBeVisible();
  // Two readings: the exact 200 alone, and about 600 with "more than 500" (540–660).
  await expect(page.locator('.tally-range-row[data-claim-id="c-200"]')).toHaveAttribute(
    "aria-label",
    /: 200 \(reading A\)/,
  );
  await expect(page.locator('.tally-range-row[data-claim-id="c-600"]')).toHaveAttribute(
    "aria-label",
    /: about 600 \(540–660\) \(reading B\)/,
  );
  await expect(page.getByTestId("reading-summary")).toContainText("widest gap ×2.70 (high)");
  await expect(page.getByTestId("gap-meaning")).toContainText("Widest gap: 540 ÷ 200 = ×2.70");
  await expect(page.getByTestId("most-corroborated")).toContainText(
    "Most corroborated reading: 540–660, 2 independent origins",
  );
  await expect(page.getByText("Drawn from the release summary")).toBeVisible();
  await shot(page, "fixture-discrepancies");
  expect(external).toEqual([]);
});

test("clicking a claim shows its quote, outlet and inferred date; the link is safe", async ({ page }) => {
  await page.goto(q(""));
  await page.locator('[data-claim-id="c-600"]').first().click();
  const panel = page.locator("section.tally-evidence");
  await expect(panel.locator("blockquote")).toHaveText(
    "About 600 North Koreans were repatriated, the group said.",
  );
  await expect(panel).toContainText("Synthetic Monitor");
  await expect(panel).toContainText("2023-10 (inferred)");
  expect(new URL(page.url()).searchParams.get("claim")).toBe("c-600");
  await page.locator('[data-claim-id="c-200"]').first().focus();
  await page.keyboard.press("Enter");
  const link = panel.getByRole("link", { name: "https://example.org/wire" });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
});

test("a quote containing HTML is shown as text", async ({ page }) => {
  await page.goto(q("view=claims&claim=c-html"));
  const panel = page.locator("section.tally-evidence");
  await expect(panel.locator("blockquote")).toHaveText(HTML_QUOTE);
  await expect(panel).toContainText("<i>Synthetic</i> Daily");
  expect(await panel.locator("img, script, b, i, u").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await shot(page, "fixture-claims-html-quote");
});

test("a filter changes the URL and reloading restores it", async ({ page }) => {
  await page.goto(q("view=claims"));
  await expect(page.locator("tbody tr")).toHaveCount(12);
  await page.locator('select[name="outlet"]').selectOption("Synthetic Wire");
  await expect(page).toHaveURL(/outlet=Synthetic\+Wire/);
  await expect(page.locator("tbody tr")).toHaveCount(5);
  await page.locator('input[name="q"]').fill("second source");
  await expect(page).toHaveURL(/q=second\+source/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.reload();
  await expect(page.locator('select[name="outlet"]')).toHaveValue("Synthetic Wire");
  await expect(page.locator('input[name="q"]')).toHaveValue("second source");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr")).toContainText("More than 500");
});

test("a quote search is a bound parameter: SQL in the box is just text", async ({ page }) => {
  await page.goto(q(`view=claims&q=${encodeURIComponent("'; drop table claims; --")}`));
  await expect(page.getByText("No claim matches these filters.")).toBeVisible();
  // No rows, nothing to download (a header alone was saved as a result).
  await expect(page.getByRole("button", { name: "CSV of these rows" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "These rows + metadata (ZIP)" })).toBeDisabled();
  await page.goto(q("view=claims"));
  await expect(page.locator("tbody tr")).toHaveCount(12);
  await expect(page.getByRole("button", { name: "CSV of these rows" })).toBeEnabled();
});

test("a quote search is a step in the history of its own: Back returns to the filters before it", async ({
  page,
}) => {
  await page.goto(q("view=claims"));
  await expect(page.locator("tbody tr")).toHaveCount(12);
  await page.locator('select[name="outlet"]').selectOption("Synthetic Wire");
  await expect(page.locator("tbody tr")).toHaveCount(5);
  await page.locator('input[name="q"]').pressSequentially("sec", { delay: 20 });
  await expect(page).toHaveURL(/q=sec/);
  await page.waitForTimeout(400);
  await page.locator('input[name="q"]').pressSequentially("ond source", { delay: 20 });
  await expect(page).toHaveURL(/q=second\+source/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  // One Back: the outlet alone, not the claims unfiltered, nor "sec".
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/outlet=Synthetic\+Wire/);
  await expect(page.locator('input[name="q"]')).toHaveValue("");
  await expect(page.locator("tbody tr")).toHaveCount(5);
});

test("each export downloads a non-empty file of the right type", async ({ page }) => {
  await page.goto(q(""));
  const frame = page.locator("figure.tally-chart").first();
  await expect(frame.locator("svg.recharts-surface")).toBeVisible();

  const png = await downloadFrom(page, frame.getByRole("button", { name: "PNG (2×)" }));
  const pngBytes = await downloadBytes(png);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR width at bytes 16..19: twice the exported image's width (the export's 880 px chart +
  // padding), whatever the chart's width on screen.
  expect(pngBytes.readUInt32BE(16)).toBe(2 * (880 + 32));

  const svg = await downloadFrom(page, frame.getByRole("button", { name: "SVG" }));
  const svgText = (await downloadBytes(svg)).toString("utf8");
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svgText).toContain("tally-synthetic-e2e@1.1.0");
  expect(svgText).toContain("Synthetic Wire (2023-10-10)");
  expect(svgText).toContain("Exported ");

  const csv = await downloadFrom(page, frame.getByRole("button", { name: "CSV" }));
  const csvText = (await downloadBytes(csv)).toString("utf8");
  const lines = csvText.trim().split("\n");
  expect(lines[0]).toMatch(
    /^\uFEFF?Claim ID,Event ID,Event,Event date,Event start \(ISO\),Event end \(ISO\),Event date inferred,As of,As of inferred,Metric,Metric ID,Unit,Qualifier,Stated low/,
  );
  expect(lines).toHaveLength(4);

  await frame.getByRole("button", { name: "Cite this" }).click();
  await expect(frame.getByRole("textbox", { name: "Citation" })).toHaveValue(
    /tally-synthetic-e2e\), version 1\.1\.0 \(2024-02-01\)\..*http:\/\/127\.0\.0\.1/,
  );
});

test("versions: compare two releases through the dataset diff", async ({ page }) => {
  await page.goto(q("view=versions&v=1.1.0"));
  await page.locator('select[name="compare"]').selectOption("1.0.0");
  await expect(page).toHaveURL(/compare=1\.0\.0/);
  const claims = page.locator('tr[data-table="claims"]');
  await expect(claims.locator("td")).toHaveText(["1", "1", "1"]);
  await expect(page.locator(".diff-added")).toContainText("c-new");
  await expect(page.locator(".diff-removed")).toContainText("c-2019b");
  await expect(page.locator(".diff-changed")).toContainText("value_low 404 → 410");
  await shot(page, "fixture-versions-compare");
  // The comparison as a file (an outside audit: the view offered none).
  const download = await downloadFrom(
    page,
    page.getByRole("button", { name: "Download this comparison (CSV)" }),
  );
  expect(download.suggestedFilename()).toBe("changes-from-1-0-0-tally-synthetic-e2e-1.1.0.csv");
  const lines = (await downloadBytes(download))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe("Table,Change,Row ID,Field,Before,After,Releases compared");
  const compared = "tally-synthetic-e2e@1.0.0 → tally-synthetic-e2e@1.1.0";
  expect(lines).toContain(`claims,added,c-new,,,,${compared}`);
  expect(lines).toContain(`claims,removed,c-2019b,,,,${compared}`);
  expect(lines).toContain(`claims,changed,c-arr19,value_low,404,410,${compared}`);
  await expect(page.getByTestId("diff-download-status")).toHaveText("CSV downloaded.");
  // The notes below link the file they are drawn from.
  const href = await page.getByRole("link", { name: "CHANGELOG.md" }).getAttribute("href");
  expect(href).toMatch(/\/releases\/1\.1\.0\/CHANGELOG\.md$/);
  const published = await page.request.get(new URL(href!, page.url()).href);
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain("## 1.1.0");
});

test("a release listed but missing shows an error in place with what to do", async ({ page }) => {
  await page.goto(q("v=1.0.1"));
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Release 1.0.1 could not be loaded");
  await expect(alert).toContainText("HTTP 404");
  await expect(alert).toContainText("Pick another release under Versions");
  await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
  await shot(page, "fixture-missing-release");
});

test("a data address with no release index shows an error in place", async ({ page }) => {
  await page.goto("/?data=/e2e-data/nowhere");
  await expect(page.getByRole("alert")).toContainText("No release index");
  // The address ?data= named is what to check, not the dashboard's own build.
  await expect(page.getByRole("alert")).toContainText(
    /e2e-data\/nowhere \(from \?data= in this page's address\) holds a Tally release/,
  );
  await expect(page.getByRole("alert")).not.toContainText("pnpm build:data");
});

test("the SQL console answers count(*) on its own engine and shows errors in place", async ({ page }) => {
  const summary = fixtureJson<ReleaseSummary>("releases/1.1.0/summary.json");
  await page.goto(q("view=sql"));
  await page.locator("#sql-text").fill("select count(*) as n from claims");
  await page.getByRole("button", { name: /Run/ }).click();
  await expect(page.locator(".sql-result tbody td")).toHaveText(String(summary.counts.claims));
  await expect(page.locator(".sql-result .row-count")).toHaveText(/1 row in [\d.]+ ms/);
  await page.locator("#sql-text").fill("select * from read_csv('https://example.org/x.csv')");
  await page.getByRole("button", { name: /Run/ }).click();
  await expect(page.getByRole("alert")).toContainText("The query failed");
  await page.locator("#sql-text").fill("drop table claims");
  await page.getByRole("button", { name: /Run/ }).click();
  await expect(page.locator(".sql-result")).toBeVisible();
  // The console's copy is gone; the app's own tables are untouched.
  await page.getByRole("link", { name: "Claims" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(summary.counts.claims);
});

test("every view renders (screenshots for review)", async ({ page }) => {
  for (const view of ["overview", "trends", "findings", "claims", "sql"]) {
    await page.goto(q(`view=${view}`));
    await expect(page.locator("main h1")).toBeVisible();
    if (view === "trends") await expect(page.locator(".tally-trend-point").first()).toBeVisible();
    if (view === "claims") await expect(page.locator("tbody tr").first()).toBeVisible();
    if (view === "sql") await expect(page.getByRole("button", { name: /Run/ })).toBeEnabled();
    await shot(page, `fixture-${view}`);
  }
});

test("findings link to the claims they name", async ({ page }) => {
  await page.goto(q("view=findings"));
  const link = page.locator(".claim-links a").first();
  const id = await link.textContent();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`view=claims.*claim=${id}`));
  await expect(page.locator("section.tally-evidence")).toHaveAttribute("data-claim-id", id!);
});

test("controls are keyboard reachable with a visible focus ring", async ({ page }) => {
  await page.goto(q(""));
  await expect(page.locator('[data-claim-id="c-200"]')).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id") === "c-200");
  }
  expect(reached).toBe(true);
  const stroke = await page
    .locator('[data-claim-id="c-200"] .tally-focus-ring')
    .evaluate((el) => getComputedStyle(el).stroke);
  // The ring colour (--tally-focus in styles.css, at least 3:1 on every background).
  expect(stroke).toBe("rgb(17, 17, 17)");
  await page.keyboard.press("Enter");
  await expect(page.locator("section.tally-evidence")).toHaveAttribute("data-claim-id", "c-200");
});

test("the Claims table sorts from the keyboard: focus stays on the heading, aria-sort says the order", async ({
  page,
}) => {
  await page.goto(q("view=claims"));
  await expect(page.getByTestId("claims-result")).toHaveAttribute("data-complete", "true");
  const figure = page.getByRole("button", { name: "Figure" });
  const heading = page.locator("th", { has: figure });
  const firstFigure = page.locator("tbody tr").first().locator("td.num");
  await figure.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=value_low%3Aasc|sort=value_low:asc/);
  await expect(heading).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("claims-result")).toHaveAttribute("data-complete", "true");
  // Before: the table was replaced while the new order loaded, and focus fell to <body>.
  await expect(figure).toBeFocused();
  const lowest = await firstFigure.textContent();
  // So a second Enter reverses the order without tabbing back through the page.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=value_low%3Adesc|sort=value_low:desc/);
  await expect(heading).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("claims-result")).toHaveAttribute("data-complete", "true");
  await expect(figure).toBeFocused();
  await expect(firstFigure).not.toHaveText(lowest!);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await shot(page, `fixture-claims-sorted-${width}`);
  }
});
