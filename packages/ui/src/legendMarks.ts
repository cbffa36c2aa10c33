import type { LegendItem } from "./exportMeta.js";

/**
 * The shapes of one legend entry's mark, drawn as the chart draws the thing it names, in an
 * 18 × 12 box whose left edge is `x` and whose middle is `cy`. One description for the two
 * legends, the exported image's (`buildExportSvg`) and the one on screen (`ChartLegend`), so a
 * mark cannot differ between them. Attribute names are React's (camelCase); `svgAttribute` gives
 * the SVG name.
 */
export interface MarkShape {
  tag: "rect" | "circle" | "path";
  attrs: Record<string, string | number>;
}

export function legendMarkShapes(item: LegendItem, x = 0, cy = 6): MarkShape[] {
  switch (item.kind) {
    case "swatch":
      return [{ tag: "rect", attrs: { x: x + 3, y: cy - 6, width: 12, height: 12, fill: item.color } }];
    case "band":
      return [
        {
          tag: "rect",
          attrs: {
            x: x + 3,
            y: cy - 6,
            width: 12,
            height: 12,
            fill: item.color,
            fillOpacity: 0.25,
            stroke: item.color,
            strokeDasharray: "3 2",
          },
        },
      ];
    case "hollow":
      return [
        {
          tag: "circle",
          attrs: {
            cx: x + 9,
            cy,
            r: 5,
            fill: "#ffffff",
            stroke: "#111111",
            strokeWidth: 2,
            strokeDasharray: "3 2",
          },
        },
      ];
    case "range":
      return [
        {
          tag: "rect",
          attrs: {
            x,
            y: cy - 4,
            width: 18,
            height: 8,
            fill: "#111111",
            fillOpacity: 0.15,
            stroke: "#111111",
            strokeDasharray: "3 2",
          },
        },
        { tag: "circle", attrs: { cx: x + 9, cy, r: 3, fill: "#ffffff", stroke: "#111111" } },
      ];
    case "arrow":
      return [
        { tag: "rect", attrs: { x, y: cy - 3, width: 10, height: 6, fill: "#111111" } },
        { tag: "path", attrs: { d: `M${x + 10},${cy - 6} L${x + 18},${cy} L${x + 10},${cy + 6} Z` } },
      ];
  }
}

/** `fillOpacity` → `fill-opacity`: the attribute's name in an SVG document. */
export function svgAttribute(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
