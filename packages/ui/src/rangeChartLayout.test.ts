import { describe, expect, it } from "vitest";
import { rangeChartLayout } from "./rangeChartLayout.js";
import { tickLabelWidth } from "./valueAxis.js";

const rows = [
  {
    id: "c001",
    label: "Daily NK",
    detail: "multiple Daily NK sources in North Korea",
    figure: "about 200 · A",
  },
  { id: "c002", label: "Daily NK", detail: "a source in China", figure: "200–300 · A" },
  { id: "c004", label: "NK Insider", detail: "Joo Ok-kyung of Light of Freedom", figure: "about 600 · B" },
  {
    id: "c005",
    label: "NK Insider",
    detail: "NK Insider",
    figure: "at least 100 · every reading",
    section: "Consistent with every reading",
  },
  {
    id: "c012",
    label: "Daily NK",
    detail: "a high-ranking Daily NK source in North Korea",
    figure: "at least 100 · every reading",
    section: "Consistent with every reading",
  },
];
const bands = [
  {
    id: "0",
    letter: "A",
    low: 200,
    high: 220,
    text: "Daily NK · 3 claims, 2 independent origins",
    shortText: "3 claims, 2 origins",
    emphasis: true,
  },
  {
    id: "1",
    letter: "B",
    low: 540,
    high: 660,
    text: "NK Insider · 1 claim, 1 independent origin",
    shortText: "1 claim, 1 origin",
  },
];
const envelope = { low: 200, high: 660, label: "envelope of the readings: 200–660 · widest gap ×2.45" };
const domain = { min: 0, max: 1000 };

describe("rangeChartLayout", () => {
  it("sets the spanning claims apart under one heading, after the readings' claims", () => {
    const layout = rangeChartLayout({ width: 900, rows, bands, envelope, domain });
    expect(layout.slots.map((s) => (s.kind === "row" ? s.id : `# ${s.text}`))).toEqual([
      "c001",
      "c002",
      "c004",
      "# Consistent with every reading",
      "c005",
      "c012",
    ]);
    // Slots tile the plot below the strip for the bands' letters, without gaps or overlaps.
    let y = 16;
    for (const s of layout.slots) {
      expect(s.top).toBe(y);
      y += s.height;
    }
    expect(layout.plot.height).toBe(y);
  });

  it("puts the envelope and the band labels above the rows, each label starting at its band", () => {
    const layout = rangeChartLayout({ width: 980, rows, bands, envelope, domain });
    const a = layout.bandLabels.get("0")!;
    const b = layout.bandLabels.get("1")!;
    // A's long label runs past where B's starts: B takes the next line.
    expect(b.y).toBe(a.y + 18);
    // B's label is pulled left just enough to end inside the chart.
    expect(b.x).toBeLessThanOrEqual(layout.x(540));
    expect(b.x + 18 + b.lines[0]!.length * 6.4).toBeCloseTo(980 - 8, 5);
    expect(a.lines[0]).toBe("A: 200–220 · Daily NK · 3 claims, 2 independent origins · most corroborated");
    expect(a.x).toBeCloseTo(layout.x(200), 5);
    expect(layout.envelope!.x0).toBeCloseTo(layout.x(200), 5);
    expect(layout.envelope!.x1).toBeCloseTo(layout.x(660), 5);
    expect(layout.envelope!.text.y).toBeLessThan(a.y);
    expect(a.y).toBeLessThan(layout.plot.y);
    expect(layout.plot.y).toBe(layout.margin.top);
  });

  it("shares a line between labels that clear each other", () => {
    const short = bands.map((b) => ({ ...b, text: "2 origins", emphasis: false }));
    const layout = rangeChartLayout({ width: 980, rows, bands: short, domain });
    expect(layout.bandLabels.get("0")!.y).toBe(layout.bandLabels.get("1")!.y);
  });

  it("stacks each row's label above its bar when narrow, with the figure in the label", () => {
    const layout = rangeChartLayout({ width: 340, rows, bands, envelope, domain });
    expect(layout.compact).toBe(true);
    expect(layout.labelCol).toBe(0);
    expect(layout.plot.width).toBeGreaterThan(280);
    const first = layout.slots[0]!;
    expect(first.kind === "row" && first.lines[0]).toBe("Daily NK: about 200 · A");
    if (first.kind === "row")
      expect(first.labelY + (first.lines.length - 1) * 14).toBeLessThan(first.barY - 7);
  });

  it("keeps every header line within the chart's width when narrow", () => {
    const layout = rangeChartLayout({ width: 340, rows, bands, envelope, domain });
    const maxChars = Math.floor((340 - 16 - 18) / 6.4);
    for (const label of [...layout.bandLabels.values(), layout.envelope!.text])
      for (const line of label.lines) expect(line.length).toBeLessThanOrEqual(maxChars);
    // One block per reading, each below the one before.
    expect(layout.bandLabels.get("1")!.y).toBeGreaterThan(layout.bandLabels.get("0")!.y);
  });

  it("names who stands behind each reading when narrow too, over as many lines as it takes", () => {
    const layout = rangeChartLayout({ width: 340, rows, bands, envelope, domain });
    expect(layout.bandLabels.get("0")!.lines.join(" ")).toBe(
      "A: 200–220 · Daily NK · 3 claims, 2 independent origins · most corroborated",
    );
    expect(layout.bandLabels.get("1")!.lines.join(" ")).toBe(
      "B: 540–660 · NK Insider · 1 claim, 1 independent origin",
    );
  });

  it("has no header without bands or an envelope", () => {
    const layout = rangeChartLayout({ width: 900, rows: rows.slice(0, 2), domain });
    expect(layout.margin.top).toBeLessThan(20);
    expect(layout.bandLabels.size).toBe(0);
    expect(layout.envelope).toBeNull();
  });

  it("wraps a compact row's figure and reading over two bold lines rather than cut the reading off", () => {
    const vague = { ...rows[3]!, figure: "“Hundreds”, at least 100 · every reading" };
    const layout = rangeChartLayout({ width: 340, rows: [vague], bands, envelope, domain });
    const row = layout.slots.find((s) => s.kind === "row")!;
    if (row.kind !== "row") throw new Error("no row");
    expect(layout.compact).toBe(true);
    expect(row.bold).toBe(2);
    expect(row.lines.slice(0, 2).join(" ")).toBe("NK Insider: “Hundreds”, at least 100 · every reading");
    expect(row.lines[2]).toBe("NK Insider");
    // The bar stands below all three lines.
    expect(row.barY).toBeGreaterThan(row.labelY + 2 * 16);
    const wide = rangeChartLayout({ width: 900, rows: [vague], bands, envelope, domain }).slots[1]!;
    expect(wide.kind === "row" && wide.bold).toBe(1);
  });

  it("lets a long attributed party wrap to four lines beside a wide chart, so its organisation is not cut", () => {
    const hrw = {
      id: "c019",
      label: "The Epoch Times",
      detail: "Phil Robertson, deputy director of the Asia division of Human Rights Watch",
      figure: "7 · Consistent",
    };
    const layout = rangeChartLayout({ width: 640, rows: [hrw], bands: [], envelope: null, domain });
    const row = layout.slots[0]!;
    if (row.kind !== "row") throw new Error("no row");
    expect(row.lines.slice(1).join(" ")).toBe(hrw.detail);
    expect(row.lines.join(" ")).not.toContain("…");
  });
});

