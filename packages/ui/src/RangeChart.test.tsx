import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { notoSansEstimate } from "./measureText.js";
import { RangeChart, type RangeRow } from "./RangeChart.js";

afterEach(cleanup);

// 9 Oct 2023, share who were women: one "about 80" near the axis's end, read as 72–88.
const women: RangeRow = {
  id: "c003",
  label: "Daily NK",
  detail: "a source in China",
  low: 80,
  high: 80,
  qualifier: "about",
  verdict: "single_origin",
  interval: { low: 72, high: 88 },
};
// An open upper end: its bar starts at 80% of the axis (which runs to 200) and its label sits above it.
const openEnded: RangeRow = {
  id: "c900",
  label: "NK Insider",
  detail: "NK Insider",
  low: 160,
  high: null,
  qualifier: "at_least",
  verdict: "consistent",
  tag: "every reading",
};
const band = {
  id: "0",
  letter: "",
  low: 72,
  high: 88,
  text: "Daily NK · 1 claim, 1 independent origin",
  shortText: "1 claim, 1 origin",
  color: "#0072B2",
  hatch: 45,
};

function draw(width: number, rows: RangeRow[]) {
  const { container } = render(
    <RangeChart title="Share who were women" width={width} rows={rows} bands={[band]} />,
  );
  return container.querySelector("svg")!;
}

/** The figure labels beside (or above) the marks: every text in a row but the row's own label. */
function valueLabels(svg: SVGSVGElement) {
  return Array.from(svg.querySelectorAll(".tally-range-row > text:not(.tally-axis-label)"), (t) => {
    const lines = Array.from(t.querySelectorAll("tspan:not(.tally-space)"), (s) => s.textContent!.trim());
    return {
      x: Number(t.getAttribute("x")),
      anchor: t.getAttribute("text-anchor") ?? "start",
      lines: lines.length > 0 ? lines : [t.textContent!.trim()],
    };
  });
}

/** Every figure label's extent, by the estimate, which is never under the width Chromium draws. */
function expectInside(svg: SVGSVGElement, width: number) {
  const plotLeft = Number(svg.querySelector(".recharts-cartesian-axis-line")!.getAttribute("x1"));
  for (const l of valueLabels(svg)) {
    const w = Math.max(...l.lines.map((s) => notoSansEstimate(s, 12)));
    const [from, to] = l.anchor === "end" ? [l.x - w, l.x] : [l.x, l.x + w];
    expect(to, l.lines.join(" ")).toBeLessThanOrEqual(width);
    expect(from, l.lines.join(" ")).toBeGreaterThanOrEqual(plotLeft);
  }
}

describe("RangeChart value labels", () => {
  // 838 px: the chart's width in a 1280 px window; 880 px: every export's.
  for (const width of [838, 880])
    it(`keep a figure near the axis's end inside the chart at ${width} px`, () => {
      const svg = draw(width, [women]);
      expect(valueLabels(svg).map((l) => l.lines.join(" "))).toEqual(["about 80 (72–88) (Single origin)"]);
      expectInside(svg, width);
    });

  it("keep the label above an open-ended bar inside a chart just wide enough for a label column", () => {
    const svg = draw(600, [openEnded]);
    expect(valueLabels(svg).map((l) => l.lines.join(" "))).toEqual(["at least 160 (every reading)"]);
    expectInside(svg, 600);
  });

  it("still follows a mark that leaves room after it", () => {
    const low = { ...women, id: "c001", low: 20, high: 20, interval: { low: 18, high: 22 } };
    const svg = draw(838, [low, women]);
    const [label] = valueLabels(svg);
    expect(label!.anchor).toBe("start");
    const tolerance = svg.querySelector('[data-claim-id="c001"] .tally-tolerance')!;
    const bandEnd = Number(tolerance.getAttribute("x")) + Number(tolerance.getAttribute("width"));
    expect(label!.x).toBeGreaterThan(bandEnd);
  });
});

