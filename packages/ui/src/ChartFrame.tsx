import { type ReactNode, useId, useRef, useState } from "react";
import { toCsv } from "./csv.js";
import { downloadBlob, fileSlug } from "./download.js";
import { svgToPng } from "./exportPng.js";
import { buildExportSvg, type ExportMeta } from "./exportSvg.js";

export interface ChartFrameProps {
  /** Title, attribution, dataset@version and export date, drawn into every exported image. */
  meta: ExportMeta;
  /** Exactly the rows behind the chart, for the CSV export. */
  csv: { rows: readonly Record<string, unknown>[]; columns: readonly string[] };
  /** "Cite this" text for the view. */
  citation: string;
  /** The data-table alternative to the chart. */
  table: ReactNode;
  children: ReactNode;
}

/**
 * A chart with its title, attribution, exports (PNG 2×, SVG, CSV, citation) and a data table
 * alternative. The chart's own <svg> is what gets exported, framed with the metadata.
 */
export function ChartFrame({ meta, csv, citation, table, children }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const [status, setStatus] = useState("");
  const [showCite, setShowCite] = useState(false);
  const slug = `${fileSlug(meta.title)}-${meta.dataset}-${meta.version}`;

  const chartSvg = (): SVGSVGElement | null =>
    ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface") ??
    ref.current?.querySelector("svg") ??
    null;

  const run = async (what: string, fn: () => Promise<void> | void) => {
    try {
      await fn();
      setStatus(`${what} downloaded.`);
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const exportSvg = () =>
    run("SVG", () => {
      const svg = chartSvg();
      if (!svg) throw new Error("the chart has not been drawn yet");
      const out = buildExportSvg(svg, meta);
      downloadBlob(new Blob([out.svg], { type: "image/svg+xml" }), `${slug}.svg`);
    });
  const exportPng = () =>
    run("PNG", async () => {
      const svg = chartSvg();
      if (!svg) throw new Error("the chart has not been drawn yet");
      const out = buildExportSvg(svg, meta);
      downloadBlob(await svgToPng(out.svg, out.width, out.height, 2), `${slug}@2x.png`);
    });
  const exportCsv = () =>
    run("CSV", () => {
      downloadBlob(
        new Blob([toCsv(csv.rows, csv.columns)], { type: "text/csv;charset=utf-8" }),
        `${slug}.csv`,
      );
    });

  return (
    <figure className="tally-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="tally-chart-title">
        {meta.title}
      </figcaption>
      <div className="tally-chart-tools" role="toolbar" aria-label={`Export ${meta.title}`}>
        <button type="button" onClick={exportPng}>
          PNG (2×)
        </button>
        <button type="button" onClick={exportSvg}>
          SVG
        </button>
        <button type="button" onClick={exportCsv}>
          CSV
        </button>
        <button type="button" aria-expanded={showCite} onClick={() => setShowCite((v) => !v)}>
          Cite this
        </button>
        <span className="tally-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {showCite && (
        <textarea className="tally-cite" readOnly aria-label="Citation" value={citation} rows={3} />
      )}
      <div ref={ref} className="tally-chart-body">
        {children}
      </div>
      <p className="tally-attribution">{meta.attribution}</p>
      <details className="tally-table-alt">
        <summary>Data table for “{meta.title}”</summary>
        {table}
      </details>
    </figure>
  );
}
