import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { hasHiddenControls } from "../csv/hiddenControls.js";
import { PIECE_BYTES } from "../csv/parallelPlain.js";
import { plainLayout } from "../csv/plainCsv.js";
import {
  type CsvVisitor,
  cellsOf,
  type PlainCsvFile,
  type RelaxedCsvBytes,
  scanCsv,
  scanCsvInThreads,
} from "../csv/readCsv.js";
import { RowThreads } from "../csv/rowThreads.js";
import type { CsvContent } from "../datapackage/buildDescriptor.js";
import {
  descriptorProblems,
  descriptorSchemaProblems,
  REFRESH_REMEDY,
  RELEASE_REMEDY,
} from "../datapackage/descriptorProblems.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { BUILT_IN_VOCABULARIES } from "../schema/builtInVocabularies.js";
import { type DataPackage, dataPackageSchema } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import {
  type AbsentColumns,
  ALL_TABLE_NAMES,
  type AnyTableName,
  OPTIONAL_TABLE_NAMES,
  type OptionalTableName,
  optionalColumnsOf,
  TABLE_NAMES,
  type TableName,
  type Tables,
  tableSpecOf,
  VOCABULARY_NAMES,
} from "../schema/tables.js";
import { checkReferences, type RejectedRow } from "./checkReferences.js";
import {
  changedWhileRead,
  csvContents,
  digestsOf,
  HASH_IN_THREAD_FROM,
  tableFilesOf,
} from "./csvContents.js";
import { DatasetLoadError, DatasetReadError } from "./errors.js";
import { type FastRowParsers, fastRowParsers, INTERN_TRIAL } from "./fastRow.js";
import { checkFilesInThread, type FileCheck } from "./fileChecks.js";
import { hiddenControlCells, hiddenControlsOfRow } from "./hiddenControlCells.js";
import { keptColumnsOf } from "./keptCells.js";
import type { DatasetKind, LoadedDataset, Locations } from "./loadedDataset.js";
import type { LoadProgress } from "./loadProgress.js";
import {
  type DatasetFiles,
  DESCRIPTOR_FILE,
  notUtf8,
  readDescriptorFile,
  readOptionalFiles,
  readTableFiles,
  tableFileSizes,
} from "./readDatasetFiles.js";
import { RowLocations } from "./rowLocations.js";
import { rowProblems } from "./rowProblems.js";

/** Characters that show as nothing: an id holding one reads as the id without it. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export interface LoadOptions {
  /** Throw a `DatasetLoadError` listing the problems instead of returning them. */
  strict?: boolean;
  kind?: DatasetKind;
  /** Extra checks on the files as read (a release's manifest), whose problems join the rest. */
  extraProblems?: (dir: string, files: DatasetFiles, descriptor: DataPackage | null) => Promise<Problem[]>;
  /**
   * Bytes of CSV from which the tables' files are read and checked by a thread while they load,
   * and none is read whole (`HASH_IN_THREAD_FROM`, 16 MB, by default; a load with
   * `extraProblems` still reads them whole, for those checks, and only hashes them in the thread).
   * Both ways give the same dataset; tests set 0 to hold the threaded way to the other on small
   * files.
   */
  threadFrom?: number;
  /**
   * Threads that read and code the pieces of a large table's file while the main thread builds
   * rows (`eachPlainRecordInThreads`): `ROW_THREADS` by default, 0 for none. Only files read in pieces
   * (see `threadFrom`) and longer than one piece use them.
   */
  rowThreads?: number;
  /** The size of those pieces, `PIECE_BYTES` by default; tests set less to cut small files. */
  pieceBytes?: number;
  /**
   * Told where the load has got to (see `LoadStep`): a million claims take seconds to read, and a
   * command line can show how far it is.
   */
  onProgress?: LoadProgress;
}

/** Row threads beside the main thread: with the file-check thread, enough to keep two cores busy. */
const ROW_THREADS = 1;

const FILE_ORDER = [DESCRIPTOR_FILE, ...ALL_TABLE_NAMES.map((t) => tableSpecOf(t).file)];

