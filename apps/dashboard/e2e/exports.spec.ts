import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, type Download, expect, type Locator, type Page, test } from "@playwright/test";
import {
  downloadBytes,
  downloadedFile,
  downloadFrom,
  downloadZip,
  hasRealData,
  offline,
  SHIPPED_LATEST,
  SHIPPED_LATEST_RE,
} from "./helpers.js";

// Exports a writer pastes as they are (issue 11, items 1 and 3), on the shipped release: images
// with title, subtitle, legend and source footer, nothing clipped, one font, always at the export
// width; CSV with a BOM, human headers, the validator's intervals and a metadata file; citations
// pinned to the version. Every exported file is saved for review under the results folder.

// Beside the results folder, not in it: Playwright empties its output folder at the start of a run.
const RESULTS = resolve(
  import.meta.dirname,
  "..",
  `${process.env.TALLY_E2E_RESULTS ?? "test-results"}-review`,
);
/**
 * Views that wait for DuckDB-WASM: its start took 30 s with the shared machine's load at 25 (2 to
 * 14 s when quieter); anything that never appears still fails.
 */
const ENGINE = { timeout: 90_000 };
/** The export's chart width (EXPORT_CHART_WIDTH) plus 16 px of padding each side. */
const IMAGE_WIDTH = 880 + 32;

function save(name: string, bytes: Buffer | string): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(resolve(RESULTS, name), bytes);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens the SVG in a page of its own and reports every text's box, font and the image size. */
async function inspectSvg(browser: Browser, svg: string) {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`,
    );
    return await page.evaluate(async () => {
      await document.fonts.ready;
      const root = document.querySelector("body > svg") as SVGSVGElement;
      const box = root.getBoundingClientRect();
      const texts = Array.from(root.querySelectorAll("text"))
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent ?? "",
            left: r.left - box.left,
            right: r.right - box.left,
            top: r.top - box.top,
            bottom: r.bottom - box.top,
            font: getComputedStyle(t).fontFamily,
          };
        });
      return {
        width: box.width,
        height: box.height,
        texts,
        notoLoaded: document.fonts.check("700 18px 'Noto Sans'") && document.fonts.check("12px 'Noto Sans'"),
        legend: root.querySelector(".tally-export-legend")?.textContent ?? "",
        // The selected row's highlight (RangeChart paints it #f2f2f2); the file's marks are not buttons.
        selected: root.querySelectorAll('[fill="#f2f2f2"]').length,
        controls: root.querySelectorAll("svg svg [role], svg svg [tabindex], svg svg [aria-pressed]").length,
        tolerance: root.querySelectorAll(".tally-tolerance").length,
      };
    });
  } finally {
    await page.close();
  }
}

async function expectImage(browser: Browser, svg: string) {
  const out = await inspectSvg(browser, svg);
  expect(out.width).toBe(IMAGE_WIDTH);
  for (const t of out.texts) {
    expect.soft(t.left, `"${t.text}" starts left of the image`).toBeGreaterThanOrEqual(0);
    expect.soft(t.right, `"${t.text}" runs past the image's right edge`).toBeLessThanOrEqual(out.width);
    expect.soft(t.top, `"${t.text}" is cut at the top`).toBeGreaterThanOrEqual(0);
    expect.soft(t.bottom, `"${t.text}" is cut at the bottom`).toBeLessThanOrEqual(out.height);
  }
  expect(new Set(out.texts.map((t) => t.font))).toEqual(new Set(['"Noto Sans", sans-serif']));
  expect(out.notoLoaded).toBe(true);
  return out;
}

const chartFrame = (page: Page): Locator => page.locator("figure.tally-chart").first();

