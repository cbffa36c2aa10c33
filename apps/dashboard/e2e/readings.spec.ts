import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { Float64, Table, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import {
  downloadBytes,
  downloadFrom,
  FIXTURE,
  hasRealData,
  offline,
  serveReleaseFile,
  shot,
} from "./helpers.js";

// Readings (issue 9): the discrepancy chart's bands, spanning claims and envelope, the readings
// list, the exports, and the Trends view's reconciled ranges, on the shipped release and on the
// SYNTHETIC fixture's three-reading group; screenshots at 1280 and 390 px for review.

const EXPORTS = resolve(import.meta.dirname, "../test-results/exports");
const fixture = (params: string) => `/?data=${FIXTURE}${params ? `&${params}` : ""}`;

/** Nothing on the page is wider than the window (no sideways scrolling on a phone). */
async function expectNoOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** Every text of the chart lies inside the chart's own box (nothing clipped at its edges). */
async function expectTextInside(chart: Locator): Promise<void> {
  const box = (await chart.boundingBox())!;
  const boxes = await chart
    .locator("text")
    .evaluateAll((els) =>
      els
        .filter((e) => (e.textContent ?? "").trim() !== "")
        .map((e) => ({ text: e.textContent, ...e.getBoundingClientRect().toJSON() })),
    );
  for (const b of boxes) {
    expect.soft(b.left, `"${b.text}" starts left of the chart`).toBeGreaterThanOrEqual(box.x - 1);
    expect.soft(b.right, `"${b.text}" runs past the chart`).toBeLessThanOrEqual(box.x + box.width + 1);
  }
}

/** An element's box on the page. */
async function rectOf(locator: Locator) {
  return (await locator.boundingBox())!;
}

test.describe("readings on the shipped release", () => {
  test.skip(
    !hasRealData && !process.env.CI,
    "artifacts/data/index.json is missing: run `pnpm build:data` before the browser tests",
  );

  test("9 Oct 2023: two readings as bands, two spanning claims set apart, the envelope and the gap", async ({
    page,
  }) => {
    const external = await offline(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const chart = page.getByRole("group", { name: /claims compared/ });
    await expect(chart).toBeVisible();

    const bands = chart.locator(".tally-reading-band");
    await expect(bands).toHaveCount(2);
    await expect(chart.locator(".tally-band-label")).toHaveText([
      /^A: 200–220 · Daily NK · 4 claims, 2 independent origins · most corroborated\s*$/,
      /^B: 540–660 · NK Insider · 1 claim, 1 independent origin\s*$/,
    ]);
    await expect(chart.locator(".tally-envelope")).toHaveText(
      "envelope of the readings: 200–660 · widest gap ×2.45 (high)",
    );
    await expect(chart.locator(".tally-row-heading")).toHaveText(/Consistent with every reading/);

    // Rows: the readings' claims first, each named by its reading; the spanning claims below the heading.
    const rows = chart.locator(".tally-range-row");
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")))).toEqual([
      "c001",
      "c002",
      "c011",
      "c024",
      "c004",
      "c005",
      "c012",
    ]);
    await expect(rows.nth(0)).toHaveAttribute("aria-label", /: about 200 \(180–220\) \(reading A\)$/);
    await expect(rows.nth(4)).toHaveAttribute("aria-label", /: about 600 \(540–660\) \(reading B\)$/);
    // NK Insider wrote "Hundreds", not "at least 100": its words come first.
    await expect(rows.nth(5)).toHaveAttribute("aria-label", /: “Hundreds”, at least 100 \(every reading\)$/);
    const heading = await rectOf(chart.locator(".tally-row-heading"));
    expect((await rectOf(rows.nth(5))).y).toBeGreaterThan(heading.y);
    expect((await rectOf(rows.nth(4))).y).toBeLessThan(heading.y);

    // Each band sits where its common range is on the axis: B from 540 to 660, around the about-600 claim.
    const tickX = await chart
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((e) => [e.textContent, e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2]),
        ),
      );
    const at = (v: number) => tickX["0"]! + (v / 500) * (tickX["500"]! - tickX["0"]!);
    const b = await rectOf(bands.nth(1).locator("rect").first());
    expect(b.x).toBeCloseTo(at(540), 0);
    expect(b.x + b.width).toBeCloseTo(at(660), 0);
    const a = await rectOf(bands.nth(0).locator("rect").first());
    expect(a.x).toBeCloseTo(at(200), 0);
    expect(a.x + a.width).toBeCloseTo(at(220), 0);
    const c004 = await rectOf(rows.nth(4).locator("circle"));
    expect(c004.x + c004.width / 2).toBeCloseTo(at(600), 0);

    // Colour by reading, never colour alone: A's claims blue and labelled, the spanning ones grey and dotted.
    const fillOf = (row: Locator) =>
      row.locator("circle, rect:not(.tally-focus-ring)").first().getAttribute("stroke");
    expect(await fillOf(rows.nth(0))).toBe("#0072B2");
    expect(await fillOf(rows.nth(4))).toBe("#E69F00");
    expect(await fillOf(rows.nth(5))).toBe("#6B6B6B");

    // Below the chart: the readings with their claims, the spanning claims, the most corroborated reading.
    await expect(page.getByTestId("reading-summary")).toHaveText(
      "2 readings · envelope of the readings: 200–660 · widest gap ×2.45 (high) · 4 conflicting pairs",
    );
    // What ×2.45 divides, for a reader who expects "about 200" against "about 600" to be ×3.
    await expect(page.getByTestId("gap-meaning")).toContainText("Widest gap: 540 ÷ 220 = ×2.45");
    await expect(page.getByTestId("gap-meaning")).toContainText("×2 or more is high");
    await expect(page.getByTestId("most-corroborated")).toContainText(
      "Most corroborated reading: 200–220, 2 independent origins",
    );
    const list = page.locator(".reading-list > li");
    await expect(list).toHaveCount(2);
    await expect(list.nth(0)).toContainText(
      "Reading A: 200–220 (common range) — 4 claims, 2 independent origins",
    );
    await expect(list.nth(0).locator("li")).toHaveText([
      /^Daily NK, multiple Daily NK sources in North Korea: about 200 persons \(c001\)$/,
      /^Daily NK, a source in China: 200–300 persons \(c002\)$/,
      // The two repeats name what they restate, so the "2 independent origins" can be counted.
      /^Daily NK, own reporting: about 200 persons \(c011, repeats c001\)$/,
      /^Daily NK, a high-ranking Daily NK source in North Korea: about 200 persons \(c024, repeats c001\)$/,
    ]);
    await expect(list.nth(1)).toContainText("Joo Ok-kyung of Light of Freedom");
    await expect(page.getByTestId("spanning").locator("li")).toHaveCount(2);
    await expect(page.locator("main")).not.toContainText(/\btrue (figure|number|count)/i);

    await expectTextInside(chart);
    await expectNoOverflow(page);
    await shot(page, "readings-shipped-discrepancies-1280");

    // Selecting a claim names its reading in the evidence.
    await rows.nth(4).click();
    await expect(page.locator("section.tally-evidence")).toContainText("B: 540–660 (2 of 2)");
    // So does a claim's id in the list of readings: it selects that claim's bar.
    await list.nth(0).getByRole("link", { name: "claim c002, on the chart" }).click();
    await expect(page).toHaveURL(/claim=c002/);
    await expect(page.locator("section.tally-evidence")).toContainText("A: 200–220 (1 of 2)");
    expect(external).toEqual([]);
  });

  test("the Claims view's evidence names a claim's reading as Discrepancies and Trends do", async ({
    page,
  }) => {
    // An outside review: opened from Claims, c005 ("Hundreds", in the conflicting group) read only
    // "Verdict: Consistent", with nothing saying it supports no reading.
    const evidence = page.locator("section.tally-evidence");
    await page.goto("/?view=claims&claim=c004");
    await expect(evidence.locator("dt", { hasText: /^Reading$/ })).toBeVisible({ timeout: 30_000 });
    await expect(evidence).toContainText("B: 540–660 (2 of 2)");
    await page.goto("/?view=claims&claim=c005");
    await expect(evidence).toContainText("consistent with every reading (2), supports none");
  });

  test("9 Oct 2023 at 390 px: labels above the bars, nothing clipped, no sideways scrolling", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const chart = page.getByRole("group", { name: /claims compared/ });
    await expect(chart.locator(".tally-reading-band")).toHaveCount(2);
    await shot(page, "readings-shipped-discrepancies-390");
    await expect(chart.locator(".tally-envelope")).toContainText("200–660");
    // The figure joins the outlet's line when the label sits above the bar.
    await expect(
      chart.locator('.tally-range-row[data-claim-id="c004"] .tally-axis-label tspan').first(),
    ).toHaveText("NK Insider: about 600 (540–660) · reading B");
    await expectTextInside(chart);
    await expectNoOverflow(page);
  });

  // An outside audit: on Liaoning 2019, a group of one reading, the data table's Reading said "A",
  // a letter drawn nowhere, where the chart says "common range 60"; and it listed "at least 39"
  // first, as the chart draws it, where the readings list put it second.
  for (const width of [1280, 390])
    test(`${width} px: the data table names a group's only reading as the chart does, its claims in the readings list's order`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=discrepancies&event=liaoning-detentions-2019&metric=detained_persons");
      const chart = page.getByTestId("discrepancy-chart");
      await expect(chart.locator(".tally-band-label")).toHaveText(/^common range 60 · /);
      await page.getByText(/^Data table for “/).click();
      const table = page.locator(".tally-table-alt");
      const rows = table.locator("tbody tr");
      await expect(rows).toHaveCount(4);
      const order = ["c015", "c014", "c022", "c023"];
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row-key")))).toEqual(
        order,
      );
      expect(
        await page
          .locator(".reading-list [data-listed-claim]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-listed-claim"))),
      ).toEqual(order);
      expect(
        await chart
          .locator(".tally-range-row")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id"))),
      ).toEqual(order);
      await expect(rows.locator('td[data-label="Reading"]')).toHaveText(Array(4).fill("common range"));
      await table.scrollIntoViewIfNeeded();
      await shot(page, `readings-shipped-one-reading-table-${width}`);
      await expectNoOverflow(page);
    });

  // A leftover of issue 9: the counts shares imply were in Findings only, away from the readings
  // they bear on. "most" (c025) of "approximately 600" (c004) is the validator's one implied-counts
  // warning: more civilians than reading A allows for everyone.
  for (const width of [1280, 390])
    test(`${width} px: the counts shares imply sit under the readings, each against the readings it cannot fit under`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      const implied = page.getByRole("region", { name: "Counts implied by shares" });
      await expect(implied.locator("li")).toHaveCount(3);
      const item = (id: string) => implied.locator(`li[data-implied-by="${id}"]`);
      await expect(item("c003")).toContainText(
        "about 80% (c003, Share who were women) of 200–300 persons (c002",
      );
      await expect(item("c003").getByTestId("implied-range")).toHaveText("144–264 persons");
      await expect(item("c003")).not.toContainText("cannot fit");
      await expect(item("c006").getByTestId("implied-range")).toHaveText("(162, 660] persons");
      await expect(item("c025").getByTestId("implied-range")).toHaveText("(270, 660] persons");
      await expect(item("c025")).toContainText("which cannot fit under reading A: 200–220");
      await implied.scrollIntoViewIfNeeded();
      await shot(page, `readings-shipped-implied-${width}`);
      await expectNoOverflow(page);

      // The count's id selects its bar, the share's opens it in Claims (it is of another metric).
      await item("c025").getByRole("link", { name: "claim c004, on the chart" }).click();
      await expect(page).toHaveURL(/claim=c004/);
      await expect(page.locator("section.tally-evidence")).toContainText("B: 540–660");
      await item("c025").getByRole("link", { name: "claim c025, in Claims" }).click();
      await expect(page).toHaveURL(/view=claims/);
      await expect(page.locator('.claims-table tr[data-row-key="c025"]')).toHaveAttribute(
        "aria-selected",
        "true",
        {
          timeout: 120_000,
        },
      );

      // A share's own group lists its count, with no readings of the base's group to weigh it against.
      // The picker lists groups of two claims or more; a link opens this one-claim group.
      await page.goto("/?view=discrepancies&event=repatriation-2023-10-09&metric=women_share");
      await expect(implied.locator("li")).toHaveCount(1);
      await expect(item("c003").getByTestId("implied-range")).toHaveText("144–264 persons");
      await expect(item("c003")).not.toContainText("cannot fit");
      await expectNoOverflow(page);
    });

  test("exports carry the readings: bands and labels in the SVG and PNG, a reading column in the CSV", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const frame = page.locator("figure.tally-chart").first();
    await expect(frame.locator(".tally-reading-band")).toHaveCount(2);
    mkdirSync(EXPORTS, { recursive: true });

    const svg = await downloadFrom(page, frame.getByRole("button", { name: "SVG" }));
    const svgText = (await downloadBytes(svg)).toString("utf8");
    writeFileSync(resolve(EXPORTS, "shipped-discrepancies.svg"), svgText);
    expect(svgText).toContain('class="tally-reading-band"');
    expect(svgText).toContain("<pattern");
    expect(svgText).toContain("A: 200–220 · Daily NK · 4 claims, 2 independent origins · most corroborated");
    expect(svgText).toContain("envelope of the readings: 200–660 · widest gap ×2.45 (high)");
    // Every character in the embedded font: nothing more to say.
    await expect(frame.locator(".tally-status")).toHaveText("SVG downloaded.");
    expect(svgText).toContain("Consistent with every reading");

    const png = await downloadFrom(page, frame.getByRole("button", { name: "PNG (2×)" }));
    const pngBytes = await downloadBytes(png);
    writeFileSync(resolve(EXPORTS, "shipped-discrepancies@2x.png"), pngBytes);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const csv = await downloadFrom(page, frame.getByRole("button", { name: "CSV" }));
    const csvText = (await downloadBytes(csv)).toString("utf8");
    writeFileSync(resolve(EXPORTS, "shipped-discrepancies.csv"), csvText);
    const [header, ...lines] = csvText.trim().split("\n");
    const cols = header!.split(",");
    const at = (name: string) => cols.indexOf(name);
    const spanning = "Spanning (consistent with every reading; support for none)";
    expect(cols.slice(at("Group's verdict"), at(spanning) + 1)).toEqual([
      "Group's verdict",
      "Claim's verdict",
      "Reading",
      "Reading's common range (persons)",
      "Reading's independent origins",
      "In the most corroborated reading",
      spanning,
    ]);
    // Titles and quotes may hold commas: match each row's reading cells in place.
    expect(lines.find((l) => l.startsWith("c001"))).toMatch(/,conflict,conflict,A,200–220,2,true,false,/);
    expect(lines.find((l) => l.startsWith("c004"))).toMatch(/,B,540–660,1,false,false,/);
    // A spanning claim: in the conflict, itself consistent with both readings.
    expect(lines.find((l) => l.startsWith("c005"))).toMatch(/,conflict,consistent,,,,false,true,/);
    expect(lines.find((l) => l.startsWith("c024"))).toMatch(/,conflict,conflict,A,200–220,2,true,false,/);
    expect(lines).toHaveLength(7);
  });

  test("trends: each event's reconciled range, the most corroborated reading marked", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?view=trends");
    const counts = page.getByRole("group", { name: /Reported counts over time/ });
    // The engine starts first: slower than a paint from the summary on a busy machine.
    await expect(counts.locator(".tally-trend-point").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("reconciled-note")).toContainText(
      "reconciled range (envelope of the readings)",
    );
    await expect(counts.locator(".tally-legend")).toContainText(
      "reconciled range (envelope of the readings)",
    );
    const band = counts.locator('.tally-reconciled[data-range^="repatriation-2023-10-09"]');
    await expect(band).toHaveCount(1);
    await expect(band).toHaveAttribute(
      "aria-label",
      "reconciled range (envelope of the 2 readings): 200–660; most corroborated reading 200–220, 4 claims, 2 independent origins",
    );
    await expect(band.locator(".tally-most-corroborated")).toHaveCount(1);

    // On the value axis: the envelope runs from 200 to 660, the marked reading from 200 to 220.
    const ticks = counts.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
    const tickY = await ticks.evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.textContent, e.getBoundingClientRect().y + e.getBoundingClientRect().height / 2]),
      ),
    );
    const perUnit = (tickY["0"]! - tickY["500"]!) / 500;
    const env = await rectOf(band.locator("rect").first());
    expect(env.y).toBeCloseTo(tickY["0"]! - 660 * perUnit, -1);
    expect(env.y + env.height).toBeCloseTo(tickY["0"]! - 200 * perUnit, -1);
    const most = await rectOf(band.locator(".tally-most-corroborated rect").first());
    expect(most.y).toBeCloseTo(tickY["0"]! - 220 * perUnit, -1);

    // The band sits behind that event's claims: every one of them lies within its width.
    for (const id of ["c001", "c002", "c004", "c005", "c011", "c012", "c024"]) {
      const p = await rectOf(counts.locator(`.tally-trend-point[data-claim-id="${id}"] .tally-hit`));
      expect(p.x + p.width / 2).toBeGreaterThan(env.x);
      expect(p.x + p.width / 2).toBeLessThan(env.x + env.width);
    }
    // The shipped releases have no assessments: nothing drawn for them, and no error.
    await expect(counts.locator(".tally-assessment")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expectTextInside(counts);
    await expectNoOverflow(page);
    await shot(page, "readings-shipped-trends-1280");

    // The exports carry the bands and their legend.
    const frame = page.locator("figure.tally-chart").first();
    mkdirSync(EXPORTS, { recursive: true });
    const svg = await downloadFrom(page, frame.getByRole("button", { name: "SVG" }));
    const svgText = (await downloadBytes(svg)).toString("utf8");
    writeFileSync(resolve(EXPORTS, "shipped-trends.svg"), svgText);
    expect(svgText).toContain('class="tally-reconciled"');
    expect(svgText).toContain("reconciled range (envelope of the readings)");
    const png = await downloadFrom(page, frame.getByRole("button", { name: "PNG (2×)" }));
    const pngBytes = await downloadBytes(png);
    writeFileSync(resolve(EXPORTS, "shipped-trends@2x.png"), pngBytes);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const csv = await downloadFrom(page, frame.getByRole("button", { name: "CSV" }));
    const csvText = (await downloadBytes(csv)).toString("utf8");
    expect(csvText.split("\n")[0]).toMatch(
      /,Reconciled low \(persons\),Reconciled high \(persons\),Most corroborated reading,Assessed low \(persons\),/,
    );
    expect(csvText).toMatch(/\nc004,.*,200,660,200–220,,,,/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(counts.locator(".tally-reconciled").first()).toBeVisible({ timeout: 30_000 });
    await shot(page, "readings-shipped-trends-390");
    await expectTextInside(counts);
    await expectNoOverflow(page);
  });
});