describe("rangeChartLayout: the value axis's ends and title (an outside audit)", () => {
  const fmt = (n: number) => new Intl.NumberFormat("en").format(n);

  it("leaves room on a phone for half the last tick's label, however long", () => {
    const shipped = rangeChartLayout({ width: 390, rows, domain: { min: 0, max: 1000 }, format: fmt });
    expect(shipped.margin.right).toBe(28);
    // "1,500,000" at 16 px is 81 px wide in DejaVu Sans, centred on the plot's right edge: 28 px cut it.
    const wide = rangeChartLayout({ width: 390, rows, domain: { min: 0, max: 1_500_000 }, format: fmt });
    expect(wide.margin.right).toBeGreaterThanOrEqual(81 / 2);
    // The same estimate as Trends' value axis, which must hold the whole label.
    expect(wide.margin.right).toBeGreaterThanOrEqual(tickLabelWidth("1,500,000") / 2);
    expect(wide.plot.x + wide.plot.width + wide.margin.right).toBeLessThanOrEqual(390);
  });

  it("wraps a long axis title to the plot's width and makes room under the axis for its lines", () => {
    const title =
      "Persons reportedly transferred across the border under escort during the operation (persons)";
    const short = rangeChartLayout({ width: 390, rows, domain: { min: 0, max: 1000 }, axisLabel: "persons" });
    const long = rangeChartLayout({ width: 390, rows, domain: { min: 0, max: 1000 }, axisLabel: title });
    expect(short.axisLabelLines).toEqual(["persons"]);
    expect(long.axisLabelLines.length).toBeGreaterThan(1);
    expect(long.axisLabelLines.join(" ")).toBe(title);
    for (const line of long.axisLabelLines) expect(line.length * 6.4).toBeLessThanOrEqual(long.plot.width);
    expect(long.height - short.height).toBe((long.axisLabelLines.length - 1) * 14);
  });
});
