import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { contiguousRuns, TrendChart, type TrendPoint, valueAxisWidth } from "./TrendChart.js";

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

describe("TrendChart mark names", () => {
  const series = [{ key: "arrivals", label: "Arrivals", connect: true, periods: true }];
  const nameOf = (container: HTMLElement) =>
    container.querySelector('[data-claim-id="h1"]')?.getAttribute("aria-label");

  it("say a word unit after each figure, which the axis title alone gave ('…: 501' of persons)", () => {
    const { container } = render(
      <TrendChart title="t" points={halfYears(3)} series={series} width={760} unitLabel="persons" />,
    );
    expect(nameOf(container)).toBe("Arrivals, Arrivals 1, half 1: 501 persons");
    // The period's label on the plot is unchanged, and still within the name (WCAG 2.5.3).
    expect(periodLabels(container)).toEqual(["half 0: 500", "half 1: 501", "half 2: 502"]);
    expect(container.querySelector('[data-claim-id="h1"] title')?.textContent).toBe(
      "Arrivals, Arrivals 1, half 1: 501 persons",
    );
  });

  it("leave a symbol unit to the format, which prints it on each number", () => {
    const { container } = render(
      <TrendChart
        title="t"
        points={halfYears(3)}
        series={series}
        width={760}
        unitLabel="%"
        format={(n) => `${n}%`}
      />,
    );
    expect(nameOf(container)).toBe("Arrivals, Arrivals 1, half 1: 501%");
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

describe("TrendChart guides back to a mark's date", () => {
  const series = [{ key: "counts", label: "Counts" }];
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const claim = (id: string, group: string, start: string, end: string, figure: number): TrendPoint => ({
    id,
    series: "counts",
    start: day(start),
    end: day(end) + 86_400_000 - 1,
    low: figure,
    high: figure,
    qualifier: "exact",
    label: id,
    group,
  });
  /** The shipped counts chart: the claims of four events from 2017 to 2023, then one of April 2024. */
  const points = [
    claim("jul", "jul-2017", "2017-07-01", "2017-07-31", 10),
    ...Array.from({ length: 3 }, (_, i) => claim(`shen${i}`, "apr-2019", "2019-04-28", "2019-04-28", 7)),
    ...Array.from({ length: 4 }, (_, i) => claim(`lia${i}`, "jul-2019", "2019-07-01", "2019-07-31", 39 + i)),
    ...Array.from({ length: 7 }, (_, i) => claim(`oct${i}`, "oct-2023", "2023-10-09", "2023-10-09", 200 + i)),
    claim("apr", "apr-2024", "2024-04-01", "2024-04-30", 12),
  ];
  /** Each claim's mark as drawn, the x of its date read off the axis's year labels, and its group's guide. */
  const drawn = (container: HTMLElement) => {
    const years = [
      ...container.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"),
    ].map((t) => ({ t: Date.UTC(Number(t.textContent), 0, 1), x: Number(t.getAttribute("x")) }));
    const [a, b] = years as [(typeof years)[0], (typeof years)[0]];
    const xOf = (t: number) => a.x + ((t - a.t) / (b.t - a.t)) * (b.x - a.x);
    const guides = new Map(
      [...container.querySelectorAll(".tally-dodge-group")].map((g) => [
        g.getAttribute("data-group")!,
        {
          at: Number(g.querySelector(".tally-dodge-guide")!.getAttribute("x1")),
          from: Number(g.querySelector(".tally-dodge-bracket")!.getAttribute("x1")),
          to: Number(g.querySelector(".tally-dodge-bracket")!.getAttribute("x2")),
        },
      ]),
    );
    const marks = points.map((p) => {
      const hit = container.querySelector(`[data-claim-id="${p.id}"] .tally-hit`)!;
      return {
        group: p.group!,
        mark: Number(hit.getAttribute("x")) + Number(hit.getAttribute("width")) / 2,
        date: xOf((p.start + p.end) / 2),
      };
    });
    return { marks, guides };
  };

  it("on a phone joins every mark drawn off its date to that date, the lone April 2024 claim too", () => {
    // At 390 px the chart is drawn 344 px wide and labels 2017 and 2021: April 2024 gave way to the
    // seven 9 Oct 2023 claims and stood 15 px (six months) right of its date with no guide.
    const { container } = render(
      <TrendChart title="t" points={points} series={series} width={344} yLabel="persons" />,
    );
    const { marks, guides } = drawn(container);
    const apr = marks.find((m) => m.group === "apr-2024")!;
    expect(apr.mark - apr.date).toBeGreaterThan(10);
    const off = marks.filter((m) => Math.abs(m.mark - m.date) > 3);
    expect(off.length).toBeGreaterThan(0);
    for (const m of off) {
      const g = guides.get(m.group);
      expect(g, `${m.group}: a mark ${(m.mark - m.date).toFixed(1)} px off its date`).toBeDefined();
      expect(g!.at).toBeCloseTo(m.date, 0);
      expect(g!.from).toBeLessThanOrEqual(Math.min(m.mark, m.date) + 0.01);
      expect(g!.to).toBeGreaterThanOrEqual(Math.max(m.mark, m.date) - 0.01);
    }
  });

  it("at 1280 px draws no guide for a lone claim on its date, only for the groups spread about theirs", () => {
    const { container } = render(
      <TrendChart title="t" points={points} series={series} width={1258} yLabel="persons" />,
    );
    const { marks, guides } = drawn(container);
    for (const lone of ["jul-2017", "apr-2024"]) {
      const m = marks.find((k) => k.group === lone)!;
      expect(Math.abs(m.mark - m.date)).toBeLessThanOrEqual(3);
    }
    expect([...guides.keys()].sort()).toEqual(["apr-2019", "jul-2019", "oct-2023"]);
  });

  it("names the guide in the legend when only a lone claim moved off its date has one", () => {
    // Four events of one claim each: no group is drawn side by side, but at 344 px the two a week
    // apart cannot both stand on their dates, and the legend (laid out before the marks) left out
    // the dotted line the moved one got.
    const lone = [
      claim("a", "a", "2017-03-01", "2017-03-01", 10),
      claim("b", "b", "2020-04-01", "2020-04-01", 20),
      claim("c", "c", "2020-04-08", "2020-04-08", 30),
      claim("d", "d", "2023-10-09", "2023-10-09", 40),
    ];
    const legendOf = (c: HTMLElement) => c.querySelector(".tally-legend")!.textContent ?? "";
    const phone = render(<TrendChart title="t" points={lone} series={series} width={344} />);
    const moved = [...phone.container.querySelectorAll(".tally-dodge-group")].map((g) =>
      g.getAttribute("data-group"),
    );
    expect(moved.length).toBeGreaterThan(0);
    expect(legendOf(phone.container)).toContain("a dotted line marks the date");
    cleanup();
    // Wide enough for both to stand on their dates: no guide is drawn, and none is named.
    const wide = render(<TrendChart title="t" points={lone} series={series} width={1258} />);
    expect(wide.container.querySelectorAll(".tally-dodge-group")).toHaveLength(0);
    expect(legendOf(wide.container)).not.toContain("dotted line");
  });
});

describe("valueAxisWidth", () => {
  it("keeps 60 px for the shipped labels and widens for longer ones (an outside audit)", () => {
    expect(valueAxisWidth(["0", "250", "500", "750", "1,000"])).toBe(60);
    // "1,500,000" at 16 px is 81 px in DejaVu Sans (digits 0.636 em), Debian's fallback; with the
    // 6 px tick, a 3 px gap and the axis title's 6 px inside the axis, it needs 96: it had 60.
    expect(valueAxisWidth(["0", "500,000", "1,000,000", "1,500,000"])).toBeGreaterThanOrEqual(96);
    expect(valueAxisWidth(["20,000"])).toBeGreaterThan(60);
  });
});
