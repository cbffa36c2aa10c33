import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { chartFontReady, embeddedFontCss } from "./chartFont.js";
import { charactersOutsideChartFont } from "./chartFontCoverage.js";
import type { ExportMeta, LegendItem } from "./exportMeta.js";
import { svgToPng } from "./exportPng.js";
import { buildExportSvg } from "./exportSvg.js";
import { canvasMeasure } from "./measureText.js";

/**
 * The width every exported chart is drawn at, whatever the screen: an export made on a phone, or
 * after the on-screen chart was drawn narrow, is the same image as one made on a desktop.
 */
export const EXPORT_CHART_WIDTH = 880;

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Draws `chart` outside the page (inert, off screen) and hands its <svg> to `use` before
 * removing it. The copy is the export's own: no selection, at the export width.
 */
async function withOffscreenChart<T>(chart: ReactElement, use: (svg: SVGSVGElement) => T): Promise<T> {
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.inert = true;
  Object.assign(host.style, {
    position: "fixed",
    left: "-20000px",
    top: "0",
    width: `${EXPORT_CHART_WIDTH}px`,
  });
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(chart));
    // recharts lays its surface out in an effect after the first commit: two frames see it done.
    await frame();
    await frame();
    const svg = host.querySelector<SVGSVGElement>("svg.recharts-surface") ?? host.querySelector("svg");
    if (!svg) throw new Error("the chart could not be drawn for export");
    return use(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The standalone SVG document of a chart with its title, subtitle, legend and source footer. */
export async function exportSvgDocument(
  chart: ReactElement,
  meta: ExportMeta,
  legend: readonly LegendItem[],
): Promise<{ svg: string; width: number; height: number }> {
  await chartFontReady();
  const fontCss = await embeddedFontCss();
  const measure = canvasMeasure();
  return withOffscreenChart(chart, (svg) => buildExportSvg(svg, meta, { measure, fontCss, legend }));
}

/**
 * The SVG file, and the characters of its drawn text that the embedded font lacks: those a viewer
 * draws in a font of its own, or as boxes where it has none, so the reader is told.
 */
export async function exportSvgBlob(chart: ReactElement, meta: ExportMeta, legend: readonly LegendItem[]) {
  const out = await exportSvgDocument(chart, meta, legend);
  const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
  const drawn = Array.from(doc.querySelectorAll("text"), (t) => t.textContent ?? "").join(" ");
  return {
    blob: new Blob([out.svg], { type: "image/svg+xml" }),
    outsideFont: charactersOutsideChartFont(drawn),
  };
}

export async function exportPngBlob(chart: ReactElement, meta: ExportMeta, legend: readonly LegendItem[]) {
  const out = await exportSvgDocument(chart, meta, legend);
  return svgToPng(out.svg, out.width, out.height, 2);
}
