import { Buffer } from "node:buffer";
import { type CsvError, type Info, parse } from "csv-parse/sync";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { columnsOf, type TableName } from "../schema/tables.js";
import { checkHeader } from "./checkHeader.js";
import { LineIndex } from "./lineIndex.js";
import { findOpenQuote } from "./openQuote.js";

/** One data row as read from the file: every cell still a string, keyed by its header name. */
export interface CsvRow {
  /** 1-based data row, header excluded. */
  row: number;
  /** 1-based physical line the row starts on, header = line 1. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
  /** Columns the header lacks: the rows are then incomplete and must not be loaded as such. */
  missing: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads one table's CSV and reports every problem it meets instead of stopping at the first: rows
 * with the wrong number of fields are reported and left out, the rest still load. A quote that
 * never closes swallows the rest of the file, so it is reported at the line where it opened.
 */
export function readCsv(input: string | Uint8Array, file: string, table: TableName): CsvTable {
  const bytes =
    typeof input === "string"
      ? Buffer.from(input, "utf8")
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const lines = new LineIndex(bytes);
  const skipped: CsvError[] = [];
  // With `info: true` csv-parse returns { record, info } pairs, which its typings do not express.
  const records = parse(bytes, {
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push(error);
      return undefined;
    },
  }) as unknown as { record: string[]; info: Info }[];

  const problems: Problem[] = [];
  const located: { fields: string[]; line: number }[] = [];
  let end = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  for (const { record, info } of records) {
    located.push({ fields: record, line: lines.lineAt(lines.skipLineBreaks(end)) });
    end = info.bytes;
  }

  const dataRows = Math.max(located.length - 1, 0);
  for (const error of skipped) {
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      const open = findOpenQuote(bytes, lines.skipLineBreaks(end));
      const from = lines.lineAt(open.offset);
      const header = located[0]?.fields;
      problems.push({
        code: PROBLEM_CODES.csvUnterminatedQuote,
        file,
        row: header ? dataRows + 1 : null,
        line: from,
        column: header?.[open.field] ?? null,
        message: `the quoted field that opens on line ${from} is never closed, so lines ${from}–${lines.lastLine()} could not be read`,
      });
    } else {
      problems.push({
        code: PROBLEM_CODES.csvParse,
        file,
        row: null,
        line: typeof error.lines === "number" && error.lines > 0 ? error.lines : null,
        column: null,
        message: error.message,
      });
    }
  }

  const [head, ...body] = located;
  if (head === undefined) {
    if (problems.length === 0)
      problems.push({
        code: PROBLEM_CODES.csvEmpty,
        file,
        row: null,
        line: null,
        column: null,
        message: `${file} is empty: expected the header ${columnsOf(table).join(",")}`,
      });
    return { header: [], rows: [], problems, missing: columnsOf(table) };
  }

  const header = head.fields;
  const headerProblems = checkHeader(header, columnsOf(table), { file, line: head.line, rows: body.length });
  problems.push(...headerProblems.problems);
  const rows: CsvRow[] = [];
  body.forEach(({ fields, line }, index) => {
    const row = index + 1;
    if (fields.length !== header.length) {
      problems.push({
        code: PROBLEM_CODES.csvColumnCount,
        file,
        row,
        line,
        column: null,
        message: `row ${row} (line ${line}) has ${fields.length} fields, expected ${header.length}`,
      });
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      // A CRLF file and its LF twin must load the same values, also inside multi-line quotes.
      if (!Object.hasOwn(cells, name)) cells[name] = fields[i]!.replace(/\r\n?/g, "\n");
    });
    rows.push({ row, line, cells });
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { header, rows, problems, missing: headerProblems.missing };
}