test.describe("readings on the SYNTHETIC fixture", () => {
  test("three readings, two tied for most corroborated, one claim consistent with all three", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fixture("event=e-three&metric=persons_repatriated"));
    const chart = page.getByRole("group", { name: /Synthetic returns of March 2019/ });
    // Not the focus group: drawn once DuckDB-WASM has loaded the release.
    await expect(chart).toBeVisible({ timeout: 30_000 });
    await expect(chart.locator(".tally-reading-band")).toHaveCount(3);
    await expect(chart.locator(".tally-band-label")).toHaveText([
      /^A: 81–99 · Synthetic Wire, Synthetic Monitor · 2 claims, 2 independent origins · most corroborated\s*$/,
      /^B: 150 · .* · 2 claims, 2 independent origins · most corroborated\s*$/,
      /^C: 198–242 · Synthetic Monitor · 1 claim, 1 independent origin\s*$/,
    ]);
    await expect(chart.locator(".tally-envelope")).toHaveText(
      "envelope of the readings: 81–242 · widest gap ×2.00 (high)",
    );
    await expect(chart.locator('.tally-range-row[data-claim-id="c-t6"]')).toHaveAttribute(
      "aria-label",
      /\(every reading\)$/,
    );
    await expect(chart.locator('.tally-range-row[data-claim-id="c-t5"]')).toHaveAttribute(
      "aria-label",
      /\(reading C\)$/,
    );
    await expect(page.getByTestId("most-corroborated")).toContainText(
      "Most corroborated readings, tied: A 81–99 and B 150, 2 independent origins each",
    );
    await expect(page.locator(".reading-list > li")).toHaveCount(3);
    // Three different colours for the three readings' claims.
    const strokes = await Promise.all(
      ["c-t1", "c-t3", "c-t5"].map((id) =>
        chart
          .locator(`.tally-range-row[data-claim-id="${id}"]`)
          .locator("circle, rect:not(.tally-focus-ring)")
          .first()
          .getAttribute("stroke"),
      ),
    );
    expect(new Set(strokes).size).toBe(3);
    await expectTextInside(chart);
    await expectNoOverflow(page);
    await shot(page, "readings-fixture-three-1280");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(chart.locator(".tally-reading-band")).toHaveCount(3, { timeout: 30_000 });
    await shot(page, "readings-fixture-three-390");
    await expectTextInside(chart);
    await expectNoOverflow(page);
  });

  test("trends: the tie is marked twice; an assessment's best is marked with its whiskers", async ({
    page,
  }) => {
    // Release 1.1.0 lists an assessments table (built empty): serve one with a row for e-oct.
    const assessments = new Table({
      event_id: vectorFromArray(["e-oct"], new Utf8()),
      metric: vectorFromArray(["persons_repatriated"], new Utf8()),
      low: vectorFromArray([200], new Float64()),
      best: vectorFromArray([400], new Float64()),
      high: vectorFromArray([700], new Float64()),
      claim_ids: vectorFromArray(["c-200 c-600"], new Utf8()),
      rationale: vectorFromArray(["Synthetic rationale."], new Utf8()),
      assessed_by: vectorFromArray(["Synthetic Editor"], new Utf8()),
      assessed_on: vectorFromArray(["2024-02-01"], new Utf8()),
    });
    await serveReleaseFile(
      page,
      FIXTURE,
      "1.1.0",
      "assessments.arrows",
      Buffer.from(tableToIPC(assessments, "stream")),
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fixture("view=trends"));
    const counts = page.getByRole("group", { name: /Reported counts over time/ });
    const three = counts.locator('.tally-reconciled[data-range^="e-three"]');
    await expect(three).toHaveCount(1, { timeout: 30_000 });
    await expect(three.locator(".tally-most-corroborated")).toHaveCount(2);
    await expect(three).toHaveAttribute("aria-label", /most corroborated readings, tied: 81–99, .*; 150, /);
    const mark = counts.locator(".tally-assessment");
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveAttribute(
      "aria-label",
      "editorial assessment (Synthetic Editor, 2024-02-01): best 400, range 200–700. Synthetic rationale.",
    );
    await expect(counts.locator(".tally-legend")).toContainText("editorial assessment");
    await expectTextInside(counts);
    await shot(page, "readings-fixture-trends-1280");
    // The data table gives the whiskers too: it read "400" alone under "Assessed (best)".
    const frame = page.locator("figure.tally-chart").first();
    await frame.locator("summary").click();
    const oct = frame.locator('tbody tr:has(td:text-is("c-600"))');
    await expect(oct.locator("td").last()).toHaveText("400 (200–700)");
    await expect(frame.locator("thead th").last()).toHaveText("Assessed best (range)");
  });
});
