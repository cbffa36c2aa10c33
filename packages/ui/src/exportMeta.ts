/** What every exported image, table and metadata file carries: enough to cite it cut out of context. */
export interface ExportMeta {
  title: string;
  /** Event date, metric label and unit: "Event of 2023-10-09 · Repatriated persons (persons)". */
  subtitle?: string | undefined;
  /** The source line: "Sources: Daily NK (2023-10-10, inferred); Yonhap (2023-10-12)". */
  attribution: string;
  dataset: string;
  version: string;
  /** "CC BY 4.0". */
  licence: string;
  /** ISO date the export was made. */
  exportedAt: string;
  /** Where the release's files are served from (the data address). */
  dataUrl?: string | undefined;
  /**
   * Said when the data is not the app's published release (a `?data=` address): "Data from …, not
   * the published release." Drawn in the image footer and written in the metadata, so a copy of
   * the data cut out of the page is never taken for the release it claims to be.
   */
  origin?: string | null | undefined;
}

/** A citation in the forms a writer pastes: plain text, BibTeX and CSL-JSON. */
export interface Citation {
  text: string;
  bibtex: string;
  cslJson: string;
  /** The licence, named beside the citation. */
  licence: { title: string; path: string | null };
}

/** One entry of an exported chart's legend, drawn as the chart draws the thing it names. */
export type LegendItem =
  | { kind: "swatch"; color: string; label: string }
  | { kind: "band"; color: string; label: string }
  | { kind: "hollow"; label: string }
  | { kind: "range"; label: string }
  | { kind: "arrow"; label: string };

/**
 * "Dataset: tally@1.0.0 · Licence: CC BY 4.0 · Exported 2026-11-28"; data from elsewhere than the
 * published release says so beside the version it claims.
 */
export function datasetLine(meta: ExportMeta): string {
  const claimed = meta.origin ? " (not the published release)" : "";
  return `Dataset: ${meta.dataset}@${meta.version}${claimed} · Licence: ${meta.licence} · Exported ${meta.exportedAt}`;
}