function byPlace(a: Problem, b: Problem): number {
  const file = (p: Problem) => (FILE_ORDER.includes(p.file) ? FILE_ORDER.indexOf(p.file) : FILE_ORDER.length);
  return file(a) - file(b) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Loads one table's rows into `into`. With `threads`, a plain LF file on disk is read by them
 * (`scanCsvInThreads`); the rows, locations and problems are the same either way.
 */
async function loadTable<K extends AnyTableName>(
  table: K,
  input: Uint8Array | PlainCsvFile | RelaxedCsvBytes,
  into: {
    tables: Tables;
    locations: Locations;
    problems: Problem[];
    unloadedKeys: Record<AnyTableName, string[]>;
    keyless: Record<AnyTableName, number[]>;
    unread: Set<AnyTableName>;
    rejected: Record<AnyTableName, RejectedRow[]>;
    absent: AbsentColumns;
  },
  threads?: RowThreads,
  onProgress?: LoadProgress,
  hiddenControls = input instanceof Uint8Array ? hasHiddenControls(input) : false,
): Promise<void> {
  const { file, schema, key } = tableSpecOf(table);
  const bytes =
    input instanceof Uint8Array ? input.byteLength : "size" in input ? input.size : input.bytes.byteLength;
  const progress = (bytesRead: number) => onProgress?.({ step: "table", file, bytesRead, bytes });
  progress(0);
  const keptColumns = keptColumnsOf(table);
  const rows = into.tables[table] as unknown[];
  const locations = into.locations[table];
  const firstRow = rows.length;
  const unloaded = into.unloadedKeys[table];
  const schemaProblems: Problem[] = [];
  /** Hidden characters in the cells of rows that did not load, joined by those of the loaded rows. */
  const hidden: Problem[] = [];
  let header: string[] = [];
  let complete = true;
  let keyColumn = -1;
  let fast: FastRowParsers | null = null;
  // scanCsv reads the header against `columnsOf(table)`, which knows the optional tables too;
  // only its parameter's type names the four.
  const visitor: CsvVisitor = {
    header: (h, missing) => {
      header = h;
      complete = missing.length === 0;
      const absent = optionalColumnsOf(table).filter((column) => !h.includes(column));
      if (absent.length > 0) into.absent[table] = absent;
      // A key of several columns is nobody's reference: no need to remember unloaded ones.
      keyColumn = typeof key === "string" ? h.indexOf(key) : -1;
      // Without its key column (another delimiter, a renamed key) no row says which key it holds:
      // references into the table are left unjudged, as for an empty file, not each called dangling.
      if (typeof key === "string" && keyColumn === -1) into.unread.add(table);
      fast = complete ? fastRowParsers(schema, h) : null;
    },
    skipped: (fields, line) => {
      // A row left out for its field count still holds its key where the header puts it (the first
      // column, in every table): a claim repeating it is not also told the key is not there.
      if (keyColumn >= 0 && keyColumn < fields.length && fields[keyColumn]) unloaded.push(fields[keyColumn]!);
      // Without one, it may be any row of the table, as a row that failed its cells (`row` below).
      else if (keyColumn >= 0) into.keyless[table].push(line);
      // A quote left open swallows the lines after it into one cell: each of those lines starts
      // with its own row's key (the first column, in every table), which a claim may name. They
      // are reported with the row that took them in, not again as missing (an outside review).
      if (keyColumn === 0)
        for (const field of fields)
          if (field.includes("\n")) keysOfLines(field.split("\n").slice(1), unloaded);
    },
    // Likewise the rows of a quote left open to the end of the file.
    unread: (text) => {
      if (keyColumn === 0) keysOfLines(text.split("\n"), unloaded);
    },
    coded: (piece, r, row, line) => {
      const quick = complete ? fast?.coded(piece, r) : undefined;
      if (quick === undefined) return false;
      rows.push(quick);
      locations.push(row, line);
      return true;
    },
    row: (fields, row, line) => {
      if (!complete) {
        // The header problem already says these rows were not loaded; their keys still count as
        // present so that references to them are not reported a second time.
        if (keyColumn >= 0 && fields[keyColumn]) unloaded.push(fields[keyColumn]!);
        return;
      }
      const quick = fast?.fields(fields);
      if (quick !== undefined) {
        rows.push(quick);
        locations.push(row, line);
        return;
      }
      // A header row again (two files pasted together) fails every column; say so once instead.
      if (fields.length === header.length && fields.every((f, i) => f === header[i])) {
        schemaProblems.push({
          code: PROBLEM_CODES.csvHeaderRepeated,
          file,
          row,
          line,
          column: null,
          message: "repeats the header row (two files pasted together?): remove this line",
        });
        return;
      }
      const cells = cellsOf(header, fields);
      const parsed = schema.safeParse(cells);
      if (parsed.success) {
        rows.push(parsed.data);
        locations.push(row, line);
      } else {
        const problems = rowProblems(parsed.error, cells, { file, row, line });
        for (const p of problems) schemaProblems.push(p);
        const id = keyColumn >= 0 ? fields[keyColumn] : undefined;
        if (id) unloaded.push(id);
        else if (keyColumn >= 0) into.keyless[table].push(line);
        // "c004 " fails for its space, and is what every "c004" of another row means: those are
        // references to a row that did not load, not to no row (an outside review got three
        // "repeats_claim_id "c004" is not a claim_id" beside the one problem of the space).
        // Likewise "c004\u200b": a zero-width character pasted with the id hides as a space does.
        const trimmed = id?.replace(ZERO_WIDTH, "").trim();
        if (trimmed && trimmed !== id) unloaded.push(trimmed);
        // Its references (and its values, by their unit) are still checked, except in the cells
        // that already failed.
        const failed = new Set(problems.map((p) => p.column));
        // A bad value elsewhere in the row must not hide an escape sequence (an outside audit).
        if (hiddenControls)
          for (const p of hiddenControlsOfRow(file, { row, line }, cells, failed)) hidden.push(p);
        const kept: Record<string, string> = {};
        for (const column of keptColumns)
          if (cells[column] && !failed.has(column)) kept[column] = cells[column];
        // The key as meant ("c004"), so that a loaded row of it is told of as the repeat it is.
        if (trimmed && trimmed !== id && typeof key === "string") kept[key] = trimmed;
        const meant = typeof key === "string" ? undefined : keyAsMeant(key, cells, failed);
        if (meant !== undefined) into.rejected[table].push({ row, line, cells: kept, key: meant });
        else if (Object.keys(kept).length > 0) into.rejected[table].push({ row, line, cells: kept });
      }
    },
  };
  const csv =
    threads !== undefined && !(input instanceof Uint8Array) && input.layout !== null && !input.layout.crlf
      ? await scanCsvInThreads(input, threads, file, table as TableName, visitor, progress)
      : scanCsv(input, file, table as TableName, visitor);
  progress(bytes);
  for (const p of csv.problems) into.problems.push(p);
  for (const p of schemaProblems) into.problems.push(p);
  if (hiddenControls) {
    for (const p of hiddenControlCells(file, rows, locations, firstRow)) hidden.push(p);
    // Stable: a row's cells stay in their column order.
    hidden.sort((a, b) => a.row! - b.row!);
    for (const p of hidden) into.problems.push(p);
  }
  if (csv.header.length === 0) into.unread.add(table);
  // An empty file, one read as a single column (another delimiter) or one whose quote left open
  // swallowed its rows has its problem already; a truncated claims.csv that kept its header had
  // none, and once rehashed it passed as a dataset that claims nothing.
  else if (
    table === "claims" &&
    csv.dataRows === 0 &&
    !csv.problems.some(
      (p) => p.code === PROBLEM_CODES.csvDelimiter || p.code === PROBLEM_CODES.csvUnterminatedQuote,
    )
  )
    into.problems.push({
      code: PROBLEM_CODES.csvNoClaims,
      file,
      row: null,
      line: null,
      column: null,
      message: `${file} has its header but no rows: a dataset holds at least one claim`,
    });
}

/**
 * The cells of a key of several columns as meant, when one failed for the space or zero-width
 * character around it alone ("e1 " for "e1"); undefined when none did. An outside audit's
 * assessment pasted again with "e1 " was told it repeats another only once the space was gone.
 */
function keyAsMeant(
  key: readonly string[],
  cells: Readonly<Record<string, string>>,
  failed: ReadonlySet<string | null>,
): Record<string, string> | undefined {
  let mended = false;
  const meant: Record<string, string> = {};
  for (const column of key) {
    const cell = cells[column];
    const trimmed = cell?.replace(ZERO_WIDTH, "").trim();
    if (!trimmed) return undefined;
    if (failed.has(column) && trimmed !== cell) mended = true;
    else if (failed.has(column)) return undefined;
    meant[column] = trimmed;
  }
  return mended ? meant : undefined;
}

/** The key each line would hold as a row of its own: its first field, unquoted. */
function keysOfLines(lines: readonly string[], into: string[]): void {
  for (const line of lines) {
    const key = /^"?([^",\r]+)/.exec(line)?.[1];
    if (key) into.push(key);
  }
}

