import { balanceIsolates, drawnLength } from "./bidi.js";
import { CHART_FONT } from "./chartFont.js";
import { shortTag } from "./download.js";
import { datasetLine, type ExportMeta, type LegendItem } from "./exportMeta.js";
import { legendMarkShapes, svgAttribute } from "./legendMarks.js";
import { estimateMeasure, type Measure, wrapByWidth } from "./measureText.js";

export type { ExportMeta } from "./exportMeta.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;
const TITLE = { size: 18, weight: 700, line: 24 };
const SUBTITLE = { size: 13, weight: 400, line: 18 };
const LEGEND = { size: 12, weight: 400, line: 22, marker: 18, gap: 6, between: 18 };
const FOOT = { size: 12, weight: 400, line: 16 };

/**
 * Greedy word wrap by character count, for on-screen axis labels (exports wrap by measured width).
 * The isolates of a right-to-left name (`isolateName`) draw nothing and are not counted; a name
 * broken over lines is isolated on each (`balanceIsolates`), as `wrapByWidth` does.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && drawnLength(line) + 1 + drawnLength(word) > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return balanceIsolates(lines);
}

export interface ExportSvgOptions {
  /** Text widths in the chart font (a canvas in the browser); an estimate when left out. */
  measure?: Measure;
  /** @font-face rules to embed (the chart font as data URLs), so the file renders the same anywhere. */
  fontCss?: string;
  /** How to read the chart: drawn between the subtitle and the chart. */
  legend?: readonly LegendItem[];
}

function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  style: { size: number; weight: number },
  fill = "#111111",
) {
  const t = el(doc, "text", {
    x,
    y,
    "font-family": CHART_FONT,
    "font-size": style.size,
    "font-weight": style.weight,
    fill,
  });
  // textContent, never innerHTML: titles and outlets come from the dataset.
  t.textContent = content;
  return t;
}

/** The marker of one legend entry, drawn in an 18 × 12 box whose left edge is `x` and centre `cy`. */
function marker(doc: Document, item: LegendItem, x: number, cy: number): SVGElement {
  const g = el(doc, "g", {});
  for (const shape of legendMarkShapes(item, x, cy))
    g.appendChild(
      el(
        doc,
        shape.tag,
        Object.fromEntries(Object.entries(shape.attrs).map(([k, v]) => [svgAttribute(k), v])),
      ),
    );
  return g;
}

/** Legend entries flowed into rows no wider than `maxWidth`. */
function layoutLegend(items: readonly LegendItem[], maxWidth: number, measure: Measure) {
  const placed: { item: LegendItem; x: number; row: number; lines: string[] }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const room = maxWidth - LEGEND.marker - LEGEND.gap;
    const lines = wrapByWidth(item.label, room, (s) => measure(s, LEGEND.size, LEGEND.weight));
    const w =
      LEGEND.marker + LEGEND.gap + Math.max(...lines.map((l) => measure(l, LEGEND.size, LEGEND.weight)));
    if (x > 0 && (x + w > maxWidth || lines.length > 1)) {
      x = 0;
      row++;
    }
    placed.push({ item, x, row, lines });
    if (lines.length > 1) {
      row += lines.length;
      x = 0;
    } else x += w + LEGEND.between;
  }
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row + p.lines.length));
  return { placed, rows };
}

/**
 * The on-screen chart's controls made picture: its marks are buttons there (a role, a pressed
 * state, a name, a Tab stop), which a screen reader announced as dead buttons in an SVG pasted
 * into a web page (outside review). Empty titles and descriptions go too.
 */
function staticImage(chart: SVGSVGElement): void {
  for (const node of [chart, ...chart.querySelectorAll("*")]) {
    for (const name of node.getAttributeNames())
      if (name === "role" || name === "tabindex" || name === "focusable" || name.startsWith("aria-"))
        node.removeAttribute(name);
  }
  for (const node of chart.querySelectorAll("title, desc")) if (!node.textContent?.trim()) node.remove();
}

const URL_REF = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;
const ID_LISTS = new Set(["aria-labelledby", "aria-describedby"]);

/**
 * Ids made the file's own. Recharts gives each point the id of its datum ("c001", twice where two
 * series draw it) and every export the same "tally-export-title": one file held duplicate ids, and
 * two files pasted into one report page clashed (an outside review). An id nothing refers to is
 * dropped; one something refers to (a hatch pattern's `url(#…)`, the title's `aria-labelledby`)
 * becomes `<prefix>-<n>`, and each reference follows it.
 */
function ownIds(root: Element, prefix: string): void {
  const nodes = [root, ...root.querySelectorAll("*")];
  const referenced = new Set<string>();
  for (const node of nodes)
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name) ?? "";
      if (name === "href" || name === "xlink:href") {
        if (value.startsWith("#")) referenced.add(value.slice(1));
      } else if (ID_LISTS.has(name)) for (const id of value.split(/\s+/)) referenced.add(id);
      else for (const m of value.matchAll(URL_REF)) referenced.add(m[1]!);
    }
  const renamed = new Map<string, string>();
  for (const node of nodes) {
    const id = node.getAttribute("id");
    if (id === null) continue;
    // A second element of one id was never the one a reference reached.
    if (!referenced.has(id) || renamed.has(id)) node.removeAttribute("id");
    else {
      renamed.set(id, `${prefix}-${renamed.size + 1}`);
      node.setAttribute("id", renamed.get(id)!);
    }
  }
  const to = (id: string) => renamed.get(id) ?? id;
  for (const node of nodes)
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name) ?? "";
      if (name === "href" || name === "xlink:href") {
        if (value.startsWith("#")) node.setAttribute(name, `#${to(value.slice(1))}`);
      } else if (ID_LISTS.has(name)) node.setAttribute(name, value.split(/\s+/).map(to).join(" "));
      else if (value.includes("url("))
        node.setAttribute(
          name,
          value.replace(URL_REF, (_, id: string) => `url(#${to(id)})`),
        );
    }
}

