import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { downloadBytes, downloadFrom, hasRealData } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// An outside audit: at 390 px a lone claim that a neighbouring event's claims pushed aside was
// drawn months off its date with no guide back to it (April 2024, 15 px right of its date, read as
// late 2024), while a group of claims got a dotted line at its date and a bar to it. Now every mark
// drawn more than a few pixels from its date has that guide, alone or not, and a lone mark on its
// date has none, so that a wide chart is not cluttered.

const SHOTS = resolve(RESULTS, "trend-guides");
/** How far a mark may stand from its date and still read as on it (`DISPLACED` in dodge.ts). */
const DISPLACED = 3;
/** Measuring boxes in the browser: a guide at a date within this of the date read off the axis. */
const NEAR = 1;

interface Audit {
  /** Each mark: its name, where it is drawn and where its date is on the axis (null: no date read). */
  marks: { name: string; mark: number; date: number | null }[];
  /** Each guide: its dotted line's x and the ends of its bar along the axis. */
  guides: { at: number; from: number; to: number }[];
}

/**
 * Reads a drawn chart (on screen or an exported SVG): each mark's x, its date's x from the date in
 * its name and the year labels of the time axis, and every guide. Runs in the page, so it is whole.
 */
function audit(chart: Element): Audit {
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const DAY = 86_400_000;
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.x + r.width / 2;
  };
  // The middle of the day, month, months or year a mark's name ends with ("…, 9 Oct 2023: about 200").
  const middle = (name: string): number | null => {
    const m =
      /, (?:as of )?(?:(\d{1,2}) )?(?:([A-Z][a-z]{2})(?:–([A-Z][a-z]{2}))? )?(\d{4})(?: \(inferred\))?: /.exec(
        name,
      );
    if (!m) return null;
    const [, day, from, to, yearText] = m;
    const year = Number(yearText);
    if (day && from) return Date.UTC(year, MONTHS.indexOf(from), Number(day)) + DAY / 2;
    if (from) {
      const start = Date.UTC(year, MONTHS.indexOf(from), 1);
      const end = Date.UTC(year, MONTHS.indexOf(to ?? from) + 1, 1);
      return (start + end) / 2;
    }
    return (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2;
  };
  const years = [...chart.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")]
    .filter((t) => /^\d{4}$/.test(t.textContent ?? ""))
    .map((t) => ({ t: Date.UTC(Number(t.textContent), 0, 1), x: centre(t) }));
  const first = years[0]!;
  const last = years.at(-1)!;
  const xOf = (t: number) => first.x + ((t - first.t) / (last.t - first.t)) * (last.x - first.x);
  const marks = [...chart.querySelectorAll(".tally-trend-point")].map((el) => {
    const name = el.querySelector(":scope > title")?.textContent ?? "";
    const t = middle(name);
    return { name, mark: centre(el.querySelector(".tally-hit")!), date: t === null ? null : xOf(t) };
  });
  const guides = [...chart.querySelectorAll(".tally-dodge-group")].map((g) => {
    const bar = g.querySelector(".tally-dodge-bracket")!.getBoundingClientRect();
    return { at: centre(g.querySelector(".tally-dodge-guide")!), from: bar.left, to: bar.right };
  });
  return { marks, guides };
}

/**
 * What the audit must never find: a mark more than `DISPLACED` px from its date with no guide from
 * that date to it, or a guide at a date with neither several marks nor a mark moved off it.
 */
function faults({ marks, guides }: Audit): { unread: string[]; unguided: string[]; clutter: string[] } {
  const off = (m: Audit["marks"][number]) => Math.abs(m.mark - m.date!) > DISPLACED;
  const dated = marks.filter((m) => m.date !== null);
  const unguided = dated
    .filter(off)
    .filter(
      (m) =>
        !guides.some(
          (g) =>
            Math.abs(g.at - m.date!) <= NEAR &&
            g.from <= Math.min(m.mark, m.date!) + NEAR &&
            g.to >= Math.max(m.mark, m.date!) - NEAR,
        ),
    )
    .map((m) => `${m.name}: ${(m.mark - m.date!).toFixed(1)} px off its date`);
  const clutter = guides
    .filter((g) => {
      const its = dated.filter((m) => Math.abs(m.date! - g.at) <= NEAR);
      return its.length < 2 && !its.some(off);
    })
    .map((g) => `a guide at x = ${g.at.toFixed(1)}`);
  return { unread: marks.filter((m) => m.date === null).map((m) => m.name), unguided, clutter };
}

async function openTrends(page: Page, width: number): Promise<Locator> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto("/?view=trends");
  await viewReady(page, "trends");
  return page.locator('figure.tally-chart [aria-roledescription="chart"]');
}

test.describe("Trends: every mark drawn off its date is joined to it (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");
  // Sharper screenshots to look at; the layout is the same.
  test.use({ deviceScaleFactor: 2 });

  for (const width of [390, 480, 560, 1280])
    test(`${width} px: each mark off its date has a guide to it, and a lone mark on its date none`, async ({
      page,
    }) => {
      const charts = await openTrends(page, width);
      expect(await charts.count()).toBeGreaterThan(0);
      for (const chart of await charts.all()) {
        const found = await chart.evaluate(audit);
        expect(found.marks.length).toBeGreaterThan(0);
        expect(faults(found)).toEqual({ unread: [], unguided: [], clutter: [] });
      }
      const counts = charts.first();
      const found = await counts.evaluate(audit);
      const april = found.marks.find((m) => m.name.includes("send officials to China"))!;
      expect(april).toBeDefined();
      if (width === 390) {
        // The audit's case: April 2024 gives way to the 9 Oct 2023 claims, and its guide says so.
        expect(april.mark - april.date!).toBeGreaterThan(DISPLACED);
        expect(found.guides.some((g) => Math.abs(g.at - april.date!) <= NEAR)).toBe(true);
      }
      if (width === 1280) {
        // Room for every lone mark on its date: a guide for each group of claims only.
        expect(Math.abs(april.mark - april.date!)).toBeLessThanOrEqual(DISPLACED);
        expect(found.guides.some((g) => Math.abs(g.at - april.date!) <= NEAR)).toBe(false);
      }
      mkdirSync(SHOTS, { recursive: true });
      await counts.scrollIntoViewIfNeeded();
      await counts.screenshot({ path: resolve(SHOTS, `counts-${width}.png`) });
    });

  test("390 px: the exported SVG, drawn again at the export width, guides its marks the same way", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await openTrends(page, 390);
    const frame = page.locator("figure.tally-chart").first();
    const d = await downloadFrom(page, frame.getByRole("button", { name: "SVG" }));
    const svg = (await downloadBytes(d)).toString("utf8");
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(resolve(SHOTS, "export-from-390.svg"), svg);
    const view = await browser.newPage({ deviceScaleFactor: 2 });
    try {
      await view.setContent(
        `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`,
      );
      // The chart is an svg inside the image's, beside its title, legend and footer.
      const chart = view.locator("body > svg svg").first();
      const found = await chart.evaluate(audit);
      expect(found.marks.length).toBeGreaterThan(10);
      // Three groups of claims, each joined to its date; what else has a guide is a mark off its date.
      expect(found.guides.length).toBeGreaterThanOrEqual(3);
      expect(faults(found)).toEqual({ unread: [], unguided: [], clutter: [] });
      await view.locator("body > svg").screenshot({ path: resolve(SHOTS, "export-from-390.png") });
    } finally {
      await view.close();
    }
  });
});