/** A large table's file, being checked by a thread (see `fileChecks.ts`) while earlier tables load. */
interface CheckingFile {
  path: string;
  size: number;
  check: Promise<FileCheck>;
  /** For a file longer than one piece, the size of the pieces row threads read it in. */
  pieceBytes?: number;
}

/** What the checks on the files as read leave for loading: no bytes, except of files not plain. */
interface CheckedFiles {
  descriptorJson: unknown;
  descriptor: DataPackage | null;
  /** The descriptor's problems against the CSVs, once their hashes are known. */
  hashProblems: Promise<Problem[]>;
  extra: Problem[];
  inputs: Record<TableName, PlainCsvFile | RelaxedCsvBytes | CheckingFile>;
  /** For the tables read whole, whether their bytes hold a hidden character (a checked file's check says). */
  hiddenControls: Partial<Record<TableName, boolean>>;
  /** The optional tables whose file is there: small, so parsed from the bytes in hand. */
  optional: Partial<Record<OptionalTableName, Uint8Array>>;
}

/** How a dataset's tables are read: what each is parsed from, and what their hashes are checked against. */
interface TableFiles {
  inputs: CheckedFiles["inputs"];
  hiddenControls: CheckedFiles["hiddenControls"];
  /** Settled by whoever awaits it; a failure meanwhile does not count as unhandled. */
  contents: Promise<Record<TableName, CsvContent>>;
  optional: CheckedFiles["optional"];
  extra: Problem[];
}

