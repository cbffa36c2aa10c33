import { cleanup, fireEvent, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RangeChart, type RangeRow } from "./RangeChart.js";
import { TrendChart, type TrendPoint } from "./TrendChart.js";

afterEach(cleanup);

// Both charts through the one shared module: a chart is one Tab stop, and the arrow keys, Home and
// End move between its marks in the chart's keyboard order (an outside keyboard review found a Tab
// stop per mark: 16 Tabs to get past the first Trends chart, 987 on a summary of 10,000 claims).

const trendPoint = (id: string, year: number, series = "a"): TrendPoint => ({
  id,
  series,
  start: Date.UTC(year, 5, 1),
  end: Date.UTC(year, 5, 1),
  low: 10 + year - 2015,
  high: 10 + year - 2015,
  qualifier: "exact",
  label: `Outlet ${id}`,
});
// Given out of time order and across series: the keyboard goes along the time axis.
const points = [trendPoint("p2019", 2019), trendPoint("p2016", 2016, "b"), trendPoint("p2021", 2021)];
const series = [
  { key: "a", label: "A" },
  { key: "b", label: "B" },
];

const row = (id: string, low: number, section?: string): RangeRow => ({
  id,
  label: `Outlet ${id}`,
  low,
  high: low,
  qualifier: "exact",
  verdict: "consistent",
  ...(section ? { section } : {}),
});
// Two sections: their headings are no marks, and the keys pass over them.
const rows = [row("r1", 100, "Reading A"), row("r2", 120, "Reading A"), row("r3", 300, "Reading B")];

type Props = { selectedId?: string | null; onSelect?: (id: string) => void };
const charts: { name: string; order: string[]; draw: (props: Props) => ReactElement }[] = [
  {
    name: "TrendChart",
    order: ["p2016", "p2019", "p2021"],
    draw: (props) => <TrendChart title="Counts" points={points} series={series} width={760} {...props} />,
  },
  {
    name: "RangeChart",
    order: ["r1", "r2", "r3"],
    draw: (props) => <RangeChart title="Figures" rows={rows} width={760} {...props} />,
  },
];

