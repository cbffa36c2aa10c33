import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { downloadBytes, downloadZip, FIXTURE, serveReleaseFile } from "./helpers.js";

// Vocabularies as data (issue 10 item 6, issue 11 item 2): the dashboard reads category and
// attributed-kind labels from the release's vocabulary tables, not from code, and the Claims CSV
// carries the same metadata file as a chart's CSV.

const OUT = resolve(
  import.meta.dirname,
  "..",
  process.env.TALLY_E2E_RESULTS ?? "test-results",
  "vocabularies",
);
const fixture = (params: string) => `/?data=${FIXTURE}&${params}`;

async function shotAt(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage: true });
}

/** The options of a Claims filter as [value, text] pairs, once the query behind them has answered. */
async function optionsOf(page: Page, name: string): Promise<[string, string][]> {
  const select = page.locator(`select[name="${name}"]`);
  // "any" is there from the first paint; the vocabulary's options come once DuckDB has answered.
  await expect.poll(() => select.locator("option").count(), { timeout: 30_000 }).toBeGreaterThan(1);
  return select
    .locator("option")
    .evaluateAll((os) =>
      os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""] as [string, string]),
    );
}

/** categories.arrows as the release build writes it, with forced_repatriation labelled `label`. */
function categoriesArrow(label: string): Buffer {
  const table = new Table({
    category: vectorFromArray(["forced_repatriation", "detention", "arrival"], new Utf8()),
    label: vectorFromArray([label, "Detention", "Arrival"], new Utf8()),
    description: vectorFromArray(["Sent back.", "Held.", "Arrived."], new Utf8()),
  });
  return Buffer.from(tableToIPC(table, "stream"));
}

test.describe("vocabulary labels", () => {
  test("Claims filters show the vocabulary's labels and keep the ids as values", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fixture("view=claims"));
    const categories = await optionsOf(page, "category");
    expect(categories).toContainEqual(["forced_repatriation", "Forced repatriation"]);
    expect(categories).toContainEqual(["detention", "Detention"]);
    const kinds = await optionsOf(page, "kind");
    expect(kinds).toContainEqual(["anonymous_source", "Unnamed source"]);
    // Named for what it offers, as the CSV's column is: the table's column shows the parties'
    // names, and a filter of the same name offering kinds read as broken (an outside audit).
    await expect(page.getByLabel("Attributed to (kind)")).toHaveAttribute("name", "kind");
    for (const [, text] of [...categories, ...kinds]) expect(text).not.toMatch(/_/);

    // Picking a label filters by its id, and the id is what the link carries.
    await page.locator('select[name="category"]').selectOption({ label: "Detention" });
    await expect(page).toHaveURL(/category=detention/);
    const result = page.getByTestId("claims-result");
    await expect(result).toHaveAttribute("data-complete", "true");
    const rows = result.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    // Every row left is an event of that category: the e-2019 detentions of the fixture.
    for (const text of await rows.allInnerTexts()) expect(text).toContain("2019");
    // The attributed kind reads as its label beside the name (the fixture's police: "government").
    await expect(result).toContainText("(Government)");
    await expect(result).not.toContainText("(government)");
  });

  test("a release whose categories.csv labels a category differently shows that label", async ({ page }) => {
    const label = "Sent back across the border";
    await serveReleaseFile(page, FIXTURE, "1.1.0", "categories.arrows", categoriesArrow(label));
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(fixture("view=claims"));
      expect(await optionsOf(page, "category")).toContainEqual(["forced_repatriation", label]);
      await expect(page.getByTestId("claims-result")).toHaveAttribute("data-complete", "true");
      await shotAt(page, `claims-${width}`);

      await page.goto(fixture("view=trends"));
      const counts = page.getByRole("group", { name: /Reported counts over time/ });
      await expect(counts.locator(".tally-trend-point").first()).toBeVisible({ timeout: 30_000 });
      // The series are named by the label (legend and the data table alternative), never the id.
      await expect(page.locator("main")).toContainText(label);
      await expect(page.locator("main")).not.toContainText("forced_repatriation");
      await expect(page.locator("main")).not.toContainText("forced repatriation");
      await shotAt(page, `trends-${width}`);
    }
  });

  test("the Claims CSV has a BOM, labels and its release; the ZIP adds a .metadata.json naming the data's origin", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fixture("view=claims"));
    const result = page.getByTestId("claims-result");
    await expect(result).toHaveAttribute("data-complete", "true");
    const shown = await result.locator("tbody tr").count();
    const downloads: import("@playwright/test").Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await page.getByRole("button", { name: "CSV of these rows" }).click();
    await expect.poll(() => downloads.length).toBe(1);
    const csvDl = downloads[0]!;
    expect(csvDl.suggestedFilename()).toBe("claims-tally-synthetic-e2e-1.1.0.csv");
    const csv = await downloadBytes(csvDl);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(resolve(OUT, csvDl.suggestedFilename()), csv);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).trimEnd().split("\n");
    for (const h of ["Claim ID", "Category", "Attributed to (kind)", "Source kind", "Quote"])
      expect(lines[0]).toContain(h);
    expect(lines.some((l) => l.includes("Forced repatriation"))).toBe(true);
    expect(lines.slice(1).every((l) => l.endsWith(",tally-synthetic-e2e@1.1.0"))).toBe(true);

    await page.getByRole("button", { name: "These rows + metadata (ZIP)" }).click();
    await expect.poll(() => downloads.length).toBe(2);
    const zipDl = downloads[1]!;
    expect(zipDl.suggestedFilename()).toBe("claims-tally-synthetic-e2e-1.1.0.zip");
    writeFileSync(resolve(OUT, zipDl.suggestedFilename()), await downloadBytes(zipDl));
    const files = await downloadZip(zipDl);
    expect(files["claims-tally-synthetic-e2e-1.1.0.csv"]!.equals(csv)).toBe(true);
    const metaBytes = files["claims-tally-synthetic-e2e-1.1.0.metadata.json"]!;
    const meta = JSON.parse(metaBytes.toString("utf8"));
    expect(meta).toMatchObject({
      dataset: "tally-synthetic-e2e",
      version: "1.1.0",
      // The fixture's own licence, not the shipped release's CC BY 4.0 (an outside review).
      licence: {
        name: "CC0 1.0",
        title: "Creative Commons Zero",
        path: "https://creativecommons.org/publicdomain/zero/1.0/",
      },
      file: csvDl.suggestedFilename(),
      rows: shown,
    });
    expect(meta.citation.text).toContain("version 1.1.0 (2024-02-01). Claims.");
    expect(meta.citation.text).toContain("licensed CC0 1.0");
    expect(meta.citation.text).not.toContain("CC BY");
    // Its own key, dated by the release (an outside review found one key for every chart, no year).
    expect(meta.citation.bibtex).toMatch(/^@misc\{tally-synthetic-e2e-1\.1\.0-claims,\n/);
    expect(meta.citation.bibtex).toContain("year = {2024}");
    expect(meta.sources.length).toBeGreaterThan(0);
    // ?data= points away from the app's own data/: the metadata says so and names the address.
    expect(meta.origin).toMatch(
      /^Data from http:\/\/127\.0\.0\.1:\d+\/e2e-data, not the published release\.$/,
    );
    // On this machine's own server: the copy is named above, but no address is cited as the data's.
    expect(meta.data).toBeNull();
  });
});