/**
 * A large dataset's files, never read whole: a thread reads each table's file once, hashing it
 * and checking that it is UTF-8 and plain, and the table is parsed from disk in pieces once its
 * answer is in. The first file's answer is the only wait (a quarter of a second at a million
 * claims); the others come while earlier tables are parsed. Null for a small dataset, a release
 * (whose extra checks see the bytes) or a table whose file is not there.
 */
function checkLargeFiles(path: string, options: LoadOptions): TableFiles | null {
  if (options.extraProblems !== undefined) return null;
  const sizes = tableFileSizes(path);
  const from = options.threadFrom ?? HASH_IN_THREAD_FROM;
  if (sizes === null || TABLE_NAMES.reduce((total, t) => total + sizes[t], 0) < from) return null;
  const files = tableFilesOf(path);
  const checks = checkFilesInThread(files);
  const lengths = TABLE_NAMES.map((table) => sizes[table]);
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  const inPieces = (options.rowThreads ?? ROW_THREADS) > 0;
  const inputs = {} as CheckedFiles["inputs"];
  TABLE_NAMES.forEach((table, i) => {
    const size = lengths[i]!;
    inputs[table] = {
      path: files[i]!,
      size,
      check: checks[i]!,
      ...(inPieces && size > pieceBytes ? { pieceBytes } : {}),
    };
  });
  const contents = digestsOf(files, lengths, checks);
  contents.catch(() => {});
  return { inputs, hiddenControls: {}, contents, optional: readOptionalFiles(path), extra: [] };
}

/**
 * What a checked table is parsed from: the file on disk when it is plain, else its bytes, for
 * csv-parse. Throws as `readDatasetFiles` would for a file that is not UTF-8, and for one that
 * changed since it was measured.
 */
