import { isUtf8 } from "node:buffer";
import { readFileSync, readlinkSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { parseJson } from "../jsonText.js";
import {
  ALL_TABLE_NAMES,
  OPTIONAL_TABLE_NAMES,
  OPTIONAL_TABLES,
  type OptionalTableName,
  TABLE_NAMES,
  TABLES,
  type TableName,
  tableSpecOf,
} from "../schema/tables.js";
import { DatasetReadError } from "./errors.js";

export const DESCRIPTOR_FILE = "datapackage.json";

export interface DatasetFiles {
  /** datapackage.json parsed as JSON, not yet checked against the descriptor schema. */
  descriptor: unknown;
  /** Each table's CSV exactly as stored. */
  csv: Record<TableName, Uint8Array>;
  /**
   * The optional tables whose file is there, exactly as stored. Apart from `csv` so that whoever
   * handles the four tables (a release freezing them) never meets an optional one it would half-handle.
   */
  optional: Partial<Record<OptionalTableName, Uint8Array>>;
}

/**
 * The line of `text` that index `at` stands on, and its character on that line, from 1. Characters
 * are counted as an editor counts them, by code point: an emoji is one, not two UTF-16 units.
 */
function placeIn(text: string, at: number): { line: number; character: number } {
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf("\n") + 1;
  let character = 1;
  for (const _ of before.slice(lineStart)) character++;
  return { line: before.split("\n").length, character };
}

/** Whether `bytes` is UTF-8 up to its end, where a character may still be cut short. */
const utf8SoFar = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/**
 * Where the first byte that is not UTF-8 stands: its line, and its character on that line. Not the
 * first U+FFFD of a loose decoding: a file may hold that character rightly, before its bad byte
 * (an outside audit had the error point 19 lines early). Being UTF-8 so far only ever stops
 * once, so the longest such prefix is found by halving; what it decodes to, less a character
 * cut short at its end, is the text before the bad sequence.
 */
function placeOfFirstBadByte(bytes: Uint8Array): { line: number; character: number } {
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (utf8SoFar(bytes.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, good), { stream: true });
  return placeIn(before, before.length);
}

/** The error for a file that is not UTF-8, saying where its first bad byte is. */
export const notUtf8 = (bytes: Uint8Array, path: string) => {
  const at = placeOfFirstBadByte(bytes);
  return new DatasetReadError(
    `${path} is not UTF-8 text (first bad byte on line ${at.line}, character ${at.character}): save it as UTF-8`,
    path,
  );
};

/** Throws `DatasetReadError` unless the bytes are UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, path);
  }
}

/**
 * A source text (`propose --text`, a `--corpus` file) as `decodeUtf8` reads it, refused when it
 * holds a NUL: UTF-16 without a byte order mark is valid UTF-8 byte for byte, and read as such
 * every figure was cut in two by NULs ("60" proposed as 6 and 0, an outside audit). No article
 * prints a NUL.
 */
export function decodeSourceText(bytes: Uint8Array, path: string): string {
  const text = decodeUtf8(bytes, path);
  const nul = text.indexOf("\0");
  if (nul === -1) return text;
  const { line, character } = placeIn(text, nul);
  throw new DatasetReadError(
    `${path} holds a NUL character (line ${line}, character ${character}), as UTF-16 text or a binary file does: save it as UTF-8 text`,
    path,
  );
}

/** `decodeUtf8` without building the text: a large table is checked in place. */
function requireUtf8(bytes: Uint8Array, path: string): void {
  if (!isUtf8(bytes)) throw notUtf8(bytes, path);
}

/**
 * Throws when `path`, which does not lead to a file, is a symbolic link: most often a git-annex or
 * DVC file not fetched. An optional table so linked was read as absent (an outside audit: its
 * assessments went unvalidated with exit 0, and `pnpm dataset hash`, which the error on the
 * descriptor advised, took its resource out of the descriptor).
 */
function linkToNothing(path: string): void {
  let target: string;
  try {
    target = readlinkSync(path);
  } catch {
    return;
  }
  throw new DatasetReadError(
    `${path} cannot be read: it is a link to ${target}, which does not exist (a git-annex or DVC file not fetched?)`,
    path,
  );
}

/** The file's bytes, or null when it does not exist; `what` says why a missing file matters. */
function readBytes(path: string, what: string | null): Uint8Array | null {
  // A pipe with no writer would keep the read waiting for ever (an outside review's run hung).
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A loop of symbolic links (ELOOP) throws even with throwIfNoEntry off; it is bad input.
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetReadError(`${path} cannot be read (${code ?? String(error)})`, path);
  }
  if (info !== undefined && !info.isFile() && !info.isDirectory())
    throw new DatasetReadError(
      `${path} cannot be read: it is not a regular file (a pipe, socket or device)`,
      path,
    );
  try {
    // In one synchronous read a large file's buffer is still young when the loader lets it go,
    // so the next minor collection frees it rather than the next full one, seconds later.
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") linkToNothing(path);
    if (code === "ENOENT" && what === null) return null;
    if (code === "ENOENT") throw new DatasetReadError(`${path} is missing: ${what}`, path);
    throw new DatasetReadError(`${path} cannot be read (${code ?? String(error)})`, path);
  }
}

