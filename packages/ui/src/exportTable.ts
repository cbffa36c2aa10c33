import { from } from "arquero";
import { toCsv } from "./csv.js";
import type { Citation, ExportMeta } from "./exportMeta.js";

/** One column of an exported table: the row key it reads and the header a reader sees (with its unit). */
export interface ExportColumn {
  key: string;
  header: string;
}

/** Columns that name where a figure was reported: deduplicated, they are the metadata's sources. */
const SOURCE_KEYS = [
  "outlet",
  "via",
  "source_title",
  "source_title_inferred",
  "url",
  "published",
  "published_inferred",
];

/** UTF-8's byte order mark: spreadsheet programs read the file as UTF-8 only when it starts with one. */
export const BOM = "\uFEFF";

/** The rows as the reader sees them: only the exported columns, in order, under their headers. */
export function exportObjects(
  rows: readonly Record<string, unknown>[],
  columns: readonly ExportColumn[],
): Record<string, unknown>[] {
  const keys = columns.map((c) => c.key);
  const table = from(
    rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null]))),
    keys,
  );
  return table
    .select(keys)
    .rename(Object.fromEntries(columns.map((c) => [c.key, c.header])))
    .objects() as Record<string, unknown>[];
}

/**
 * The CSV a writer opens in a spreadsheet: BOM first, human headers, formula escaping as in
 * `toCsv` (arquero's own `toCSV` does not escape formulas, so it only shapes the rows).
 */
export function exportCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly ExportColumn[],
): string {
  return (
    BOM +
    toCsv(
      exportObjects(rows, columns),
      columns.map((c) => c.header),
    )
  );
}

/** The distinct sources behind the rows (outlet, title, address, date), in the order first seen. */
export function exportSources(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const present = SOURCE_KEYS.filter((k) => rows.some((r) => k in r));
  if (present.length === 0 || rows.length === 0) return [];
  return from(
    rows.map((r) => Object.fromEntries(present.map((k) => [k, r[k] ?? null]))),
    present,
  )
    .dedupe(present)
    .objects() as Record<string, unknown>[];
}

/** The `.metadata.json` written beside the CSV (compare Our World in Data's grapher downloads). */
export function exportMetadata(opts: {
  meta: ExportMeta;
  citation: Citation;
  rows: readonly Record<string, unknown>[];
  columns: readonly ExportColumn[];
  file: string;
}): Record<string, unknown> {
  const { meta, citation } = opts;
  return {
    title: meta.title,
    subtitle: meta.subtitle ?? null,
    dataset: meta.dataset,
    version: meta.version,
    citation: { text: citation.text, bibtex: citation.bibtex, csl_json: JSON.parse(citation.cslJson) },
    licence: { name: meta.licence, title: citation.licence.title, path: citation.licence.path },
    sources: exportSources(opts.rows),
    data: meta.dataUrl ?? null,
    // null for the published release; else the sentence naming where the data came from.
    origin: meta.origin ?? null,
    exported: meta.exportedAt,
    file: opts.file,
    rows: opts.rows.length,
    columns: opts.columns.map((c) => ({ name: c.header, key: c.key })),
  };
}