describe("RangeChart selected row", () => {
  // An outside review at 1280 px: "about 600 (540–660) (reading B)" ran out of its highlight.
  it("draws its highlight round a figure printed past the plot's right edge", () => {
    // 9 Oct 2023's "about 200" (c001), NK Insider's "approximately 600" (c004) and "hundreds",
    // at least 100, whose open end takes the axis to 1,000.
    const c001 = { ...women, id: "c001", low: 200, high: 200, interval: { low: 180, high: 220 } };
    const c004 = {
      ...women,
      id: "c004",
      low: 600,
      high: 600,
      interval: { low: 540, high: 660 },
      tag: "reading B",
    };
    const { container } = render(
      <RangeChart
        title="Repatriated"
        width={838}
        rows={[c001, c004, { ...openEnded, low: 100 }]}
        bands={[]}
        selectedId="c004"
      />,
    );
    const svg = container.querySelector("svg")!;
    const label = valueLabels(svg)[1];
    const labelRight = label!.x + notoSansEstimate(label!.lines[0]!, 12);
    const ring = svg.querySelector('[data-claim-id="c004"] .tally-focus-ring')!;
    const ringRight = Number(ring.getAttribute("x")) + Number(ring.getAttribute("width"));
    const plotRight = Number(svg.querySelector(".recharts-cartesian-axis-line")!.getAttribute("x1")) + 1;
    expect(label!.anchor).toBe("start");
    expect(labelRight).toBeGreaterThan(plotRight);
    expect(ringRight).toBeGreaterThanOrEqual(labelRight);
    expect(ringRight).toBeLessThanOrEqual(838);
  });
});

