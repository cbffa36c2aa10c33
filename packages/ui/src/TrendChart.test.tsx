import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TrendChart, type TrendPoint } from "./TrendChart.js";

afterEach(cleanup);

const YEAR = Date.UTC(2018, 0, 1);
const HALF = 182 * 86_400_000;

/** `n` half-years of arrivals from 2018, each its own period with its label. */
const halfYears = (n: number): TrendPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `h${i}`,
    series: "arrivals",
    start: YEAR + i * HALF,
    end: YEAR + (i + 1) * HALF - 1,
    low: 500 + i,
    high: 500 + i,
    qualifier: "exact" as const,
    label: `Arrivals ${i}`,
    group: `h${i}`,
    period: `half ${i}`,
  }));

const periodLabels = (container: HTMLElement) =>
  [...container.querySelectorAll(".tally-trend-point text")].map((t) => t.textContent);

describe("TrendChart period labels", () => {
  const series = [{ key: "arrivals", label: "Arrivals", connect: true, periods: true }];

  it("names each period beside its point when the plot has room", () => {
    const { container } = render(<TrendChart title="t" points={halfYears(3)} series={series} width={390} />);
    expect(periodLabels(container)).toEqual(["half 0: 500", "half 1: 501", "half 2: 502"]);
  });

  it("draws none when there are more periods than the plot has room to name, and keeps each in its mark's name", () => {
    // 95 half-years of synthetic arrivals printed 95 overlapping labels.
    const { container } = render(<TrendChart title="t" points={halfYears(40)} series={series} width={760} />);
    expect(container.querySelectorAll(".tally-trend-point")).toHaveLength(40);
    expect(periodLabels(container)).toEqual([]);
    expect(container.querySelector('[data-claim-id="h7"]')?.getAttribute("aria-label")).toBe(
      "Arrivals, Arrivals 7, half 7: 507",
    );
  });
});
