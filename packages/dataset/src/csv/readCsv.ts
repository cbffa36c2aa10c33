import { Buffer } from "node:buffer";
import { type CsvError, type Info, parse } from "csv-parse/sync";
import { PROBLEM_CODES } from "../problemCodes.js";
import type { Problem } from "../schema/problem.js";
import { columnsOf, optionalColumnsOf, type TableName } from "../schema/tables.js";
import { shortened } from "../shortened.js";
import { startsWithBom, UTF8_BOM } from "./byteOrderMark.js";
import { checkHeader, otherDelimiter } from "./checkHeader.js";
import { fileChunks } from "./fileChunks.js";
import { characterName } from "./hiddenControls.js";
import { LineIndex } from "./lineIndex.js";
import { findOpenQuote } from "./openQuote.js";
import { type CodedPiece, codedFields, eachPlainRecordInThreads } from "./parallelPlain.js";
import { eachPlainRecord, memoryChunks, type PlainLayout, plainLayout } from "./plainCsv.js";
import type { RowThreads } from "./rowThreads.js";

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

/**
 * A plain file (its layout checked on the bytes that were read) to be read again from disk
 * while it is parsed, so that its bytes need not stay in memory beside the rows.
 */
export interface PlainCsvFile {
  path: string;
  size: number;
  layout: PlainLayout;
  /** The size of the pieces row threads read it in (`scanCsvInThreads`), when they read it. */
  pieceBytes?: number;
}

/** A file's bytes already found not plain (`plainLayout` gave null): csv-parse reads them. */
export interface RelaxedCsvBytes {
  bytes: Uint8Array;
  layout: null;
}

/** What `scanCsv` reports once every row has been handed over. */
export type CsvScan = Omit<CsvTable, "rows"> & {
  /** Records after the header, loaded or not (none for the rows a quote left open swallowed). */
  dataRows: number;
};

/**
 * Receives the header once, then each data row with the header's number of fields, in file order.
 * A row's array may be refilled for the next row: copy what you keep.
 */
export interface CsvVisitor {
  header?: (header: string[], missing: string[]) => void;
  row: (fields: string[], row: number, line: number) => void;
  /**
   * A row with the header's number of fields, read by a row thread (`eachPlainRecordInThreads`):
   * true when the visitor took it from the coded piece, else it is handed to `row` as fields.
   */
  coded?: (piece: CodedPiece, r: number, row: number, line: number) => boolean;
  /** A row left out for its number of fields, already reported: its fields as read, its first line. */
  skipped?: (fields: readonly string[], line: number) => void;
  /**
   * The text a quote left open to the end of the file kept from being read, already reported,
   * from the start of the row it opened in: each of its lines may be a row of its own.
   */
  unread?: (text: string) => void;
}

/** A CRLF file and its LF twin must load the same values, also inside multi-line quotes. */
const unixLines = (fields: string[]): string[] => {
  for (let i = 0; i < fields.length; i++)
    if (fields[i]!.includes("\r")) fields[i] = fields[i]!.replace(/\r\n?/g, "\n");
  return fields;
};

/**
 * How csv-parse reads a file the plain reader does not take; the plain reader's tests hold it to
 * the same records. Outside quotes, CRLF, LF and a lone CR each end a record, as each ends a line
 * for `LineIndex` (and for Python's csv module): left to guess, csv-parse takes the first line's
 * ending for the whole file, so that in an LF file a stray CR joined two rows, or stayed in a value
 * as a line break, while the line numbers counted it as the end of a line.
 */
export const RELAXED_OPTIONS = {
  bom: true,
  info: true,
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: true,
  // csv-parse types a list of delimiters as a mutable array.
  record_delimiter: ["\r\n", "\n", "\r"] as string[],
} as const;

/**
 * Where a record csv-parse gave `raw` begins: its raw text starts with the empty lines skipped
 * before it, which walked as fields hid a stray quote after them (a row after a blank line loaded
 * `"two words" more` as written, unreported).
 */
function startOfRecord(raw: string): number {
  let i = 0;
  while (raw[i] === "\n" || raw[i] === "\r") i++;
  return i;
}

/**
 * The field of a record, as written, that has text after the quote closing it (`"Hundreds"x,2`), or
 * -1. RFC 4180 allows only a delimiter or the end of the record there; csv-parse's relaxed reading
 * keeps such a field as written, opening quote and all, where other readers drop the quotes.
 */
