import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Locator, test } from "@playwright/test";
import { hasRealData } from "./helpers.js";
import { RESULTS, viewReady } from "./views.js";

// A review: at 390 px the seven claims about the 9 Oct 2023 repatriation stood over the stretch of
// the time axis before the tick labelled 2023, where a reader takes them for 2022. The axis was
// right; the marks had slid a year away from their date to keep clear of the April 2024 mark.

const SHOTS = resolve(RESULTS, "trend-axis");

/** The x of each labelled tick of a chart's time axis, by its label, and the plot's right edge. */
async function timeAxis(chart: Locator): Promise<{ ticks: Map<number, number>; end: number }> {
  const labels = chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  const ticks = await labels.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return [Number(e.textContent), r.x + r.width / 2] as const;
    }),
  );
  const line = (await chart.locator(".recharts-xAxis .recharts-cartesian-axis-line").boundingBox())!;
  return { ticks: new Map(ticks), end: line.x + line.width };
}

/** The centres of the marks whose names contain `words`. */
async function marksNamed(chart: Locator, words: string): Promise<number[]> {
  return chart.locator(".tally-trend-point").evaluateAll(
    (els, w) =>
      els
        .filter((el) => (el.getAttribute("aria-label") ?? "").includes(w))
        .map((el) => {
          const r = el.querySelector(".tally-hit")!.getBoundingClientRect();
          return r.x + r.width / 2;
        }),
    words,
  );
}

test.describe("Trends time axis (shipped release)", () => {
  test.skip(!hasRealData && !process.env.CI, "needs the shipped release (pnpm build:data)");

  for (const width of [390, 1280])
    test(`${width} px: each event's claims stand between the ticks labelled around their date`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/?view=trends");
      await viewReady(page, "trends");
      const counts = page.getByRole("group", { name: /Reported counts over time/ });
      const { ticks, end } = await timeAxis(counts);
      const years = [...ticks.keys()];
      // Every year at 1280 px. At 390 px every fourth: two years apart, the stretch from 2023 to
      // the axis's end held the seven 9 Oct 2023 claims only closer than a dot's width
      // (trendRoom.spec.ts).
      expect(years[0]).toBe(2017);
      expect(years).toEqual(width === 1280 ? [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] : [2017, 2021]);
      const events = [
        { words: "Dandong and Tumen", year: 2023, count: 7 },
        // Slid off April 2019 as far as September 2018, before the 2019 label, for the same reason.
        { words: "Seven North Koreans detained", year: 2019, count: 3 },
        { words: "send officials to China", year: 2024, count: 1 },
      ];
      for (const { words, year, count } of events) {
        // The label a reader reads the date off: the last one at or before its year, up to the next.
        const label = Math.max(...years.filter((y) => y <= year));
        const next = years.find((y) => y > label);
        const from = ticks.get(label)!;
        const to = next === undefined ? end : ticks.get(next)!;
        const marks = await marksNamed(counts, words);
        expect(marks.length, words).toBe(count);
        for (const x of marks) {
          expect(x, `${words}: after the tick labelled ${label}`).toBeGreaterThanOrEqual(from);
          expect(x, `${words}: before ${next ?? "the axis's end"}`).toBeLessThanOrEqual(to);
        }
      }
      // The 9 Oct 2023 claims stay clear of the April 2024 mark, and apart from each other.
      const october = (await marksNamed(counts, "Dandong and Tumen")).sort((a, b) => a - b);
      const [april] = await marksNamed(counts, "send officials to China");
      expect(october.at(-1)!).toBeLessThan(april!);
      for (let i = 1; i < october.length; i++)
        expect(october[i]! - october[i - 1]!).toBeGreaterThanOrEqual(6);
      mkdirSync(SHOTS, { recursive: true });
      await counts.scrollIntoViewIfNeeded();
      await counts.screenshot({ path: resolve(SHOTS, `trends-${width}.png`) });
    });
});
