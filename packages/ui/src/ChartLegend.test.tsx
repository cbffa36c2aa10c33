import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChartFrame } from "./ChartFrame.js";
import { rangeChartLegend } from "./chartLegend.js";
import type { LegendItem } from "./exportMeta.js";
import { buildExportSvg } from "./exportSvg.js";

afterEach(cleanup);

const META = {
  title: "Seven detained outside Shenyang — North Koreans detained: 3 claims compared",
  attribution: "Sources: The Epoch Times (2019-05, inferred)",
  dataset: "tally",
  version: "1.1.0",
  licence: "CC BY 4.0",
  exportedAt: "2026-11-29",
};
const CITATION = { text: "", bibtex: "", cslJson: "", licence: { title: "CC BY 4.0", path: "LICENSE" } };

function frame(legend: readonly LegendItem[]) {
  return render(
    <ChartFrame meta={META} csv={{ rows: [], columns: [] }} citation={CITATION} legend={legend} table={null}>
      <svg width={100} height={50} />
    </ChartFrame>,
  ).container;
}

/** The legend under the chart, as a reader sees it: each entry's words. */
function onScreen(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll(".tally-chart-legend li"), (li) => li.textContent!.trim());
}

describe("the chart's legend on screen", () => {
  it("lists exactly what the chart draws: three exact figures of one reading give one entry", () => {
    // Shenyang: three exact "7" claims, one reading, all consistent; nothing about or open-ended.
    const legend = rangeChartLegend({
      readings: 1,
      verdicts: ["consistent", "consistent", "consistent"],
      spanning: false,
      tolerance: null,
      openEnded: false,
    });
    expect(onScreen(frame(legend))).toEqual(["Consistent"]);
  });

  it("lists the readings, spanning claims, about and open-ended marks when the chart has them", () => {
    const legend = rangeChartLegend({
      readings: 2,
      verdicts: [],
      spanning: true,
      tolerance: 0.1,
      example: { low: 600, interval: { low: 540, high: 660 } },
      openEnded: true,
    });
    expect(onScreen(frame(legend))).toEqual([
      "reading A: claims and common range",
      "reading B: claims and common range",
      "consistent with every reading (dotted)",
      "hollow = the stated “about” figure",
      "dashed band = its tolerance range: about 600 is drawn 540–660: ±10%, the tolerance the validator used",
      "arrow = open-ended (“at least”, “more than”)",
    ]);
  });

  it("draws each entry's mark with the shapes the exported image draws", () => {
    const legend: LegendItem[] = [
      { kind: "swatch", color: "#009E73", label: "Consistent" },
      { kind: "band", color: "#0072B2", label: "reading A" },
      { kind: "hollow", label: "hollow" },
      { kind: "range", label: "dashed band" },
      { kind: "arrow", label: "arrow" },
    ];
    const screenMarks = Array.from(frame(legend).querySelectorAll(".tally-chart-legend li svg"), shapes);
    const chart = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const exported = new DOMParser().parseFromString(
      buildExportSvg(chart, META, { legend }).svg,
      "image/svg+xml",
    ).documentElement;
    const exportMarks = Array.from(exported.querySelectorAll(".tally-export-legend > g"), shapes);
    expect(screenMarks).toHaveLength(legend.length);
    expect(screenMarks).toEqual(exportMarks);
  });

  it("is left out when the chart has no legend", () => {
    expect(frame([]).querySelector(".tally-chart-legend")).toBeNull();
  });
});

/** A mark's shapes with where they are taken out: which shapes, their colours, strokes and sizes. */
function shapes(mark: Element) {
  const placed = new Set(["x", "y", "cx", "cy", "d"]);
  return Array.from(mark.children, (s) => ({
    tag: s.tagName.toLowerCase(),
    attrs: Object.fromEntries(
      Array.from(s.attributes)
        .filter((a) => !placed.has(a.name))
        .map((a) => [a.name, a.value]),
    ),
  }));
}