export function textAfterQuote(raw: string): number {
  return misplacedQuote(raw)?.field ?? -1;
}

/**
 * The first field of a record, as written, whose quotation mark is out of place, or null: one whose
 * closing quote has text after it (`"about" 200`, `afterClose`), or one that holds a quote without
 * starting with one (`ab"c`) when `splitBy(field)` says its quote split the cell. Fields are
 * counted as csv-parse's relaxed reading cuts them: such a quote is kept as text, and commas still
 * cut. One walk for both, so that the two readings of a record cannot drift apart.
 */
export function misplacedQuote(
  raw: string,
  splitBy?: (field: number) => boolean,
): { field: number; afterClose: boolean } | null {
  let field = 0;
  let i = startOfRecord(raw);
  while (i < raw.length) {
    if (raw[i] === '"') {
      let close = raw.indexOf('"', i + 1);
      while (close !== -1 && raw[close + 1] === '"') close = raw.indexOf('"', close + 2);
      if (close === -1) return null;
      const next = raw[close + 1];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n")
        return { field, afterClose: true };
      i = close + 1;
    } else {
      const start = i;
      while (i < raw.length && raw[i] !== "," && raw[i] !== "\r" && raw[i] !== "\n") i++;
      if (splitBy !== undefined && raw.lastIndexOf('"', i - 1) >= start && splitBy(field))
        return { field, afterClose: false };
    }
    if (raw[i] !== ",") return null;
    field++;
    i++;
  }
  return null;
}

/**
 * Reads a file csv-parse's relaxed way, for files the plain reader does not take: records with
 * their lines, and the errors of records it had to skip (a quote never closed), located.
 */
function parseRelaxed(
  bytes: Buffer,
  file: string,
  visit: (fields: string[], line: number, lastLine: number, quoted?: number, raw?: string) => void,
  located: () => { header: string[] | undefined; dataRows: number },
  unread?: (text: string) => void,
): Problem[] {
  const lines = new LineIndex(bytes);
  const skipped: CsvError[] = [];
  // With `info: true` csv-parse returns { record, info } pairs, which its typings do not express.
  const records = parse(bytes, {
    ...RELAXED_OPTIONS,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push(error);
      return undefined;
    },
  }) as unknown as { record: string[]; info: Info; raw: string }[];

  let end = startsWithBom(bytes) ? UTF8_BOM.length : 0;
  for (const { record, info, raw } of records) {
    // The record's last byte is its line break, or the file's last byte: the line it ends on.
    const quoted = raw.includes('"') ? textAfterQuote(raw) : -1;
    visit(record, lines.lineAt(lines.skipLineBreaks(end)), lines.lineAt(info.bytes - 1), quoted, raw);
    end = info.bytes;
  }

  const { header, dataRows } = located();
  return skipped.map((error): Problem => {
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      unread?.(bytes.subarray(lines.skipLineBreaks(end)).toString("utf8"));
      const open = findOpenQuote(bytes, lines.skipLineBreaks(end));
      const from = lines.lineAt(open.offset);
      return {
        code: PROBLEM_CODES.csvUnterminatedQuote,
        file,
        row: header ? dataRows + 1 : null,
        line: from,
        column: header?.[open.field] ?? null,
        message: `the quoted field that opens on line ${from} is never closed, so ${from === lines.lastLine() ? `line ${from}` : `lines ${from}–${lines.lastLine()}`} could not be read`,
      };
    }
    return {
      code: PROBLEM_CODES.csvParse,
      file,
      row: null,
      line: typeof error.lines === "number" && error.lines > 0 ? error.lines : null,
      column: null,
      message: error.message,
    };
  });
}

/**
 * The field that swallowed its neighbours when a quote in the row was not closed where it should
 * have been: a short row whose field holds a quotation mark and at least as many commas as the row
 * lacks fields, counting only commas with no space after them, as a delimiter has. A quote and
 * notes of prose ("the sources" are …, in North Pyongan) hold commas followed by spaces, and a row
 * that only lacked a cell was blamed on a closing quote (an outside audit). -1 when no field looks
 * so.
 */
function runOnField(fields: readonly string[], expected: number): number {
  const missing = expected - fields.length;
  if (missing <= 0) return -1;
  return fields.findIndex((f) => f.includes('"') && f.split(/,(?!\s)/).length - 1 >= missing);
}