async function checkedInput({
  path,
  size,
  check,
  pieceBytes,
}: CheckingFile): Promise<{ input: PlainCsvFile | RelaxedCsvBytes; hiddenControls: boolean }> {
  const found = await check.catch((error: Error) => {
    throw new DatasetReadError(`${path} cannot be read (${error.message})`, path);
  });
  if (found.bytes !== size) throw changedWhileRead(path);
  const { hiddenControls } = found;
  if (found.layout !== null)
    return {
      input: { path, size, layout: found.layout, ...(pieceBytes ? { pieceBytes } : {}) },
      hiddenControls,
    };
  const bytes = readFileSync(path);
  if (bytes.byteLength !== size) throw changedWhileRead(path);
  if (!found.utf8) throw notUtf8(bytes, path);
  return { input: { bytes, layout: null }, hiddenControls };
}

/**
 * A dataset's files read whole, for a small dataset or a release: the extra checks see the bytes,
 * which are hashed in place (or, past `threadFrom`, by a thread), and a plain file is parsed from
 * disk again later.
 */
async function checkWholeFiles(
  path: string,
  options: LoadOptions,
  descriptorJson: unknown,
  descriptor: DataPackage | null,
): Promise<TableFiles> {
  const files = { descriptor: descriptorJson, csv: readTableFiles(path), optional: readOptionalFiles(path) };
  const contents = csvContents(path, files.csv, options.threadFrom);
  contents.catch(() => {});
  // Extra checks see the files before the tables take their place; their problems still come last.
  const extra = options.extraProblems ? await options.extraProblems(path, files, descriptor) : [];
  const inputs = {} as Record<TableName, PlainCsvFile | RelaxedCsvBytes>;
  const hiddenControls: CheckedFiles["hiddenControls"] = {};
  for (const table of TABLE_NAMES) {
    const bytes = files.csv[table];
    hiddenControls[table] = hasHiddenControls(bytes);
    // readTableFiles has checked the bytes are UTF-8.
    const layout = plainLayout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), true);
    inputs[table] =
      layout === null
        ? { bytes, layout }
        : { path: join(path, tableSpecOf(table).file), size: bytes.byteLength, layout };
  }
  return { inputs, hiddenControls, contents, optional: files.optional, extra };
}

/**
 * Reads the files and makes the checks that need their bytes (extra checks, which files are
 * plain), and sets their hashing going. A plain file is parsed later from disk again, in pieces,
 * so the bytes can go before the rows are built: a large dataset never holds its files and its
 * rows at once. A function of its own, so that no register of the loader's frame keeps the bytes
 * alive.
 */
async function checkFiles(path: string, options: LoadOptions): Promise<CheckedFiles> {
  const descriptorJson = await readDescriptorFile(path);
  const parsedDescriptor = dataPackageSchema.safeParse(descriptorJson);
  const descriptor = parsedDescriptor.success ? parsedDescriptor.data : null;
  const tables =
    checkLargeFiles(path, options) ?? (await checkWholeFiles(path, options, descriptorJson, descriptor));
  // Not `tables` inside the callback: the closure would hold every input until the hashes are in.
  const { inputs, hiddenControls, contents, optional, extra } = tables;
  const remedy = options.kind === "release" ? RELEASE_REMEDY : REFRESH_REMEDY;
  const hashProblems = contents.then((csv) => descriptorProblems(descriptorJson, csv, optional, remedy));
  hashProblems.catch(() => {});
  return {
    descriptorJson,
    descriptor,
    hashProblems,
    extra,
    inputs,
    hiddenControls,
    optional,
  };
}

