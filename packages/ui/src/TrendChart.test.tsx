import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { contiguousRuns, TrendChart, type TrendPoint } from "./TrendChart.js";

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

describe("TrendChart lines between periods", () => {
  const series = [{ key: "arrivals", label: "Arrivals", connect: true, periods: true }];

  it("joins periods that follow each other, and never across a stretch no figure covers", () => {
    // Jan–Jun 2018 and Jan–Jun 2019 were joined straight across the second half of 2018.
    const [h0, h1, h2, h3] = halfYears(4);
    const { container } = render(
      <TrendChart title="t" points={[h0!, h2!, h3!]} series={series} width={760} />,
    );
    const lines = [...container.querySelectorAll("polyline")].map(
      (l) => l.getAttribute("points")!.split(" ").length,
    );
    expect(lines).toEqual([2]);
    const all = render(<TrendChart title="t" points={[h0!, h1!, h2!, h3!]} series={series} width={760} />);
    expect(
      [...all.container.querySelectorAll("polyline")].map((l) => l.getAttribute("points")!.split(" ").length),
    ).toEqual([4]);
  });

  it("cuts runs only where a period starts more than two days after the last one ended", () => {
    const day = 86_400_000;
    const at = (start: number, end: number) => ({ start, end });
    expect(
      contiguousRuns([at(0, 10 * day), at(11 * day, 20 * day), at(25 * day, 30 * day)]).map((r) => r.length),
    ).toEqual([2, 1]);
    expect(contiguousRuns([at(0, 10 * day), at(12 * day, 20 * day)]).map((r) => r.length)).toEqual([2]);
    expect(contiguousRuns([])).toEqual([]);
    // A long period covers those that start inside it: a year, then its second half, then the next.
    expect(
      contiguousRuns([
        at(0, 365 * day),
        at(182 * day, 365 * day),
        at(200 * day, 300 * day),
        at(366 * day, 400 * day),
      ]).map((r) => r.length),
    ).toEqual([4]);
  });
});