for (const { name, order, draw } of charts)
  describe(`${name}: one Tab stop, arrow keys between its marks`, () => {
    const setup = (props: Props = {}) => {
      const onSelect = vi.fn();
      const view = render(draw({ onSelect, ...props }));
      const mark = (id: string) => view.container.querySelector<SVGGElement>(`[data-claim-id="${id}"]`)!;
      const stops = () =>
        [...view.container.querySelectorAll('[role="button"]')]
          .filter((m) => m.getAttribute("tabindex") === "0")
          .map((m) => m.getAttribute("data-claim-id"));
      return { ...view, onSelect, mark, stops };
    };

    it("makes only the first mark in the keyboard order a Tab stop", () => {
      const { container, stops } = setup();
      expect(container.querySelectorAll('[role="button"]')).toHaveLength(order.length);
      expect(stops()).toEqual([order[0]]);
    });

    it("moves focus and the Tab stop with the arrow keys, Home and End, and does not wrap round", () => {
      const { mark, stops } = setup();
      const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
      mark(order[0]!).focus();
      // false: the key's default (scrolling the page) was prevented.
      expect(press("ArrowRight")).toBe(false);
      expect(document.activeElement).toBe(mark(order[1]!));
      expect(stops()).toEqual([order[1]]);
      press("ArrowDown");
      expect(document.activeElement).toBe(mark(order[2]!));
      press("ArrowRight");
      expect(document.activeElement).toBe(mark(order[2]!));
      press("ArrowLeft");
      expect(document.activeElement).toBe(mark(order[1]!));
      press("ArrowUp");
      expect(document.activeElement).toBe(mark(order[0]!));
      press("ArrowUp");
      expect(document.activeElement).toBe(mark(order[0]!));
      press("End");
      expect(document.activeElement).toBe(mark(order.at(-1)!));
      expect(stops()).toEqual([order.at(-1)]);
      press("Home");
      expect(document.activeElement).toBe(mark(order[0]!));
      expect(stops()).toEqual([order[0]]);
    });

    it("leaves Alt+arrow (the browser's Back) to the browser", () => {
      const { mark } = setup();
      mark(order[1]!).focus();
      expect(fireEvent.keyDown(mark(order[1]!), { key: "ArrowLeft", altKey: true })).toBe(true);
      expect(document.activeElement).toBe(mark(order[1]!));
    });

    it("makes the selected mark the Tab stop, and a newly selected one", () => {
      const { stops, rerender, onSelect } = setup({ selectedId: order[1]! });
      expect(stops()).toEqual([order[1]]);
      rerender(draw({ onSelect, selectedId: order[2]! }));
      expect(stops()).toEqual([order[2]]);
      // Closing the evidence keeps the Tab stop on the mark that had it.
      rerender(draw({ onSelect, selectedId: null }));
      expect(stops()).toEqual([order[2]]);
    });

    it("keeps its own Tab stop when the selection is a mark it does not draw", () => {
      // A review: Trends' two charts share the selected claim; one selected in the other chart
      // sent this chart's Tab stop back to its first mark.
      const { stops, rerender, onSelect, mark } = setup();
      mark(order[0]!).focus();
      fireEvent.keyDown(mark(order[0]!), { key: "End" });
      expect(stops()).toEqual([order[2]]);
      rerender(draw({ onSelect, selectedId: "drawn-by-another-chart" }));
      expect(stops()).toEqual([order[2]]);
      rerender(draw({ onSelect, selectedId: "another-one" }));
      expect(stops()).toEqual([order[2]]);
    });

    it("keeps Enter and Space activating the focused mark", () => {
      const { mark, onSelect } = setup();
      mark(order[1]!).focus();
      fireEvent.keyDown(mark(order[1]!), { key: "Enter" });
      expect(fireEvent.keyDown(mark(order[1]!), { key: " " })).toBe(false);
      expect(onSelect.mock.calls).toEqual([[order[1]], [order[1]]]);
    });

    it("describes each mark by how to move between the marks", () => {
      const { mark, container } = setup();
      const ids = order.map((id) => mark(id).getAttribute("aria-describedby"));
      expect(new Set(ids).size).toBe(1);
      const hint = container.ownerDocument.getElementById(ids[0]!);
      expect(hint?.textContent).toMatch(
        /^Arrow keys move between the marks; Enter opens the mark in focus\.$/,
      );
      expect(hint?.hidden).toBe(true);
    });

    it("makes no mark a Tab stop, and adds no description, when the marks do nothing (an export)", () => {
      const { container } = render(draw({}));
      const marks = [...container.querySelectorAll('[role="button"]')];
      expect(marks.map((m) => m.getAttribute("tabindex"))).toEqual(order.map(() => "-1"));
      expect(marks.some((m) => m.hasAttribute("aria-describedby"))).toBe(false);
      expect(container.querySelector("[hidden]")).toBeNull();
    });
  });

// A thousand marks render in 1.6 s in happy-dom on a slow two-core machine running the whole suite:
// too close to the default 5 s for a machine slower still.
describe("a chart of a thousand marks", { timeout: 30_000 }, () => {
  it("is still one Tab stop, and End reaches its last mark", () => {
    // Trends' summary of 10,000 synthetic claims drew 987 marks, each a Tab stop. (The browser
    // tests have no release that large: this is where the count is held.)
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...trendPoint(`m${String(i).padStart(4, "0")}`, 2000),
      start: Date.UTC(2000, 0, 1 + i),
      end: Date.UTC(2000, 0, 1 + i),
    }));
    const { container } = render(
      <TrendChart title="Many" points={many} series={series} width={760} onSelect={() => {}} />,
    );
    const marks = [...container.querySelectorAll<SVGGElement>('[role="button"]')];
    expect(marks).toHaveLength(1000);
    expect(marks.filter((m) => m.getAttribute("tabindex") === "0").map((m) => m.dataset.claimId)).toEqual([
      "m0000",
    ]);
    marks[0]!.focus();
    fireEvent.keyDown(marks[0]!, { key: "End" });
    expect((document.activeElement as SVGGElement).dataset.claimId).toBe("m0999");
  });
});