test.describe("exports on the shipped release", () => {
  test.skip(!hasRealData && !process.env.CI, "artifacts/data is missing: run `pnpm build:data` first");

  test("SVG and PNG: title, subtitle, legend and footer inside the image, one font, no selection", async ({
    page,
    browser,
  }) => {
    const external = await offline(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const frame = chartFrame(page);
    await expect(frame.locator("svg.recharts-surface")).toBeVisible();
    // A selected claim must not be baked into the image.
    await frame.locator(".tally-range-row").first().click();
    await expect(frame.locator('.tally-range-row[aria-pressed="true"]')).toHaveCount(1);

    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    save(svg.name, svg.bytes);
    expect(svg.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-tally-nk-detentions-repatriations-[0-9.-]+\.svg$/);
    const text = svg.bytes.toString("utf8");
    const out = await expectImage(browser, text);
    const all = out.texts.map((t) => t.text).join("\n");
    for (const part of [
      "Tumen",
      "Event date 9 Oct 2023",
      "Sources:",
      `@${SHIPPED_LATEST}`,
      "CC BY 4.0",
      "Exported 20",
    ])
      expect(all).toContain(part);
    // Served from this machine (127.0.0.1): no address a reader of the chart could open.
    expect(all).not.toContain("Data: ");
    expect(all).not.toContain("127.0.0.1");
    expect(out.legend).toContain("reading A");
    expect(out.legend).toContain("open-ended");
    expect(out.legend).toContain("about");
    expect(out.selected).toBe(0);
    expect(out.controls).toBe(0);
    expect(out.tolerance).toBeGreaterThan(0);

    const png = await downloadedFile(page, frame.getByRole("button", { name: "PNG (2×)" }));
    save(png.name, png.bytes);
    expect(png.name).toMatch(/@2x\.png$/);
    expect(pngSize(png.bytes).width).toBe(IMAGE_WIDTH * 2);
    expect(pngSize(png.bytes).height).toBe(Math.round(out.height) * 2);
    expect(external).toEqual([]);
  });

  test("a relayed figure's SVG names its first reporter and whom it is attributed to; an inferred date says so", async ({
    page,
    browser,
  }) => {
    // Liaoning 2019: Radio Free Asia relays Chosun Ilbo's "at least 39"; the year of the event
    // date is inferred. The export credited Radio Free Asia alone (an outside review).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=discrepancies&event=liaoning-detentions-2019&metric=detained_persons");
    const frame = chartFrame(page);
    await expect(frame.locator("svg.recharts-surface")).toBeVisible();
    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    save(svg.name, svg.bytes);
    const all = (await expectImage(browser, svg.bytes.toString("utf8"))).texts.map((t) => t.text).join("\n");
    expect(all).toContain("Radio Free Asia, Chosun Ilbo · 4 claims, 2 independent origins");
    expect(all).toContain("an activist who helps defectors (first reported by Chosun Ilbo)");
    expect(all).toContain("Event date Jul 2019 (inferred)");
  });

  test("file names are whole words of the event and the metric id, within 120 characters", async ({
    page,
  }) => {
    await page.goto("/");
    const frame = chartFrame(page);
    await expect(frame.locator("svg.recharts-surface")).toBeVisible();
    const title =
      (await frame
        .locator("figcaption")
        .first()
        .evaluate((e) => e.firstChild?.textContent ?? "")) ?? "";
    const metric = (await page.getByTestId("discrepancy-chart").getAttribute("data-metric")) ?? "";
    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    const words = new Set(`${title} ${metric}`.toLowerCase().split(/[^a-z0-9]+/));
    const stem = svg.name.replace(
      new RegExp(`-tally-nk-detentions-repatriations-${SHIPPED_LATEST_RE}\\.svg$`),
      "",
    );
    expect(`${svg.name.replace(/\.svg$/, "")}.metadata.json`.length).toBeLessThanOrEqual(120);
    // The metric is what tells one event's charts apart: it was cut off at 60 characters.
    expect(stem.endsWith(metric.replaceAll("_", "-"))).toBe(true);
    for (const w of stem.split("-")) expect(words.has(w), `"${w}" is a whole word of "${title}"`).toBe(true);
  });

  test("CSV: one file with BOM, units, the validator's intervals and the release; a ZIP adds metadata and README", async ({
    page,
  }) => {
    await page.goto("/");
    const frame = chartFrame(page);
    await expect(frame.locator("svg.recharts-surface")).toBeVisible();
    // One press, one file: a phone browser blocked the second of two downloads (the metadata).
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await frame.getByRole("button", { name: "CSV" }).click();
    await expect.poll(() => downloads.length).toBe(1);
    const csvDl = downloads[0]!;
    expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await downloadBytes(csvDl);
    save(csvDl.suggestedFilename(), csv);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).split("\n");
    const header = lines[0]!;
    for (const h of ["Claim ID", "Metric", "Stated low (persons)", "Validator's low (persons)", "Quote"])
      expect(header).toContain(h);
    // What a report must not state as fact is marked: inferred dates and headlines, vague figures.
    for (const h of ["Event start (ISO)", "Event date inferred", "Vague", "Source title inferred"])
      expect(header.split(",")).toContain(h);
    // "about 200" at the release's 10% tolerance: the validator read it as 180–220.
    const about = lines.find((l) => /,about,200,200,180,220,/.test(l));
    expect(about, "an about-200 row read as 180–220").toBeTruthy();
    // The CSV alone still names its release, in every row.
    expect(header.endsWith("Release (dataset@version)")).toBe(true);
    const release = `tally-nk-detentions-repatriations@${SHIPPED_LATEST}`;
    for (const l of lines.slice(1).filter(Boolean)) expect(l.endsWith(`,${release}`)).toBe(true);

    // The ZIP: the same CSV, its metadata and a README, in one download.
    const zipDl = await downloadFrom(page, frame.getByRole("button", { name: "Data + metadata (ZIP)" }));
    const stem = csvDl.suggestedFilename().replace(/\.csv$/, "");
    expect(zipDl.suggestedFilename()).toBe(`${stem}.zip`);
    save(zipDl.suggestedFilename(), await downloadBytes(zipDl));
    const files = await downloadZip(zipDl);
    expect(Object.keys(files).sort()).toEqual([`${stem}.README.md`, `${stem}.csv`, `${stem}.metadata.json`]);
    expect(files[`${stem}.csv`]!.equals(csv)).toBe(true);
    const readme = files[`${stem}.README.md`]!.toString("utf8");
    expect(readme).toContain(`Dataset ${release}`);
    expect(readme).toContain("Creative Commons");
    const metaBytes = files[`${stem}.metadata.json`]!;
    const meta = JSON.parse(metaBytes.toString("utf8"));
    expect(meta).toMatchObject({ version: SHIPPED_LATEST, dataset: "tally-nk-detentions-repatriations" });
    expect(meta.title).toContain("Tumen");
    expect(meta.citation.text).toMatch(
      new RegExp(`version ${SHIPPED_LATEST_RE} \\(\\d{4}-\\d{2}-\\d{2}\\)\\. `),
    );
    expect(meta.citation.text).toMatch(/ Accessed \d{4}-\d{2}-\d{2}\.$/);
    expect(meta.citation.bibtex).toContain("@misc");
    expect(meta.licence.name).toBe("CC BY 4.0");
    expect(meta.sources.length).toBeGreaterThan(1);
    // Both Daily NK headlines are paraphrased from the seeds' index: the texts print none.
    expect(
      meta.sources
        .filter((s: { outlet: string }) => s.outlet === "Daily NK")
        .map((s: { source_title_inferred: boolean }) => s.source_title_inferred),
    ).toEqual([true, true]);
    expect(meta.data).toBeNull();
  });

  test("Cite this: version, licence, BibTeX and CSL-JSON, and no loopback address", async ({ page }) => {
    await page.goto("/");
    const frame = chartFrame(page);
    await frame.getByRole("button", { name: "Cite this" }).click();
    const box = frame.locator("textarea.tally-cite");
    await expect(box).toHaveValue(new RegExp(`version ${SHIPPED_LATEST_RE} \\(\\d{4}-\\d{2}-\\d{2}\\)\\.`));
    await expect(box).not.toHaveValue(/127\.0\.0\.1/);
    // The whole citation in view (three rows cut it off on a phone), and one click copies it.
    expect(await box.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await frame.getByRole("button", { name: "Copy citation" }).click();
    await expect(frame.getByText("Citation copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await box.inputValue());
    await expect(box).toHaveValue(/CC BY 4\.0/);
    await expect(frame.getByRole("link", { name: "Creative Commons Attribution 4.0" })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    await frame.getByRole("radio", { name: "BibTeX" }).check();
    // The chart's own key (every chart had the release's one), and the release's year.
    await expect(box).toHaveValue(
      new RegExp(
        `^@misc\\{tally-nk-detentions-repatriations-${SHIPPED_LATEST_RE}-dandong-and-tumen-[a-z0-9-]+,\\n`,
      ),
    );
    await expect(box).toHaveValue(/ {2}year = \{\d{4}\},/);
    await frame.getByRole("radio", { name: "CSL-JSON" }).check();
    const csl = JSON.parse(await box.inputValue());
    expect(csl[0]).toMatchObject({
      type: "dataset",
      version: SHIPPED_LATEST,
      issued: { "date-parts": [expect.any(Array)] },
    });
  });

  for (const width of [1280, 390]) {
    test(`after switching the event picker the chart and its PNG keep their width (${width} px)`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      const chart = page.getByTestId("discrepancy-chart");
      const svgEl = chart.locator("svg.recharts-surface").first();
      await expect(svgEl).toBeVisible();
      const before = Number(await svgEl.getAttribute("width"));
      const column = await chart.evaluate((e) => e.clientWidth);
      expect(before).toBeGreaterThanOrEqual(Math.min(column - 22, 980) - 1);
      const select = page.locator("select[name=group]");
      await expect.poll(() => select.locator("option").count(), ENGINE).toBeGreaterThan(1);
      for (const name of ["Liaoning", "Shenyang"]) {
        const option = select.locator("option", { hasText: name }).first();
        await select.selectOption((await option.getAttribute("value"))!);
        await expect(chart).not.toHaveAttribute("data-event", /repatriation-2023/);
        await expect(chart.locator(".tally-range-row").first()).toBeVisible(ENGINE);
        await page.waitForTimeout(300);
        expect(Number(await chart.locator("svg.recharts-surface").first().getAttribute("width"))).toBe(
          before,
        );
      }
      await page.screenshot({ path: resolve(RESULTS, `switched-${width}.png`), fullPage: true });
      const frame = chartFrame(page);
      const png = await downloadedFile(page, frame.getByRole("button", { name: "PNG (2×)" }));
      save(`switched-${width}-${png.name}`, png.bytes);
      expect(pngSize(png.bytes).width).toBe(IMAGE_WIDTH * 2);
      const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
      save(`switched-${width}-${svg.name}`, svg.bytes);
      await expectImage(browser, svg.bytes.toString("utf8"));
    });
  }

  test("“about” figures are drawn as the validator's tolerance range with the stated figure marked", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const chart = page.getByTestId("discrepancy-chart");
    const range = chart.locator(".tally-tolerance").first();
    await expect(range).toBeVisible();
    await expect(range.locator("title")).toHaveText(/read as 180–220/);
    await expect(chart.getByText(/about 200 \(180–220\)/).first()).toBeVisible();
    await page.screenshot({ path: resolve(RESULTS, "discrepancies-1280.png"), fullPage: true });
  });

  test("Trends exports carry the same frame", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends");
    const frame = chartFrame(page);
    await expect(frame.locator("svg.recharts-surface")).toBeVisible(ENGINE);
    const svg = await downloadedFile(page, frame.getByRole("button", { name: "SVG" }));
    save(`trends-${svg.name}`, svg.bytes);
    const out = await expectImage(browser, svg.bytes.toString("utf8"));
    expect(out.texts.map((t) => t.text).join(" ")).toContain("CC BY 4.0");
    const png = await downloadedFile(page, frame.getByRole("button", { name: "PNG (2×)" }));
    save(`trends-${png.name}`, png.bytes);
    expect(pngSize(png.bytes).width).toBe(IMAGE_WIDTH * 2);
  });
});
