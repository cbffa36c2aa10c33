import { describe, expect, it } from "vitest";
import { FSI, isolateName, PDI } from "./bidi.js";
import { buildExportSvg, wrapText } from "./exportSvg.js";
import type { Measure } from "./measureText.js";

const META = {
  title: "China forcibly repatriates detained North Koreans through Dandong and Tumen <script>",
  subtitle: "Event of 2023-10-09 · Repatriated persons (persons)",
  attribution: "Sources: Daily NK (2023-10-10), Yonhap (2023-10-12)",
  dataset: "tally",
  version: "1.0.0",
  licence: "CC BY 4.0",
  exportedAt: "2024-01-02",
  dataUrl: "https://example.org/data/releases/1.0.0/",
};

function chart(width: number, height: number) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
  t.setAttribute("font-family", "serif");
  t.textContent = "0";
  svg.appendChild(t);
  return svg;
}

function parse(svg: string) {
  return new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
}

// Each character 10 px at 16 px type: widths that character counting would not predict.
const measure: Measure = (s, size) => s.length * size * 0.625;

describe("buildExportSvg", () => {
  // An outside review: "c001" twice in one file (Recharts gives each point its datum's id), and
  // every export "tally-export-title", so two SVGs pasted into one page clashed.
  it("keeps no id twice in a file nor one another export has, and keeps what refers to its ids", () => {
    const NS = "http://www.w3.org/2000/svg";
    const svg = chart(400, 200);
    const defs = document.createElementNS(NS, "defs");
    const pattern = document.createElementNS(NS, "pattern");
    pattern.setAttribute("id", "hatch-a");
    defs.appendChild(pattern);
    svg.appendChild(defs);
    for (const fill of ["url(#hatch-a)", "url('#hatch-a')"]) {
      const rect = document.createElementNS(NS, "rect");
      rect.setAttribute("fill", fill);
      svg.appendChild(rect);
    }
    for (let i = 0; i < 2; i++) {
      const point = document.createElementNS(NS, "path");
      point.setAttribute("id", "c001");
      svg.appendChild(point);
    }
    const one = parse(buildExportSvg(svg, META, { measure }).svg);
    const other = parse(buildExportSvg(svg, { ...META, title: "Another chart" }, { measure }).svg);
    const ids = (root: Element) => Array.from(root.querySelectorAll("[id]"), (e) => e.id);
    expect(ids(one)).toHaveLength(2);
    expect(new Set(ids(one)).size).toBe(2);
    expect(ids(one).filter((id) => ids(other).includes(id))).toEqual([]);
    // One title, another release: its own ids too.
    const later = parse(buildExportSvg(svg, { ...META, version: "1.1.0" }, { measure }).svg);
    expect(ids(one).filter((id) => ids(later).includes(id))).toEqual([]);
    const title = one.querySelector("title")!;
    expect(one.getAttribute("aria-labelledby")).toBe(title.id);
    const hatch = one.querySelector("pattern")!.id;
    expect(hatch).toMatch(/^tally-[0-9a-f]{6}-\d+$/);
    expect(Array.from(one.querySelectorAll("rect[fill^='url(']"), (r) => r.getAttribute("fill"))).toEqual([
      `url(#${hatch})`,
      `url(#${hatch})`,
    ]);
    expect(one.querySelectorAll("path[id]")).toHaveLength(0);
  });

  it("carries title, subtitle, source line, dataset@version, licence, export date and data address", () => {
    const out = buildExportSvg(chart(400, 200), META, { measure });
    const root = parse(out.svg);
    expect(root.nodeName).toBe("svg");
    expect(out.width).toBe(432);
    const text = Array.from(root.querySelectorAll(":scope > text"), (t) => t.textContent).join(" ");
    for (const part of [
      "Dandong and Tumen <script>",
      "Repatriated persons (persons)",
      "Daily NK (2023-10-10)",
      "tally@1.0.0",
      "CC BY 4.0",
      "2024-01-02",
      "releases/1.0.0/",
    ])
      expect(text).toContain(part);
    expect(root.querySelector("script")).toBeNull();
  });

  it("is one image named by its title: the chart's marks are no longer buttons in the file", () => {
    const svg = chart(400, 200);
    svg.setAttribute("role", "application");
    const mark = document.createElementNS("http://www.w3.org/2000/svg", "g");
    const attributes: [string, string][] = [
      ["role", "button"],
      ["aria-pressed", "false"],
      ["aria-label", "Daily NK: about 200"],
      ["tabindex", "-1"],
    ];
    for (const [name, value] of attributes) mark.setAttribute(name, value);
    mark.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "desc"));
    svg.appendChild(mark);
    const root = parse(buildExportSvg(svg, META, { measure }).svg);
    expect(root.getAttribute("role")).toBe("img");
    expect(root.querySelector(`#${root.getAttribute("aria-labelledby")}`)?.textContent).toBe(META.title);
    const chartNodes = [...root.querySelectorAll(":scope > svg, :scope > svg *")];
    expect(chartNodes.length).toBeGreaterThan(2);
    for (const node of chartNodes)
      expect(
        node.getAttributeNames().filter((n) => n === "role" || n === "tabindex" || n.startsWith("aria-")),
      ).toEqual([]);
    expect(root.querySelector(":scope > svg desc")).toBeNull();
  });

  it("says in the footer where data from elsewhere than the published release came from", () => {
    const origin = "Data from http://127.0.0.1:4621/data, not the published release.";
    const text = (meta: typeof META & { origin?: string }) =>
      Array.from(
        parse(buildExportSvg(chart(800, 200), meta, { measure }).svg).querySelectorAll(":scope > text"),
        (t) => t.textContent,
      ).join(" ");
    const copied = text({ ...META, origin });
    expect(copied).toContain(origin);
    expect(copied).toContain("tally@1.0.0 (not the published release)");
    expect(text(META)).not.toContain("not the published release");
  });

  it("wraps every line by its measured width, so none runs past the image's inner edge", () => {
    const out = buildExportSvg(chart(300, 100), META, { measure });
    const root = parse(out.svg);
    const lines = Array.from(root.querySelectorAll(":scope > text"));
    expect(lines.length).toBeGreaterThan(5);
    for (const t of lines) {
      const size = Number(t.getAttribute("font-size"));
      const x = Number(t.getAttribute("x"));
      expect(x + measure(t.textContent ?? "", size)).toBeLessThanOrEqual(out.width - 16);
      expect(Number(t.getAttribute("y"))).toBeLessThanOrEqual(out.height);
    }
  });

  it("names one font family, embeds the given @font-face rules and draws the legend", () => {
    const out = buildExportSvg(chart(400, 200), META, {
      measure,
      fontCss: "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}",
      legend: [
        { kind: "band", color: "#0072b2", label: "reading A" },
        { kind: "hollow", label: "hollow = the stated “about” figure" },
        { kind: "arrow", label: "arrow = open-ended" },
      ],
    });
    const root = parse(out.svg);
    const families = new Set(
      Array.from(root.querySelectorAll("[font-family]"), (e) => e.getAttribute("font-family")),
    );
    expect([...families]).toEqual(["'Noto Sans', sans-serif"]);
    expect(root.querySelector("style")?.textContent).toContain("data:font/woff2;base64");
    const legend = root.querySelector(".tally-export-legend")!;
    expect(legend.textContent).toContain("reading A");
    expect(legend.textContent).toContain("open-ended");
    expect(legend.querySelector("circle")).not.toBeNull();
    expect(legend.querySelector("path")).not.toBeNull();
  });
});

describe("wrapText", () => {
  it("breaks on spaces so no line passes the limit unless one word does", () => {
    expect(wrapText("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("abcdefgh ij", 4)).toEqual(["abcdefgh", "ij"]);
  });

  it("isolates a right-to-left name broken over lines on each, and does not count its isolates", () => {
    const label = `A: 45 · ${isolateName("الجزيرة نت")} · 1 claim`;
    expect(wrapText(label, 15)).toEqual([`A: 45 · ${FSI}الجزيرة${PDI}`, `${FSI}نت${PDI} · 1 claim`]);
    // 13 characters drawn, 15 stored: it fits a line of 13.
    expect(wrapText(isolateName("הארץ הארץ שלי"), 13)).toEqual([isolateName("הארץ הארץ שלי")]);
  });
});