/** The directory's descriptor parsed as JSON, after checking that the directory is there. */
export async function readDescriptorFile(dir: string): Promise<unknown> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new DatasetReadError(`dataset directory ${dir} does not exist`, dir);
  if (!info.isDirectory()) throw new DatasetReadError(`${dir} is not a directory`, dir);

  const descriptorPath = join(dir, DESCRIPTOR_FILE);
  const descriptorText = decodeUtf8(
    readBytes(descriptorPath, "every dataset needs its Frictionless descriptor")!,
    descriptorPath,
  );
  const parsed = parseJson(descriptorText);
  if (parsed.ok) return parsed.value;
  throw new DatasetReadError(`${descriptorPath} is ${parsed.problem}`, descriptorPath);
}

/** The optional tables whose file is there, each checked to be UTF-8. */
export function readOptionalFiles(dir: string): DatasetFiles["optional"] {
  const optional: DatasetFiles["optional"] = {};
  for (const table of OPTIONAL_TABLE_NAMES) {
    const path = join(dir, OPTIONAL_TABLES[table].file);
    const bytes = readBytes(path, null);
    if (bytes === null) continue;
    requireUtf8(bytes, path);
    optional[table] = bytes;
  }
  return optional;
}

/**
 * The length of each table's file, or null when one of them is not a file that is there: reading
 * it whole then says why, as `readDatasetFiles` does.
 */
export function tableFileSizes(dir: string): Record<TableName, number> | null {
  const sizes = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    const info = statSync(join(dir, TABLES[table].file), { throwIfNoEntry: false });
    if (info === undefined || !info.isFile()) return null;
    sizes[table] = info.size;
  }
  return sizes;
}

/** Each table's file, whole, checked to be UTF-8. */
export function readTableFiles(dir: string): Record<TableName, Uint8Array> {
  const csv = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    const path = join(dir, TABLES[table].file);
    csv[table] = readBytes(path, `every dataset needs its ${table} table`)!;
    requireUtf8(csv[table], path);
  }
  return csv;
}

/** Every file a dataset in `dir` is read from: its descriptor and each table's file, optional ones too. */
export const datasetFilesOf = (dir: string): string[] => [
  join(dir, DESCRIPTOR_FILE),
  ...ALL_TABLE_NAMES.map((table) => join(dir, tableSpecOf(table).file)),
];

/** Reads a dataset directory's descriptor and CSVs, or says in one line why it cannot. */
export async function readDatasetFiles(dir: string): Promise<DatasetFiles> {
  const descriptor = await readDescriptorFile(dir);
  return { descriptor, csv: readTableFiles(dir), optional: readOptionalFiles(dir) };
}