/** The fix for a row that is short or long by cells alone, with no quote to blame. */
function cellCountFix(fields: number, expected: number): string {
  return fields < expected
    ? `: ${expected - fields === 1 ? "a cell is" : `${expected - fields} cells are`} missing; give every column a cell, an empty one as two commas side by side`
    : `: ${fields - expected === 1 ? "a cell" : `${fields - expected} cells`} too many; quote a cell that holds a comma ("a, b")`;
}

/**
 * The field a stray quote split when the row has too many fields: text after a closing quote
 * (`"the sources"x ", more, words"`) makes the relaxed reader keep the field as written, opening
 * quote and all, and the commas the quote was meant to hold then cut the rest into extra fields,
 * the last of which ends with the quote meant to close it. A field that starts with a quote and
 * quotes again is the suspect only then: a well-quoted `"""them"" are"` reads as `"them" are`,
 * which looks the same, and an extra field after it was blamed on its quotes (an outside review).
 * -1 when no field of a long row looks so.
 */
function splitField(fields: readonly string[], expected: number): number {
  const extra = fields.length - expected;
  return extra > 0
    ? fields.findIndex(
        (f, i) =>
          f.startsWith('"') &&
          f.indexOf('"', 1) !== -1 &&
          fields.slice(i + 1, i + 1 + extra).some((later) => later.trimEnd().endsWith('"')),
      )
    : -1;
}

/**
 * What is wrong with a long row's misplaced quotation mark (`misplacedQuote`): its column, and the
 * fix with the cell as read; null when none is to blame. A quote inside an unquoted cell is blamed
 * only when it opens what a later one of the extra fields closes (an odd number of quotes in the
 * cell, a quote within the next `extra` fields): `say "hi, there"` was split by its quotes, while
 * `ab"c` in a row with a cell too many holds no comma and quoting it would not mend the row, which
 * then gets the count's own message. Only the relaxed reader's records come with `raw`: the plain
 * reader takes no file with a stray quote.
 */
function strayQuoteCause(
  fields: readonly string[],
  header: readonly string[],
  raw: string | undefined,
): { column: string | null; text: string } | null {
  const extra = fields.length - header.length;
  if (raw === undefined || extra <= 0 || !raw.includes('"')) return null;
  const quotes = (cell: string) => cell.split('"').length - 1;
  const stray = misplacedQuote(
    raw,
    (k) =>
      quotes(fields[k] ?? "") % 2 === 1 &&
      fields.slice(k + 1, k + 1 + extra).some((later) => later.includes('"')),
  );
  if (stray === null) return null;
  const { field, afterClose } = stray;
  const cell = shortened(fields[field] ?? "", 80);
  return {
    column: header[field] ?? null,
    text:
      `: ${header[field] ?? `field ${field + 1}`} ` +
      (afterClose
        ? `has text after its closing quotation mark (${cell})`
        : `holds a quotation mark in a cell that is not quoted (${cell})`) +
      ': only quotes around a whole cell keep a comma in it; quote the whole cell, doubling each quotation mark inside it ("say ""hi"", then go")',
  };
}

/**
 * Why a row of one field holds no data, when it is made only of characters that print as nothing:
 * NUL bytes (a crash or a disk error pads a file's end with them, and the row then looks empty)
 * or other controls and spaces, each named by its code point and, where it has one, its name
 * (`characterName`). "" for any other row.
 */
function blankRowCause(fields: readonly string[]): string {
  const only = fields.length === 1 ? fields[0]! : "";
  if (!/^[\s\p{Cc}\p{Cf}]+$/u.test(only)) return "";
  const chars = [...only];
  if (chars.every((c) => c === "\0"))
    return `: the line holds only ${chars.length === 1 ? "a NUL character" : `${chars.length} NUL characters`} (zero bytes, as a crash or a disk error leaves at the end of a file); delete them`;
  const named = [...new Set(chars)].map(characterName);
  return `: the line holds only characters that print as nothing: ${named.join(", ")}; delete them`;
}

/**
 * The reading of one table's CSV from its records on: `visit` takes each record as fields (the
 * header first), `coded` each record of a row thread's piece, and `finish` adds the problems of the
 * header and the rows to those of the reader and says what was read.
 */
