import { join } from "node:path";
import type { CsvContent } from "../datapackage/buildDescriptor.js";
import type { FileDigest } from "../datapackage/hash.js";
import { TABLE_NAMES, TABLES, type TableName } from "../schema/tables.js";
import { DatasetReadError } from "./errors.js";
import { checkFilesInThread, type FileCheck } from "./fileChecks.js";

/**
 * Below this many bytes of CSV the bytes in hand are hashed where they are: starting a thread
 * costs about 25 ms on a 2-core machine and sha256 runs at about 1 GB/s, so a thread pays only for
 * larger datasets. Small loads are the many (every test, every release listed), and 25 ms each
 * added up. From this size on, `loadDataset` does not read the tables whole at all (see
 * `fileChecks.ts`).
 */
export const HASH_IN_THREAD_FROM = 16 << 20;

/** Each table's file in `dir`, in `TABLE_NAMES` order. */
export const tableFilesOf = (dir: string): string[] =>
  TABLE_NAMES.map((table) => join(dir, TABLES[table].file));

/**
 * What the descriptor's hashes are checked against: for a small dataset the bytes just read, for a
 * large one their digests, computed by a thread of its own from the files on disk while the caller
 * parses the tables.
 */
export function csvContents(
  dir: string,
  csv: Record<TableName, Uint8Array>,
  inThreadFrom = HASH_IN_THREAD_FROM,
): Promise<Record<TableName, CsvContent>> {
  const lengths: number[] = [];
  let total = 0;
  // Loops, not closures: a closure over `csv` would keep every file's bytes alive until the
  // thread is done, and a large dataset's bytes are meant to go while its tables are parsed.
  for (const table of TABLE_NAMES) {
    const length = csv[table].byteLength;
    lengths.push(length);
    total += length;
  }
  if (total < inThreadFrom) return Promise.resolve(csv);
  const files = tableFilesOf(dir);
  return digestsOf(files, lengths, checkFilesInThread(files));
}

/**
 * The digests of the tables' files from a thread's checks. A file whose length on disk is no
 * longer the length it had when it was read (or measured) was changed meanwhile: no hash would
 * describe what was loaded.
 */
export async function digestsOf(
  files: readonly string[],
  lengths: readonly number[],
  checks: readonly Promise<FileCheck>[],
): Promise<Record<TableName, FileDigest & { head: Uint8Array }>> {
  const found = await Promise.all(checks);
  const contents = {} as Record<TableName, FileDigest & { head: Uint8Array }>;
  TABLE_NAMES.forEach((table, i) => {
    if (found[i]!.bytes !== lengths[i]) throw changedWhileRead(files[i]!);
    const { bytes, sha256, head } = found[i]!;
    contents[table] = { bytes, sha256, head };
  });
  return contents;
}

export const changedWhileRead = (file: string) =>
  new DatasetReadError(`${file} changed while it was being read: validate again`, file);
