import { expect, test } from "@playwright/test";
import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import {
  downloadBytes,
  downloadFrom,
  hasRealData,
  offline,
  realJson,
  shot,
  sidewaysOverflow,
} from "./helpers.js";

// The shipped release, as `pnpm build:data` writes it to artifacts/data and the build copies it.
test.describe("shipped release", () => {
  // In CI the shipped release is mandatory: a missing build fails these tests instead of skipping.
  test.skip(
    !hasRealData && !process.env.CI,
    "artifacts/data/index.json is missing: run `pnpm build:data` before the browser tests",
  );

  test("the release index and summary are fetched once each, by the page's inline script ahead of the app", async ({
    page,
  }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const asked: string[] = [];
    page.on("request", (req) => {
      const path = new URL(req.url()).pathname;
      if (path.endsWith("/index.json") || path.endsWith("/summary.json")) asked.push(path);
    });
    await page.goto("/");
    await expect(page.locator(".tally-range-row").first()).toBeVisible();
    // Had the app not taken the inline script's responses, each file would be asked for twice.
    expect(asked.sort()).toEqual(["/data/index.json", `/data/releases/${index.latest}/summary.json`]);
    const left = await page.evaluate(
      () => (window as unknown as { __tallyPrefetch?: Map<string, unknown> }).__tallyPrefetch?.size,
    );
    expect(left).toBe(0);
  });

  test("loads offline on the 9 Oct 2023 repatriation, its two readings, and reports the time to first chart", async ({
    page,
  }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    const external = await offline(page);
    await page.goto("/");
    const firstBar = page.locator(".tally-range-row").first();
    await expect(firstBar).toBeVisible();
    const ms = await page.evaluate(() => {
      const paint = performance.getEntriesByName("tally:first-chart")[0];
      return paint ? paint.startTime : null;
    });
    test.info().annotations.push({ type: "first-chart-ms", description: String(ms) });
    expect(summary.focus?.event_id).toBeTruthy();
    const labels = await page
      .locator(".tally-range-row")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(labels.some((l) => /: 200 /.test(l ?? "") || /: about 200 /.test(l ?? ""))).toBe(true);
    expect(labels.some((l) => /600/.test(l ?? ""))).toBe(true);
    expect(labels.some((l) => /\(reading A\)/.test(l ?? ""))).toBe(true);
    expect(labels.some((l) => /\(every reading\)/.test(l ?? ""))).toBe(true);
    // Each row's label: the outlet over the attributed source, wrapped, not cut short; an outlet
    // that is its own source reads "own reporting", not its name twice; a repeat names the claim
    // it restates (c011's bar read "own reporting", as though Daily NK had counted anew).
    const rowLabel = async (id: string) => {
      const lines = await page
        .locator(`.tally-range-row[data-claim-id="${id}"] .tally-axis-label tspan:not(.tally-space)`)
        .allTextContents();
      expect(lines.length).toBeGreaterThanOrEqual(2);
      return lines.join(" ");
    };
    const focus = new Map(summary.focus_claims.map((c) => [c.claim_id, c]));
    for (const c of summary.focus_claims) {
      const party = c.attributed_to === c.outlet ? "own reporting" : c.attributed_to;
      const id = c.repeats_claim_id;
      const restated = id ? focus.get(id) : undefined;
      const whose = restated?.outlet === c.outlet ? "its" : `${restated?.outlet}'s`;
      const what = `${whose} “${restated?.figure_text}” (${id})`;
      const detail = !id
        ? party
        : c.attributed_to === c.outlet
          ? `repeats ${what}`
          : `${party}, repeats ${what}`;
      expect(await rowLabel(c.claim_id)).toBe(`${c.outlet} ${detail}`);
    }
    expect(await rowLabel("c011")).toBe("Daily NK repeats its “about 200” (c001)");
    const chart = page.getByRole("group", {
      name: new RegExp(`${summary.focus_claims.length} claims compared`),
    });
    const chartBox = (await chart.boundingBox())!;
    for (const box of await page
      .locator(".tally-axis-label")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
      expect(box.left).toBeGreaterThanOrEqual(chartBox.x);
    await page.getByText(/^Data table for/).click();
    await expect(page.locator("details.tally-table-alt tbody tr")).toHaveCount(summary.focus_claims.length);
    await shot(page, "shipped-discrepancies");
    expect(external).toEqual([]);
  });

  test("clicking a claim shows its verbatim quote", async ({ page }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    const claim = summary.focus_claims[0]!;
    await page.goto("/");
    await page.locator(`[data-claim-id="${claim.claim_id}"]`).click();
    await expect(page.locator("section.tally-evidence blockquote")).toHaveText(claim.quote);
    await shot(page, "shipped-evidence");
  });

  test("the SQL console counts the release's claims", async ({ page }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    await page.goto("/?view=sql");
    await page.locator("#sql-text").fill("select count(*) from claims");
    await page.getByRole("button", { name: /Run/ }).click();
    await expect(page.locator(".sql-result tbody td")).toHaveText(String(summary.counts.claims));
  });

  test("trends: counts only, the claims of one event side by side, calendar years at real positions", async ({
    page,
  }) => {
    const index = realJson<ReleaseIndex>("index.json");
    const summary = realJson<ReleaseSummary>(`releases/${index.latest}/summary.json`);
    await page.goto("/?view=trends");
    const counts = page.getByRole("group", { name: /Reported counts over time/ });
    await expect(counts.locator(".tally-trend-point").first()).toBeVisible();
    // Lengths of time are not counts of persons: never beside them unless picked.
    await expect(counts.locator('[data-series$="quarantine_days"]')).toHaveCount(0);
    await expect(counts.locator('[data-series$="repatriated_persons"]')).toHaveCount(1);

    const ticks = counts.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    const years = (await ticks.allTextContents()).map(Number);
    expect(years).toContain(2017);
    expect(years).toContain(2024);
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
    // 9 Oct 2023 sits about 77% of the way from the 2023 tick to the 2024 tick.
    const tickX = await ticks.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2),
    );
    const at = (y: number) => tickX[years.indexOf(y)]!;
    const guide = (
      await counts
        .locator(".tally-dodge-guide")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x))
    ).find((x) => x > at(2023) && x < at(2024));
    expect(guide).toBeDefined();
    expect((guide! - at(2023)) / (at(2024) - at(2023))).toBeCloseTo(281 / 365, 1);

    // The six claims about the 9 Oct 2023 repatriation: apart from each other, each one clickable.
    const focus = summary.focus_claims;
    const centres: number[] = [];
    for (const c of focus) {
      const point = counts.locator(`.tally-trend-point[data-claim-id="${c.claim_id}"]`);
      const box = (await point.boundingBox())!;
      centres.push(box.x + box.width / 2);
      await point.click();
      await expect(page.locator("section.tally-evidence")).toHaveAttribute("data-claim-id", c.claim_id);
    }
    const sorted = [...centres].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(6);

    // "about 10" in 2017 stands clear of the x-axis line.
    const axisTop = (await counts.locator(".recharts-xAxis .recharts-cartesian-axis-line").boundingBox())!.y;
    const ten = (await counts
      .locator('.tally-trend-point[aria-label$=": about 10 persons"] circle')
      .first()
      .boundingBox())!;
    expect(ten.y + ten.height).toBeLessThan(axisTop - 2);

    // Arrivals: labelled by their periods, each period drawn as a half-year band.
    const arrivals = page.getByRole("group", { name: /Arrivals in South Korea/ });
    await expect(arrivals).toContainText("Jan–Jun 2018 (inferred): 487");
    await expect(arrivals).toContainText("Jan–Jun 2019 (inferred): 546");
    // Two years: each quarter is ticked too ("2018", "Apr", …, "2019", …).
    const aTicks = await arrivals
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .evaluateAll((els) =>
        els.map((e) => ({
          label: e.textContent ?? "",
          x: e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2,
        })),
      );
    const tickAt = (label: string) => aTicks.find((t) => t.label === label)!.x;
    expect(aTicks.map((t) => t.label)).toContain("Jul");
    const yearPx = tickAt("2019") - tickAt("2018");
    for (const band of await arrivals
      .locator(".tally-period-band")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width)))
      expect(band / yearPx).toBeCloseTo(181 / 365, 1);
    await shot(page, "shipped-trends");

    // Another kind only when picked, and then on its own.
    await page.locator('select[name="metric"]').selectOption("quarantine_days");
    await expect(page.getByRole("group", { name: /Length of COVID-19 quarantine over time/ })).toBeVisible();
    await expect(page.locator('.tally-trend-layer [data-series$="repatriated_persons"]')).toHaveCount(0);
    await expect(page.locator('.tally-trend-layer [data-series$="quarantine_days"]')).toHaveCount(1);
  });

  test("trends: the log scale lives in the URL and survives a reload", async ({ page }) => {
    await page.goto("/?view=trends");
    const counts = page.getByRole("group", { name: /Reported counts over time/ });
    const yTicks = counts.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await expect(yTicks).toHaveText(["0", "250", "500", "750", "1,000"]);
    await page.getByRole("checkbox", { name: "Log scale" }).check();
    await expect(page).toHaveURL(/scale=log/);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Log scale" })).toBeChecked();
    await expect(yTicks).toContainText(["1", "10", "100", "1,000"]);
    await shot(page, "shipped-trends-log");
    await page.getByRole("checkbox", { name: "Log scale" }).uncheck();
    await expect(page).not.toHaveURL(/scale=/);
  });

  test("a column release 1.0.0 predates is no value of it: Versions marks it new, SQL reads NULL", async ({
    page,
  }) => {
    // 1.0.0 has no title_inferred: its sources were listed "title_inferred false → true" and read
    // false in SQL, a value the release never recorded.
    await page.goto("/?view=versions&v=1.1.0&compare=1.0.0");
    await expect(page.locator(".diff-fields li", { hasText: "sources:" })).toHaveText(
      "sources: notes (3 rows), title_inferred (2 rows; a new column)",
    );
    await expect(page.locator(".diff-fields li", { hasText: "events:" })).toHaveText(
      "events: short_title (8 rows; a new column)",
    );
    await page.goto("/?view=sql&v=1.0.0");
    await page
      .locator("#sql-text")
      .fill(
        "select (select count(*) from sources where title_inferred is null) as sources, (select count(*) from claim_view where source_title_inferred is null) as claims",
      );
    await page.getByRole("button", { name: /Run/ }).click();
    // Its 5 sources and 21 claims, each with the flag unrecorded rather than false.
    await expect(page.locator(".sql-result tbody td")).toHaveText(["5", "21"]);
  });

  test("a release of its descriptor alone says so in Versions, and lists what the descriptor changed", async ({
    page,
  }) => {
    // 1.1.1 rewrote the descriptor and no row: Versions drew a table of zeros and nothing else.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=versions&v=1.1.1&compare=1.1.0");
      await expect(page.locator("#diff-h")).toHaveText("Changes from 1.1.0 to 1.1.1");
      await expect(page.getByTestId("descriptor-only")).toContainText("No row changed");
      const lines = page.locator(".diff-descriptor li");
      await expect(lines.first()).toHaveText(/^sources\.csv: description \(none\) → "One row per article/);
      await expect(lines.filter({ hasText: 'dialect (none) → {"lineTerminator":"\\n"}' })).toHaveCount(8);
      expect(await sidewaysOverflow(page), "the page scrolls sideways").toBeLessThanOrEqual(0);
      await shot(page, `shipped-versions-descriptor-only-${width}`);
    }
    // A release that changed rows too says only what its descriptor changed.
    await page.goto("/?view=versions&v=1.1.0&compare=1.0.0");
    await expect(page.locator(".diff-descriptor li").first()).toBeVisible();
    await expect(page.getByTestId("descriptor-only")).toHaveCount(0);
  });

  test("a quote mended only in its spaces shows which, not one sentence on both sides", async ({ page }) => {
    // 1.1.2 put back the no-break spaces three quotes print: "x → x" told a reader nothing.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=versions&v=1.1.2&compare=1.1.1");
      await expect(page.locator("#diff-h")).toHaveText("Changes from 1.1.1 to 1.1.2");
      const c018 = page.locator(".diff-changed li", { hasText: "c018" });
      await expect(c018).toContainText(
        'quote "Seven North Koreans were recently caught and detained in China while attempting to escape across the border." → "Seven North Koreans were recently caught and detained in\\u00a0China\\u00a0while attempting',
      );
      await expect(page.locator(".diff-changed li", { hasText: "c015" })).toHaveText(
        'c015: attributed_kind "ngo" → "anonymous_source"',
      );
      expect(await sidewaysOverflow(page), "the page scrolls sideways").toBeLessThanOrEqual(0);
      await shot(page, `shipped-versions-spaces-${width}`);
    }
  });

  test("Versions shows the release's own CHANGELOG entry, 1.1.0's later erratum included", async ({
    page,
  }) => {
    // The erratum was written into data/CHANGELOG.md after 1.1.0 was cut: neither the released
    // folder nor the dashboard told a reader that 1.1.0 should have been 2.0.0.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=versions&v=1.1.0");
      const notes = page.getByRole("region", { name: "Notes on 1.1.0 (2026-11-28)" });
      await expect(notes.getByRole("listitem").first()).toContainText(
        "Erratum (30 Nov 2026): this release adds columns between existing ones",
      );
      await expect(notes.locator("code", { hasText: "pnpm dataset:release" })).toBeVisible();
      // And the second: the diff's words of the day for columns 1.0.0 did not have.
      await expect(notes.getByRole("listitem").nth(1)).toContainText(
        '"title_inferred false → true" and "(empty) → …" mean "(no such column) → …"',
      );
      await expect(notes, "1.0.0's entry is not 1.1.0's").not.toContainText("First release.");
      expect(await sidewaysOverflow(page), "the page scrolls sideways").toBeLessThanOrEqual(0);
      await shot(page, `shipped-versions-notes-${width}`);
    }
    await page.getByRole("link", { name: "use release 1.0.0" }).click();
    await page.getByRole("link", { name: "Versions" }).click();
    await expect(page.getByRole("region", { name: "Notes on 1.0.0 (2026-11-23)" })).toContainText(
      "First release.",
    );
  });

  test("a release's notes that are not the file index.json hashed are refused, naming the file", async ({
    page,
  }) => {
    await page.route("**/releases/1.1.0/CHANGELOG.md", (route) =>
      route.fulfill({ status: 200, contentType: "text/markdown", body: "## 1.1.0\n\nNothing to see.\n" }),
    );
    await page.goto("/?view=versions&v=1.1.0");
    const notes = page.getByRole("region", { name: "Notes on release 1.1.0" });
    await expect(notes.getByRole("alert")).toContainText(
      "CHANGELOG.md of release 1.1.0 is not the file the release index lists",
    );
    await expect(notes).not.toContainText("Nothing to see.");
  });

  test("trends: both charts export as PNG and SVG with their marks, and as CSV of their rows", async ({
    page,
  }) => {
    await page.goto("/?view=trends");
    const frames = page.locator("figure.tally-chart");
    await expect(frames).toHaveCount(2);
    for (const [i, mark] of [
      [0, "2017"],
      [1, "Jan–Jun 2018 (inferred): 487"],
    ] as const) {
      const frame = frames.nth(i);
      await expect(frame.locator(".tally-trend-point").first()).toBeVisible();
      const svg = await downloadFrom(page, frame.getByRole("button", { name: "SVG" }));
      const svgText = (await downloadBytes(svg)).toString("utf8");
      expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svgText).toContain(mark);
      const png = await downloadFrom(page, frame.getByRole("button", { name: "PNG (2×)" }));
      expect([...(await downloadBytes(png)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const csv = await downloadFrom(page, frame.getByRole("button", { name: "CSV" }));
      const rows = (await downloadBytes(csv)).toString("utf8").trim().split("\n");
      expect(rows[0]).toMatch(
        /^\uFEFF?Claim ID,Event ID,Event,Event date,Event start \(ISO\),Event end \(ISO\),Event date inferred,As of,As of inferred,Metric,Metric ID,Unit,Qualifier,/,
      );
      expect(rows.length - 1).toBe(await frame.locator(".tally-trend-point").count());
    }
  });

  test("every view renders on the shipped release (screenshots for review)", async ({ page }) => {
    for (const view of ["overview", "findings", "claims", "versions", "sql"]) {
      await page.goto(`/?view=${view}`);
      await expect(page.locator("main h1")).toBeVisible();
      if (view === "claims") await expect(page.locator("tbody tr").first()).toBeVisible();
      if (view === "sql") {
        await page.getByRole("button", { name: /Run/ }).click();
        await expect(page.locator(".sql-result tbody td")).toBeVisible();
      }
      await shot(page, `shipped-${view}`);
    }
  });
});