function csvScanner(file: string, table: TableName, visitor: CsvVisitor, unify: boolean) {
  const columns = columnsOf(table);
  const optional = optionalColumnsOf(table);
  let header: string[] | undefined;
  let headerLine = 1;
  let dataRows = 0;
  let delimiter: string | null = null;
  let blankLines = 0;
  const rowProblems: Problem[] = [];
  // `quoted`: the field with text after its closing quote, from the relaxed reader (-1 or absent: none).
  // `raw`: the record as written, from the relaxed reader, read only for a row already found bad.
  const visit = (fields: string[], line: number, lastLine: number, quoted = -1, raw?: string) => {
    if (header === undefined) {
      // A line of spaces before any header is blank, as an empty line is to the reader: a file of
      // them read its spaces as a header of one column and named every column missing from it.
      if (fields.length === 1 && fields[0]!.trim() === "") {
        blankLines++;
        return;
      }
      // The plain reader refills its array for the next record.
      header = [...fields];
      headerLine = line;
      delimiter = otherDelimiter(header, columns);
      visitor.header?.(header, checkHeader(header, columns, { file, line, rows: 0 }, optional).missing);
      return;
    }
    const row = ++dataRows;
    // One problem says why; each row's field count would only repeat it.
    if (delimiter !== null) {
      visitor.skipped?.(fields, line);
      return;
    }
    if (fields.length !== header.length) {
      const runOn = runOnField(fields, header.length);
      const split = splitField(fields, header.length);
      const at = runOn !== -1 ? runOn : split;
      const stray = at === -1 ? strayQuoteCause(fields, header, raw) : null;
      rowProblems.push({
        code: PROBLEM_CODES.csvColumnCount,
        file,
        row,
        line,
        column: at !== -1 ? (header[at] ?? null) : (stray?.column ?? null),
        // A record over several lines names them all: a quote closed on a later line took that
        // line's row into this one, and no other problem would name it.
        message:
          `row ${row} (${lastLine > line ? `lines ${line}–${lastLine}, read as one row` : `line ${line}`}) has ${fields.length === 1 ? "1 field" : `${fields.length} fields`}, expected ${header.length}` +
          (runOn !== -1
            ? `: ${header[runOn] ?? `field ${runOn + 1}`} runs on past a comma and holds a quotation mark, so a quoted field on this line is probably missing its closing quote`
            : split !== -1
              ? `: ${header[split] ?? `field ${split + 1}`} holds a quotation mark that does not end it, so the commas after it split the row; a quoted field must close just before a comma or the end of the line`
              : (stray?.text ?? (blankRowCause(fields) || cellCountFix(fields.length, header.length)))),
      });
      visitor.skipped?.(fields, line);
      return;
    }
    // Only where the row has its fields: a stray quote that split it is a field count problem above.
    if (quoted !== -1) {
      const column = header[quoted] ?? `field ${quoted + 1}`;
      rowProblems.push({
        code: PROBLEM_CODES.csvTextAfterQuote,
        file,
        row,
        line,
        column: header[quoted] ?? null,
        // Over several lines, the likelier cause is a quote left open that took the next line's
        // row in, up to a quoted cell there (an outside review): that row is named too.
        message:
          lastLine > line
            ? `row ${row} (lines ${line}–${lastLine}, read as one row): ${column} runs on to a quotation mark on line ${lastLine} with text after it, so a quoted field on line ${line} is probably missing its closing quote; neither line was loaded`
            : `${column} has text after its closing quotation mark (${shortened(fields[quoted] ?? "", 80)}): CSV readers disagree on what such a cell holds, so the row was not loaded; quote the whole cell, doubling each quotation mark inside it`,
      });
      visitor.skipped?.(fields, line);
      return;
    }
    visitor.row(unify ? unixLines(fields) : fields, row, line);
  };
  // Rows a thread read are taken as coded when they hold as many fields as the header, under a
  // header of commas; any other goes through `visit` as fields, for the same problems.
  const coded = (piece: CodedPiece, r: number, line: number, lastLine: number) => {
    if (header === undefined || delimiter !== null || piece.counts[r] !== header.length || !visitor.coded) {
      visit(codedFields(piece, r), line, lastLine);
      return;
    }
    const row = ++dataRows;
    if (!visitor.coded(piece, r, row, line)) visitor.row(codedFields(piece, r), row, line);
  };
  const finish = (problems: Problem[]): CsvScan => {
    if (header === undefined) {
      if (problems.length === 0)
        problems.push({
          code: PROBLEM_CODES.csvEmpty,
          file,
          row: null,
          line: null,
          column: null,
          message: `${file} is empty${blankLines > 0 ? " but for blank lines" : ""}: expected the header ${columns.join(",")}`,
        });
      return { header: [], problems, missing: columns, dataRows };
    }
    if (delimiter !== null) {
      problems.push({
        code: PROBLEM_CODES.csvDelimiter,
        file,
        row: null,
        line: headerLine,
        column: null,
        message: `${file} is separated by ${delimiter}, not commas, so its header reads as one column and ${dataRows === 0 ? "it has no rows to load" : dataRows === 1 ? "its one row was not loaded" : `none of its ${dataRows} rows were loaded`}: save it as comma-separated values (RFC 4180), the header ${columns.join(",")}`,
      });
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { header, problems, missing: columns, dataRows };
    }
    const checked = checkHeader(header, columns, { file, line: headerLine, rows: dataRows }, optional);
    for (const p of checked.problems) problems.push(p);
    for (const p of rowProblems) problems.push(p);
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { header, problems, missing: checked.missing, dataRows };
  };
  return { visit, coded, finish, located: () => ({ header, dataRows }) };
}

