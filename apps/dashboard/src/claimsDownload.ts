import type { ClaimView } from "@tally/dataset";
import { downloadTableFiles, exportStem, type TableDownload, type TableFiles, tableFiles } from "@tally/ui";
import { citeAll, type Licence } from "./citation.js";
import { attributionLine } from "./claimVerdicts.js";
import { originNote } from "./dataSource.js";
import { claimsTableColumns, exportFields } from "./exportColumns.js";
import { publicAddress } from "./publicAddress.js";
import type { ClaimFilters } from "./urlState.js";

export interface ClaimsExportInput {
  rows: readonly ClaimView[];
  filters: ClaimFilters;
  name: string;
  title?: string | undefined;
  version: string;
  /** When the release was cut, for the citation's date. */
  issued?: string | undefined;
  /** Where the release's files are served from (`?data=` or the app's own `data/`). */
  base: string;
  tolerance: number;
  /** The page's address, pinned to the version in the citation. */
  url: string;
  today: string;
  /** The licence the release declares. */
  licence: Licence;
}

/** The column of a claim's row that names a filter's value in words. */
const LABEL_OF: Partial<Record<keyof ClaimFilters, keyof ClaimView>> = {
  event: "event_short_title",
  metric: "metric_label",
  category: "category_label",
  kind: "attributed_kind_label",
};

/**
 * "category = Forced repatriation (forced_repatriation), quote contains …": the filters the rows
 * were picked with, each id with its words as the pickers show them (read from the rows, which
 * all share it), or "" for none. "event = e-html" told a reader of the README nothing (an outside audit).
 */
function filterLine(filters: ClaimFilters, rows: readonly ClaimView[]): string {
  return (Object.entries(filters) as [keyof ClaimFilters, string | null][])
    .filter(([, v]) => v !== null && v !== "")
    .map(([k, v]) => {
      const column = LABEL_OF[k];
      const words = column === undefined ? undefined : rows[0]?.[column];
      const value = typeof words === "string" && words !== "" && words !== v ? `${words} (${v})` : v;
      return `${k === "q" ? "quote contains" : k} = ${value}`;
    })
    .join(", ");
}

/**
 * The files' shared name: "claims-…" for every claim; a filtered download says so and by what
 * ("claims-filtered-category-forced-repatriation-…"), so it is never taken for the whole table.
 */
function claimsStem(filters: ClaimFilters, name: string, version: string): string {
  const picked = Object.entries(filters)
    .filter(([, v]) => v !== null && v !== "")
    .map(([k, v]) => `${k === "q" ? "quote" : k} ${v}`);
  return exportStem(picked.length ? `claims filtered ${picked.join(" ")}` : "claims", name, version);
}

/**
 * The Claims view's CSV, its `.metadata.json` and README, as a chart's table export writes them
 * (BOM, human headers, the validator's read intervals, the release in every row; title, version,
 * citation, licence, sources, data address, and the origin note when `?data=` points elsewhere
 * than the published release).
 */
export function claimsExport(o: ClaimsExportInput): TableFiles {
  const filters = filterLine(o.filters, o.rows);
  const origin = originNote(o.base);
  const citation = citeAll({
    name: o.name,
    title: o.title,
    version: o.version,
    issued: o.issued,
    view: "Claims",
    url: o.url,
    accessed: o.today,
    note: origin,
    licence: o.licence,
  });
  const meta = {
    title: `Claims in ${o.title ?? o.name}`,
    subtitle: filters ? `Filtered by ${filters}` : "Every claim",
    attribution: attributionLine(o.rows),
    dataset: o.name,
    version: o.version,
    licence: o.licence.short,
    exportedAt: o.today,
    dataUrl: publicAddress(`${o.base}/releases/${o.version}/`) ?? undefined,
    origin,
  };
  return tableFiles({
    stem: claimsStem(o.filters, o.name, o.version),
    meta,
    citation,
    rows: o.rows.map((r) => exportFields(r, o.tolerance)),
    columns: claimsTableColumns(o.rows, o.tolerance),
  });
}

/** Saves the Claims CSV alone, or the ZIP of it with its metadata and README. */
export function downloadClaims(o: ClaimsExportInput, as: TableDownload): void {
  downloadTableFiles(claimsExport(o), as);
}
