const SVG_NS = "http://www.w3.org/2000/svg";

/** What every exported image carries besides the chart: enough to cite it when cut out of context. */
export interface ExportMeta {
  title: string;
  /** "Sources: Daily NK (2023-10-10), Yonhap (2023-10-12)". */
  attribution: string;
  dataset: string;
  version: string;
  /** ISO date the export was made. */
  exportedAt: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 16;
const LINE = 16;

/** Greedy word wrap by character count: SVG text does not wrap, and measuring needs a layout engine. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textEl(doc: Document, x: number, y: number, content: string, size: number, weight = "normal") {
  const t = doc.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-family", FONT);
  t.setAttribute("font-size", String(size));
  t.setAttribute("font-weight", weight);
  t.setAttribute("fill", "#111111");
  // textContent, never innerHTML: titles and outlets come from the dataset.
  t.textContent = content;
  return t;
}

/**
 * A standalone SVG document: the chart's own SVG framed by a title above and, below, the source
 * attribution, the dataset name@version and the export date. Returns the serialised markup and
 * its pixel size.
 */
export function buildExportSvg(
  chart: SVGSVGElement,
  meta: ExportMeta,
): { svg: string; width: number; height: number } {
  const doc = chart.ownerDocument;
  const chartWidth = Number(chart.getAttribute("width")) || chart.clientWidth || 800;
  const chartHeight = Number(chart.getAttribute("height")) || chart.clientHeight || 400;
  const width = chartWidth + PAD * 2;
  const maxChars = Math.max(40, Math.floor(width / 6.5));
  const titleLines = wrapText(meta.title, Math.floor(width / 9));
  const footLines = [
    ...wrapText(meta.attribution, maxChars),
    `Dataset: ${meta.dataset}@${meta.version} · Exported ${meta.exportedAt}`,
  ];
  const top = PAD + titleLines.length * 22;
  const height = top + PAD / 2 + chartHeight + PAD + footLines.length * LINE + PAD;

  const root = doc.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const bg = doc.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  root.appendChild(bg);
  const titleEl = doc.createElementNS(SVG_NS, "title");
  titleEl.textContent = meta.title;
  root.appendChild(titleEl);
  titleLines.forEach((l, i) => {
    root.appendChild(textEl(doc, PAD, PAD + 16 + i * 22, l, 17, "bold"));
  });

  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute("x", String(PAD));
  inner.setAttribute("y", String(top + PAD / 2));
  inner.setAttribute("width", String(chartWidth));
  inner.setAttribute("height", String(chartHeight));
  inner.removeAttribute("style");
  inner.removeAttribute("class");
  // Without the page's CSS the chart's text would fall back to a serif face (seen in headless
  // Chromium's PNG): name the UI's fonts on the chart itself, which its text inherits.
  inner.setAttribute("font-family", FONT);
  root.appendChild(inner);

  const footTop = top + PAD / 2 + chartHeight + PAD;
  footLines.forEach((l, i) => {
    root.appendChild(textEl(doc, PAD, footTop + 12 + i * LINE, l, 12));
  });

  const xml = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, width, height };
}
