import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import {
  OPTIONAL_TABLE_NAMES,
  OPTIONAL_TABLES,
  type OptionalTableName,
  TABLE_NAMES,
  TABLES,
  type TableName,
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

function lineOfFirstBadByte(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const bad = text.indexOf("\uFFFD");
  return text.slice(0, Math.max(bad, 0)).split("\n").length;
}

const notUtf8 = (bytes: Uint8Array, path: string) =>
  new DatasetReadError(
    `${path} is not UTF-8 text (first bad byte on line ${lineOfFirstBadByte(bytes)}): save it as UTF-8`,
    path,
  );

/** Throws `DatasetReadError` unless the bytes are UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, path);
  }
}

/** `decodeUtf8` without building the text: a large table is checked in place. */
function requireUtf8(bytes: Uint8Array, path: string): void {
  if (!isUtf8(bytes)) throw notUtf8(bytes, path);
}

/** The file's bytes, or null when it does not exist; `what` says why a missing file matters. */
function readBytes(path: string, what: string | null): Uint8Array | null {
  try {
    // In one synchronous read a large file's buffer is still young when the loader lets it go,
    // so the next minor collection frees it rather than the next full one, seconds later.
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && what === null) return null;
    if (code === "ENOENT") throw new DatasetReadError(`${path} is missing: ${what}`, path);
    throw new DatasetReadError(`${path} cannot be read (${code ?? String(error)})`, path);
  }
}

async function readRequired(path: string, what: string): Promise<Uint8Array> {
  return readBytes(path, what)!;
}

/** Reads a dataset directory's descriptor and CSVs, or says in one line why it cannot. */
export async function readDatasetFiles(dir: string): Promise<DatasetFiles> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new DatasetReadError(`dataset directory ${dir} does not exist`, dir);
  if (!info.isDirectory()) throw new DatasetReadError(`${dir} is not a directory`, dir);

  const descriptorPath = join(dir, DESCRIPTOR_FILE);
  const descriptorText = decodeUtf8(
    await readRequired(descriptorPath, "every dataset needs its Frictionless descriptor"),
    descriptorPath,
  );
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(descriptorText);
  } catch (error) {
    throw new DatasetReadError(
      `${descriptorPath} is not valid JSON: ${(error as Error).message}`,
      descriptorPath,
    );
  }

  const csv = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    const path = join(dir, TABLES[table].file);
    csv[table] = await readRequired(path, `every dataset needs its ${table} table`);
    requireUtf8(csv[table], path);
  }
  const optional: DatasetFiles["optional"] = {};
  for (const table of OPTIONAL_TABLE_NAMES) {
    const path = join(dir, OPTIONAL_TABLES[table].file);
    const bytes = readBytes(path, null);
    if (bytes === null) continue;
    requireUtf8(bytes, path);
    optional[table] = bytes;
  }
  return { descriptor, csv, optional };
}