/**
 * Loads a dataset directory (`datapackage.json` + the four CSVs, and any optional table whose file
 * is there; one that is not loads empty, a vocabulary as the built-in one). Rows that fail their schema, and rows whose key an
 * earlier row has, are reported as located problems and left out of `tables`; input that cannot be read at all throws `DatasetReadError`.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadedDataset> {
  const path = resolve(dir);
  const { descriptorJson, descriptor, hashProblems, extra, inputs, hiddenControls, optional } =
    await checkFiles(path, options);
  const perTable = <T>(make: () => T) =>
    Object.fromEntries(ALL_TABLE_NAMES.map((table) => [table, make()])) as Record<AnyTableName, T>;
  const into = {
    tables: perTable(() => []) as Tables,
    locations: perTable(() => new RowLocations()) as Locations,
    problems: [] as Problem[],
    unloadedKeys: perTable((): string[] => []),
    keyless: perTable((): number[] => []),
    unread: new Set<AnyTableName>(),
    rejected: perTable((): RejectedRow[] => []),
    absent: {} as AbsentColumns,
  };
  // Started here, inside the try that closes them, once the files to read in pieces are known.
  const threads = TABLE_NAMES.some((t) => "pieceBytes" in inputs[t])
    ? new RowThreads(options.rowThreads ?? ROW_THREADS, INTERN_TRIAL)
    : undefined;
  try {
    for (const table of TABLE_NAMES) {
      const input = inputs[table];
      if (!("check" in input))
        await loadTable(table, input, into, undefined, options.onProgress, hiddenControls[table]);
      else {
        const checked = await checkedInput(input);
        await loadTable(
          table,
          checked.input,
          into,
          input.pieceBytes ? threads : undefined,
          options.onProgress,
          checked.hiddenControls,
        );
      }
    }
  } finally {
    await threads?.close();
  }
  for (const table of OPTIONAL_TABLE_NAMES) {
    const bytes = optional[table];
    if (bytes !== undefined) await loadTable(table, bytes, into, undefined, options.onProgress);
  }
  // A vocabulary without its file is the built-in one: its rows have no place in any file.
  const builtIn = new Set(VOCABULARY_NAMES.filter((table) => optional[table] === undefined));
  for (const table of builtIn) (into.tables[table] as object[]).push(...BUILT_IN_VOCABULARIES[table]);
  const leftOut: { table: AnyTableName; row: RejectedRow }[] = [];
  options.onProgress?.({ step: "references" });
  for (const p of checkReferences(into.tables, into.locations, {
    unloadedKeys: into.unloadedKeys,
    builtIn,
    unread: into.unread,
    rejected: into.rejected,
    leftOut: (table, row) => leftOut.push({ table, row }),
  }))
    into.problems.push(p);
  // A row left out for repeating a key did not load, as one left out for a bad cell did not: its
  // key cannot be compared with another version (`pnpm dataset diff`), and its values are judged
  // by their unit among the rejected rows, in line order.
  for (const { table, row } of leftOut) {
    const id = row.cells[tableSpecOf(table).key as string];
    if (id !== undefined) into.unloadedKeys[table].push(id);
    into.rejected[table].push(row);
  }
  for (const table of new Set(leftOut.map((l) => l.table)))
    into.rejected[table].sort((a, b) => a.line - b.line);
  const problems = [...descriptorSchemaProblems(descriptorJson), ...(await hashProblems), ...into.problems];
  for (const p of extra) problems.push(p);

  const raw = (descriptorJson ?? {}) as { name?: unknown; version?: unknown };
  const loaded: LoadedDataset = {
    ref: {
      name: descriptor?.name ?? (typeof raw.name === "string" ? raw.name : basename(path)),
      version: descriptor?.version ?? (typeof raw.version === "string" ? raw.version : "unknown"),
      path,
      kind: options.kind ?? "working",
    },
    descriptor,
    tables: into.tables,
    locations: into.locations,
    problems: problems.sort(byPlace),
  };
  const rejected = Object.entries(into.rejected).filter(([, rows]) => rows.length > 0);
  if (rejected.length > 0) loaded.rejected = Object.fromEntries(rejected);
  const keyless = Object.entries(into.keyless).filter(([, lines]) => lines.length > 0);
  if (keyless.length > 0) loaded.keyless = Object.fromEntries(keyless);
  const unloaded = Object.entries(into.unloadedKeys).filter(([, keys]) => keys.length > 0);
  if (unloaded.length > 0) loaded.unloaded = Object.fromEntries(unloaded);
  if (into.unread.size > 0) loaded.unread = ALL_TABLE_NAMES.filter((t) => into.unread.has(t));
  if (Object.keys(into.absent).length > 0) loaded.absentColumns = into.absent;
  if (options.strict && loaded.problems.length > 0)
    throw new DatasetLoadError(`${loaded.ref.name}@${loaded.ref.version} (${path})`, loaded.problems);
  return loaded;
}