/**
 * Reads one table's CSV, handing each data row to `visitor` as it goes, and reports every problem
 * it meets instead of stopping at the first: rows with the wrong number of fields are reported and
 * left out, the rest still load. A quote that never closes swallows the rest of the file, so it is
 * reported at the line where it opened. Plain files are read without csv-parse (`plainLayout`),
 * with the same records, lines and problems.
 */
export function scanCsv(
  input: string | Uint8Array | PlainCsvFile | RelaxedCsvBytes,
  file: string,
  table: TableName,
  visitor: CsvVisitor,
): CsvScan {
  const onDisk = typeof input === "object" && "path" in input ? input : null;
  const raw =
    typeof input === "string" || input instanceof Uint8Array ? input : "bytes" in input ? input.bytes : null;
  const bytes =
    typeof raw === "string"
      ? Buffer.from(raw, "utf8")
      : raw !== null
        ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
        : null;
  // A file whose layout is known is not scanned again.
  const layout = typeof input === "object" && "layout" in input ? input.layout : plainLayout(bytes!);
  // Only a file with a CR can need its line endings unified.
  const scanner = csvScanner(file, table, visitor, layout === null || layout.crlf);
  const problems =
    layout === null ? parseRelaxed(bytes!, file, scanner.visit, scanner.located, visitor.unread) : [];
  if (layout !== null)
    eachPlainRecord(
      onDisk !== null
        ? fileChunks(onDisk.path, onDisk.size, layout.start)
        : memoryChunks(bytes!, layout.start),
      layout,
      scanner.visit,
    );
  return scanner.finish(problems);
}

/**
 * `scanCsv` of a plain LF file on disk read by row threads (`eachPlainRecordInThreads`): the same
 * rows, lines and problems, most rows handed to `visitor.coded`.
 */
export async function scanCsvInThreads(
  input: PlainCsvFile,
  threads: RowThreads,
  file: string,
  table: TableName,
  visitor: CsvVisitor,
  onPiece?: (bytesRead: number) => void,
): Promise<CsvScan> {
  if (input.layout.crlf) throw new Error("row threads read LF files only");
  const scanner = csvScanner(file, table, visitor, false);
  await eachPlainRecordInThreads(
    input,
    input.layout,
    threads,
    scanner.visit,
    scanner.coded,
    input.pieceBytes,
    onPiece,
  );
  return scanner.finish([]);
}

/** `scanCsv` with every row kept, its cells keyed by header name (the first of duplicate columns). */
export function readCsv(input: string | Uint8Array, file: string, table: TableName): CsvTable {
  const rows: CsvRow[] = [];
  let header: string[] = [];
  const scan = scanCsv(input, file, table, {
    header: (h) => {
      header = h;
    },
    row: (fields, row, line) => rows.push({ row, line, cells: cellsOf(header, fields) }),
  });
  return { header: scan.header, rows, problems: scan.problems, missing: scan.missing };
}

/** A row's cells keyed by header name; of duplicate columns the first one counts. */
export function cellsOf(header: readonly string[], fields: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (let i = 0; i < header.length; i++)
    if (!Object.hasOwn(cells, header[i]!)) cells[header[i]!] = fields[i]!;
  return cells;
}