/**
 * A standalone SVG document: title, subtitle and legend above the chart's own SVG; below it the
 * source line, dataset@version with the licence and export date, and the data address. Every line
 * is wrapped by its measured width, so nothing runs past the image's edge.
 */
export function buildExportSvg(
  chart: SVGSVGElement,
  meta: ExportMeta,
  options: ExportSvgOptions = {},
): { svg: string; width: number; height: number } {
  const measure = options.measure ?? estimateMeasure;
  const doc = chart.ownerDocument;
  const chartWidth = Number(chart.getAttribute("width")) || chart.clientWidth || 800;
  const chartHeight = Number(chart.getAttribute("height")) || chart.clientHeight || 400;
  const width = chartWidth + PAD * 2;
  const inner = width - PAD * 2;
  const wrap = (s: string, style: { size: number; weight: number }) =>
    wrapByWidth(s, inner, (t) => measure(t, style.size, style.weight));

  const titleLines = wrap(meta.title, TITLE);
  const subLines = meta.subtitle ? wrap(meta.subtitle, SUBTITLE) : [];
  const legend = layoutLegend(options.legend ?? [], inner, measure);
  const footLines = [
    ...wrap(meta.attribution, FOOT),
    ...(meta.origin ? wrap(meta.origin, FOOT) : []),
    ...wrap(datasetLine(meta), FOOT),
    ...(meta.dataUrl ? wrap(`Data: ${meta.dataUrl}`, FOOT) : []),
  ];

  let y = PAD;
  const titleTop = y;
  y += titleLines.length * TITLE.line;
  const subTop = y;
  y += subLines.length * SUBTITLE.line;
  const legendTop = y + (legend.rows ? 6 : 0);
  y = legendTop + legend.rows * LEGEND.line + PAD / 2;
  const chartTop = y;
  const footTop = chartTop + chartHeight + PAD / 2;
  const height = footTop + footLines.length * FOOT.line + PAD;

  const root = el(doc, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": CHART_FONT,
  });
  root.setAttribute("xmlns", SVG_NS);
  // One image named by its title: pasted into a web page, the file is read as a picture.
  root.setAttribute("role", "img");
  root.setAttribute("aria-labelledby", "tally-export-title");
  const titleEl = el(doc, "title", { id: "tally-export-title" });
  titleEl.textContent = meta.title;
  root.appendChild(titleEl);
  if (options.fontCss) {
    const defs = el(doc, "defs", {});
    const style = el(doc, "style", {});
    style.textContent = options.fontCss;
    defs.appendChild(style);
    root.appendChild(defs);
  }
  root.appendChild(el(doc, "rect", { width: "100%", height: "100%", fill: "#ffffff" }));

  titleLines.forEach((l, i) => {
    root.appendChild(text(doc, PAD, titleTop + TITLE.size + i * TITLE.line, l, TITLE));
  });
  subLines.forEach((l, i) => {
    root.appendChild(text(doc, PAD, subTop + SUBTITLE.size + 2 + i * SUBTITLE.line, l, SUBTITLE, "#333333"));
  });
  const legendGroup = el(doc, "g", { class: "tally-export-legend" });
  for (const p of legend.placed) {
    const cy = legendTop + p.row * LEGEND.line + LEGEND.line / 2;
    legendGroup.appendChild(marker(doc, p.item, PAD + p.x, cy));
    p.lines.forEach((l, i) => {
      legendGroup.appendChild(
        text(doc, PAD + p.x + LEGEND.marker + LEGEND.gap, cy + 4 + i * LEGEND.line, l, LEGEND),
      );
    });
  }
  root.appendChild(legendGroup);

  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", String(PAD));
  clone.setAttribute("y", String(chartTop));
  clone.setAttribute("width", String(chartWidth));
  clone.setAttribute("height", String(chartHeight));
  clone.removeAttribute("style");
  clone.removeAttribute("class");
  // The chart's text inherits the one family; an explicit attribute beats any leftover default.
  clone.setAttribute("font-family", CHART_FONT);
  for (const t of clone.querySelectorAll("text, tspan")) t.removeAttribute("font-family");
  staticImage(clone);
  root.appendChild(clone);

  footLines.forEach((l, i) => {
    root.appendChild(text(doc, PAD, footTop + FOOT.size + i * FOOT.line, l, FOOT, "#333333"));
  });

  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  // Tagged by the whole drawing, not its title alone: one chart of two releases, or on a linear and
  // a log scale, is two files whose patterns differ (the review of this change).
  ownIds(root, `tally-${shortTag(serializer.serializeToString(root))}`);
  const xml = serializer.serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, width, height };
}