describe("RangeChart reading letters", () => {
  const lettered = (lows: number[]) =>
    lows.map((low, i) => ({
      ...band,
      id: String(i),
      letter: String.fromCharCode(65 + i),
      low,
      high: low + 1,
    }));
  const drawBands = (bands: ReturnType<typeof lettered>) =>
    render(
      <RangeChart
        title="Persons"
        width={838}
        rows={[{ ...women, low: 100, high: 100, interval: { low: 100, high: 100 } }]}
        bands={bands}
      />,
    ).container.querySelector("svg")!;

  it("draws each band's letter over every band, so no later band's edge crosses it", () => {
    const svg = drawBands(lettered([20, 90, 160]));
    const letters = [...svg.querySelectorAll(".tally-reading-letters text")];
    expect(letters.map((t) => t.textContent)).toEqual(["A", "B", "C"]);
    const lastBand = [...svg.querySelectorAll(".tally-reading-band")].at(-1)!;
    for (const t of letters)
      expect(lastBand.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("leaves out the letters of bands too close to tell apart, never two on one spot", () => {
    // An outside audit: 30 readings a pixel apart drew "C" under "D" and "ZR:R:R:R30".
    const svg = drawBands(lettered([100, 100.5, 101, 101.5, 102, 160]));
    const xs = [...svg.querySelectorAll(".tally-reading-letters text")].map((t) =>
      Number(t.getAttribute("x")),
    );
    expect(xs.length).toBeGreaterThanOrEqual(2);
    expect(xs.length).toBeLessThan(6);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(notoSansEstimate("W", 11) + 6);
    // Every band keeps its name, letter included, for a screen reader.
    expect(svg.querySelectorAll(".tally-reading-band[aria-label^='Reading ']")).toHaveLength(6);
  });
});

describe("RangeChart label backing", () => {
  it("backs every label over the plot with a wide stroke in the background colour, painted under it", () => {
    const spanning = {
      ...openEnded,
      low: 100,
      section: "Consistent with every reading (counted as support for none)",
    };
    for (const width of [838, 346]) {
      const svg = draw(width, [women, spanning]);
      const texts = svg.querySelectorAll(".tally-range-layer text, .tally-band-layer text");
      expect(texts.length).toBeGreaterThan(3);
      for (const t of texts) {
        // 3 px each side of a glyph: at 1.5 px a band's edge still showed between the letters.
        expect(t.getAttribute("stroke"), t.textContent!).toBe("#ffffff");
        expect(Number(t.getAttribute("stroke-width")), t.textContent!).toBeGreaterThanOrEqual(6);
        expect(t.getAttribute("paint-order"), t.textContent!).toBe("stroke");
      }
    }
  });

  it("on a phone, sets each row's label on a ground the reading bands pass behind", () => {
    // An outside review at 390 px: the bands' edge lines ran between the letters of the labels.
    const svg = draw(346, [women, { ...openEnded, id: "c-open" }]);
    const rows = svg.querySelectorAll(".tally-range-row");
    expect(rows.length).toBe(2);
    for (const row of rows) {
      const ground = row.querySelector("rect.tally-label-ground")!;
      const label = row.querySelector("text.tally-axis-label")!;
      // Drawn before its text, so under it, and as wide as its widest line.
      expect(ground.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const widest = Math.max(
        ...[...label.querySelectorAll("tspan")].map((t) => notoSansEstimate(t.textContent ?? "", 12)),
      );
      expect(Number(ground.getAttribute("width"))).toBeGreaterThanOrEqual(widest);
    }
    // A wide chart keeps its labels in their own column, clear of the bands.
    expect(draw(838, [women]).querySelector("rect.tally-label-ground")).toBeNull();
  });

  it("draws the label axis under the section headings, which recharts' own axis line ran through", () => {
    // An outside review: the axis at the plot's left edge crossed "(counted as support for none)".
    const spanning = { ...openEnded, low: 100, section: "Consistent with every reading" };
    const svg = draw(838, [women, spanning]);
    const axis = svg.querySelector(".tally-label-axis")!;
    const heading = svg.querySelector(".tally-row-heading text")!;
    expect(axis.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(svg.querySelector(".recharts-yAxis .recharts-cartesian-axis-line")).toBeNull();
    // A phone's compact layout has no label column, so no line for it.
    expect(draw(346, [women, spanning]).querySelector(".tally-label-axis")).toBeNull();
  });

  it("grounds each section heading, so the reading bands' edges stop short of its words", () => {
    // An outside review at 390 px: band lines ran through "Consistent with every reading".
    const spanning = { ...openEnded, low: 100, section: "Consistent with every reading" };
    for (const width of [346, 838]) {
      const heading = draw(width, [women, spanning]).querySelector(".tally-row-heading")!;
      const ground = heading.querySelector("rect.tally-label-ground")!;
      const text = heading.querySelector("text")!;
      expect(ground.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(ground.getAttribute("fill")).toBe("#ffffff");
      const widest = Math.max(
        ...[...text.querySelectorAll("tspan:not(.tally-space)")].map((t) =>
          notoSansEstimate(t.textContent ?? "", 12),
        ),
      );
      expect(Number(ground.getAttribute("width"))).toBeGreaterThan(widest);
      const lines = text.querySelectorAll("tspan:not(.tally-space)").length;
      expect(Number(ground.getAttribute("height"))).toBeGreaterThanOrEqual(lines * 14);
    }
  });

  it("keeps a space between a wrapped heading's lines, as a screen reader and a copied SVG read them", () => {
    // An outside audit at 390 px read "Consistent with every reading (counted assupport for none)".
    const section = "Consistent with every reading (counted as support for none)";
    const text = draw(346, [women, { ...openEnded, low: 100, section }]).querySelector(
      ".tally-row-heading text",
    )!;
    expect(text.querySelectorAll("tspan:not(.tally-space)").length).toBeGreaterThan(1);
    expect(text.textContent!.replace(/\s+/g, " ").trim()).toBe(section);
  });

  it("keeps a space between a wrapped axis title's lines", () => {
    const axisLabel = "North Koreans detained and later transferred to border security facilities (persons)";
    const { container } = render(
      <RangeChart title="Detained" width={346} rows={[women]} bands={[band]} axisLabel={axisLabel} />,
    );
    const title = container.querySelector("text.axis-title")!;
    expect(title.querySelectorAll("tspan:not(.tally-space)").length).toBeGreaterThan(1);
    expect(title.textContent!.replace(/\s+/g, " ").trim()).toBe(axisLabel);
  });
});
