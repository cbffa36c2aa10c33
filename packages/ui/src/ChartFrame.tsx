import {
  cloneElement,
  type ReactElement,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { ChartLegend } from "./ChartLegend.js";
import { CHART_FONT, declareChartFont } from "./chartFont.js";
import { outsideFontNote } from "./chartFontCoverage.js";
import { downloadBlob, exportStem, type KeptEnd } from "./download.js";
import type { TableDownload } from "./exportFiles.js";
import type { Citation, ExportMeta, LegendItem } from "./exportMeta.js";
import type { ExportColumn } from "./exportTable.js";
import { useMediaQuery } from "./useMediaQuery.js";

/** What a chart element must accept to be drawn again for export: its width, and no selection. */
export interface ExportableChartProps {
  width?: number;
  selectedId?: string | null;
  onSelect?: ((id: string) => void) | undefined;
}

export interface ChartFrameProps {
  /** Title, subtitle, source line, dataset@version, licence and export date of every export. */
  meta: ExportMeta;
  /** Exactly the rows behind the chart and the columns the CSV carries, with human headers. */
  csv: { rows: readonly Record<string, unknown>[]; columns: readonly ExportColumn[] };
  /** "Cite this": plain text, BibTeX and CSL-JSON, with the licence. */
  citation: Citation;
  /** How to read the chart: listed under it on screen and drawn into exported images, the same entries. */
  legend?: readonly LegendItem[];
  /**
   * What the exported files are named by when the title says more than tells charts apart (a
   * claim count): the event and metric, say, as `{ title: event, keep: metric }` so that a cut
   * for length shortens the event, never the metric (`exportStem`). Default: the title.
   */
  fileTitle?: string | KeptEnd | undefined;
  /** The data-table alternative to the chart. */
  table: ReactNode;
  /** The chart: drawn on screen as given, and again for export at the export width without selection. */
  children: ReactElement<ExportableChartProps>;
}

const SUBTITLE_STYLE = { display: "block", fontWeight: 400, fontSize: "0.9rem", color: "#444444" } as const;

type CiteFormat = "text" | "bibtex" | "cslJson";
const CITE_FORMATS: readonly { key: CiteFormat; label: string }[] = [
  { key: "text", label: "Text" },
  { key: "bibtex", label: "BibTeX" },
  { key: "cslJson", label: "CSL-JSON" },
];

/** A phone's width: the data table is then set out as cards of labelled fields (`as-cards`). */
const NARROW_WINDOW = "(max-width: 600px)";

const useNarrowWindow = () => useMediaQuery(NARROW_WINDOW);

/**
 * A chart with its title, exports (PNG 2×, SVG, CSV with metadata, citation) and a data-table
 * alternative. Exports draw the chart again off screen at a fixed width, so what is on screen
 * (its width, a selected claim) never leaks into a file. The export code loads on first click.
 */
export function ChartFrame({
  meta,
  csv,
  citation,
  legend = [],
  fileTitle,
  table,
  children,
}: ChartFrameProps) {
  const id = useId();
  const [status, setStatus] = useState("");
  const [cite, setCite] = useState<CiteFormat | null>(null);
  // The data table is built when first opened: a chart of thousands of claims made it thousands
  // of rows nobody had asked for, on every render of the view.
  const [tableOpen, setTableOpen] = useState(false);
  const citeBox = useRef<HTMLTextAreaElement>(null);
  const citeButton = useRef<HTMLButtonElement>(null);
  // The clipboard API where the page may use it; else the box's own text, selected, as a reader
  // would copy it by hand (an outside review found a three-row box on a phone, cut off, no Copy).
  const copyCitation = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Citation copied.");
    } catch {
      citeBox.current?.select();
      setStatus(
        document.execCommand?.("copy") ? "Citation copied." : "Citation selected: copy it with Ctrl+C or ⌘C.",
      );
    }
  };
  // Escape closes the citation box as it closes the evidence panel, and only it (an outside
  // review), with focus on the button that opened it; closed, the key is left to the panel.
  const closeCiteOnEscape = (e: ReactKeyboardEvent) => {
    if (e.key !== "Escape" || cite === null) return;
    e.stopPropagation();
    setCite(null);
    citeButton.current?.focus();
  };
  useEffect(() => declareChartFont(), []);
  const narrow = useNarrowWindow();
  const slug = exportStem(fileTitle ?? meta.title, meta.dataset, meta.version);

  // `fn` may give a note for the reader, said after "downloaded."
  const run = async (what: string, fn: () => Promise<unknown>) => {
    setStatus(`Preparing ${what}…`);
    try {
      const note = await fn();
      setStatus(`${what} downloaded.${typeof note === "string" ? ` ${note}` : ""}`);
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const exportChart = async () => {
    const { EXPORT_CHART_WIDTH } = await import("./exportImage.js");
    return cloneElement(children, { width: EXPORT_CHART_WIDTH, selectedId: null, onSelect: undefined });
  };
  const exportSvg = () =>
    run("SVG", async () => {
      const { exportSvgBlob } = await import("./exportImage.js");
      const { blob, outsideFont } = await exportSvgBlob(await exportChart(), meta, legend);
      downloadBlob(blob, `${slug}.svg`);
      return outsideFontNote(outsideFont);
    });
  const exportPng = () =>
    run("PNG", async () => {
      const { exportPngBlob } = await import("./exportImage.js");
      downloadBlob(await exportPngBlob(await exportChart(), meta, legend), `${slug}@2x.png`);
    });
  const exportTable = (as: TableDownload) =>
    run(as === "csv" ? "CSV" : "ZIP of data and metadata", async () => {
      const { tableFiles, downloadTableFiles } = await import("./exportFiles.js");
      downloadTableFiles(
        tableFiles({ stem: slug, meta, citation, rows: csv.rows, columns: csv.columns }),
        as,
      );
    });

  return (
    <figure className="tally-chart" aria-labelledby={`${id}-title`} style={{ fontFamily: CHART_FONT }}>
      <figcaption id={`${id}-title`} className="tally-chart-title">
        {/* A heading too: a screen reader's list of headings offered only the view's and "Evidence". */}
        <h2 className="tally-chart-heading">{meta.title}</h2>
        {meta.subtitle && (
          <span className="tally-chart-subtitle" style={SUBTITLE_STYLE}>
            {meta.subtitle}
          </span>
        )}
      </figcaption>
      {/* A group, not a toolbar: a toolbar promises arrow keys between its buttons; each is a Tab
          stop. Named apart from the chart, which the figure's caption names. */}
      <fieldset className="tally-chart-tools" aria-label="Download or cite this chart">
        <button type="button" onClick={exportPng}>
          PNG (2×)
        </button>
        <button type="button" onClick={exportSvg}>
          SVG
        </button>
        <button type="button" onClick={() => exportTable("csv")} title="The chart's data, UTF-8, one file">
          CSV
        </button>
        <button
          type="button"
          onClick={() => exportTable("zip")}
          title="The CSV, a .metadata.json (citation, licence, sources, columns) and a README, in one ZIP"
        >
          Data + metadata (ZIP)
        </button>
        <button
          ref={citeButton}
          type="button"
          aria-expanded={cite !== null}
          onClick={() => {
            // A download's "… downloaded." beside the button read as the citation's (an outside audit).
            setStatus("");
            setCite((v) => (v ? null : "text"));
          }}
          // From its button too, where focus is right after opening it (an outside audit found
          // it closed only from inside the box).
          onKeyDown={closeCiteOnEscape}
        >
          Cite this
        </button>
        <span className="tally-status" role="status" aria-live="polite">
          {status}
        </span>
      </fieldset>
      {cite && (
        <fieldset className="tally-cite-box" onKeyDown={closeCiteOnEscape}>
          <legend className="visually-hidden">Cite this chart</legend>
          <fieldset className="tally-cite-formats">
            <legend>Citation format</legend>
            {CITE_FORMATS.map((f) => (
              <label key={f.key}>
                <input
                  type="radio"
                  name={`${id}-cite`}
                  value={f.key}
                  checked={cite === f.key}
                  onChange={() => setCite(f.key)}
                />{" "}
                {f.label}
              </label>
            ))}
          </fieldset>
          <textarea
            ref={citeBox}
            className="tally-cite"
            readOnly
            aria-label={`Citation (${CITE_FORMATS.find((f) => f.key === cite)?.label})`}
            value={citation[cite]}
            rows={cite === "text" ? 3 : 8}
          />
          <button type="button" onClick={() => copyCitation(citation[cite])}>
            Copy citation
          </button>
          <p className="tally-cite-licence">
            Licence:{" "}
            {citation.licence.path ? (
              <a href={citation.licence.path}>{citation.licence.title}</a>
            ) : (
              citation.licence.title
            )}
          </p>
        </fieldset>
      )}
      <div className="tally-chart-body">{children}</div>
      {/* Below the chart, not above it as in the image: on a phone the bars stay on the first screen. */}
      <ChartLegend items={legend} />
      <p className="tally-attribution">{meta.attribution}</p>
      <details
        className={narrow ? "tally-table-alt as-cards" : "tally-table-alt"}
        onToggle={(e) => setTableOpen(e.currentTarget.open)}
      >
        <summary>Data table for “{meta.title}”</summary>
        {tableOpen && table}
      </details>
    </figure>
  );
}
