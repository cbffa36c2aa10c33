import { describe, expect, it } from "vitest";
import { buildExportSvg, wrapText } from "./exportSvg.js";

describe("buildExportSvg", () => {
  it("frames the chart with title, attribution, dataset@version and export date", () => {
    const chart = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    chart.setAttribute("width", "400");
    chart.setAttribute("height", "200");
    chart.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "rect"));
    const out = buildExportSvg(chart, {
      title: "200 vs 600 <script>",
      attribution: "Sources: Daily NK (2023-10-10), Yonhap (2023-10-12)",
      dataset: "tally",
      version: "1.0.0",
      exportedAt: "2024-01-02",
    });
    const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
    const root = doc.documentElement;
    expect(root.nodeName).toBe("svg");
    expect(out.width).toBe(432);
    expect(out.height).toBeGreaterThan(200);
    const text = Array.from(root.querySelectorAll("text"), (t) => t.textContent).join("\n");
    expect(text).toContain("200 vs 600 <script>");
    expect(text).toContain("Daily NK (2023-10-10)");
    expect(text).toContain("tally@1.0.0");
    expect(text).toContain("2024-01-02");
    expect(root.querySelector("script")).toBeNull();
    expect(root.querySelectorAll("svg")).toHaveLength(1);
  });
});

describe("wrapText", () => {
  it("breaks on spaces so no line passes the limit unless one word does", () => {
    expect(wrapText("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("abcdefgh ij", 4)).toEqual(["abcdefgh", "ij"]);
  });
});
