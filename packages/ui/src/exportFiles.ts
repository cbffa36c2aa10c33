import { strToU8, zipSync } from "fflate";
import { withoutIsolates } from "./bidi.js";
import { downloadBlob } from "./download.js";
import type { Citation, ExportMeta } from "./exportMeta.js";
import { type ExportColumn, exportCsv, exportMetadata } from "./exportTable.js";
import { markdownLine, markdownText as md } from "./markdownText.js";

/** One file of a table export: its name and its whole text. */
export interface ExportFile {
  name: string;
  text: string;
}

/** A table's export: the CSV, the `.metadata.json` that describes it and a README a person reads. */
export interface TableFiles {
  stem: string;
  csv: ExportFile;
  metadata: ExportFile;
  readme: ExportFile;
}

/**
 * The CSV's last column. A CSV passed on alone (pasted into a spreadsheet, attached to a mail)
 * loses its metadata file, and a file name is the first thing renamed; every row still says which
 * release it was read from.
 */
export const RELEASE_COLUMN: ExportColumn = { key: "release", header: "Release (dataset@version)" };

/**
 * The README a person reads: every value in it comes from the release or the page's address, so
 * each goes through `markdownText` (`markdownLine` at a line's start) and a Markdown renderer prints it as written (an outside audit's
 * event titled `<img src=x onerror=…>` was read as HTML).
 */
function readme(
  meta: ExportMeta,
  citation: Citation,
  files: { csv: string; metadata: string; rows: number },
): string {
  const lines = [
    `# ${md(meta.title)}`,
    ...(meta.subtitle ? ["", markdownLine(meta.subtitle)] : []),
    "",
    "## How to cite",
    "",
    markdownLine(citation.text),
    "",
    `Licence: ${md(citation.licence.title)}${citation.licence.path ? ` (${md(citation.licence.path)})` : ""}`,
    "",
    "## Files",
    "",
    `- ${md(files.csv)}: ${files.rows} ${files.rows === 1 ? "row" : "rows"}, UTF-8 with a byte order mark; its last column names the release.`,
    `- ${md(files.metadata)}: title, version, the citation as text, BibTeX and CSL-JSON, the licence, the sources and the columns.`,
    "",
    "## Where the data comes from",
    "",
    `Dataset ${md(meta.dataset)}@${md(meta.version)}, exported ${md(meta.exportedAt)}.`,
    ...(meta.dataUrl ? [`Release files: ${md(meta.dataUrl)}`] : []),
    ...(meta.origin ? [markdownLine(meta.origin)] : []),
    markdownLine(meta.attribution),
    "",
  ];
  return lines.join("\n");
}

/** The files of one table export, all named from `stem` (see `exportStem`). */
export function tableFiles(opts: {
  stem: string;
  meta: ExportMeta;
  citation: Citation;
  rows: readonly Record<string, unknown>[];
  columns: readonly ExportColumn[];
}): TableFiles {
  const { stem, citation } = opts;
  // The files hold the data's text as it is: the isolates around a right-to-left name are for
  // drawing it among the chart's words (`isolateName`), not for a reader copying a title.
  const meta: ExportMeta = {
    ...opts.meta,
    title: withoutIsolates(opts.meta.title),
    subtitle: opts.meta.subtitle === undefined ? undefined : withoutIsolates(opts.meta.subtitle),
    attribution: withoutIsolates(opts.meta.attribution),
  };
  const release = `${meta.dataset}@${meta.version}`;
  const columns = [...opts.columns, RELEASE_COLUMN];
  const rows = opts.rows.map((r) => ({ ...r, [RELEASE_COLUMN.key]: release }));
  const csv = `${stem}.csv`;
  const metadata = `${stem}.metadata.json`;
  return {
    stem,
    csv: { name: csv, text: exportCsv(rows, columns) },
    metadata: {
      name: metadata,
      text: `${JSON.stringify(exportMetadata({ meta, citation, rows, columns, file: csv }), null, 2)}\n`,
    },
    readme: { name: `${stem}.README.md`, text: readme(meta, citation, { csv, metadata, rows: rows.length }) },
  };
}

/**
 * The three files in one ZIP, so one press is one download: a phone browser blocks a page's
 * second download, and the metadata must not be the file that goes missing.
 */
export function zipTableFiles(files: TableFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of [files.csv, files.metadata, files.readme]) entries[f.name] = strToU8(f.text);
  return zipSync(entries, { level: 6 });
}

/** "csv": the table alone, one file; "zip": the table with its metadata and README. */
export type TableDownload = "csv" | "zip";

/** Saves a table export as the CSV alone or as the ZIP of its three files. */
export function downloadTableFiles(files: TableFiles, as: TableDownload): void {
  if (as === "csv") {
    downloadBlob(new Blob([files.csv.text], { type: "text/csv;charset=utf-8" }), files.csv.name);
  } else {
    // A copy: Blob takes an ArrayBuffer view, and fflate's result is typed over ArrayBufferLike.
    downloadBlob(
      new Blob([new Uint8Array(zipTableFiles(files))], { type: "application/zip" }),
      `${files.stem}.zip`,
    );
  }
}
