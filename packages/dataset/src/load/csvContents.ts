import { join } from "node:path";
import type { CsvContent } from "../datapackage/buildDescriptor.js";
import type { FileDigest } from "../datapackage/hash.js";
import { hashFilesInThread } from "../datapackage/hashFiles.js";
import { TABLE_NAMES, TABLES, type TableName } from "../schema/tables.js";
import { DatasetReadError } from "./errors.js";

/**
 * Below this many bytes of CSV the bytes in hand are hashed where they are: starting a thread
 * costs about 25 ms on a 2-core machine and sha256 runs at about 1 GB/s, so a thread pays only for
 * larger datasets. Small loads are the many (every test, every release listed), and 25 ms each
 * added up.
 */
const HASH_IN_THREAD_FROM = 16 << 20;

/**
 * What the descriptor's hashes are checked against: for a small dataset the bytes just read, for a
 * large one their digests, computed by a thread of its own from the files on disk while the caller
 * parses the tables. A file whose length on disk is no longer the length just read was changed
 * meanwhile: no hash would describe what was loaded.
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
  return digestsInThread(dir, lengths);
}

async function digestsInThread(dir: string, lengths: number[]): Promise<Record<TableName, FileDigest>> {
  const files = TABLE_NAMES.map((table) => join(dir, TABLES[table].file));
  const digests = await hashFilesInThread(files);
  const contents = {} as Record<TableName, FileDigest>;
  TABLE_NAMES.forEach((table, i) => {
    if (digests[i]!.bytes !== lengths[i])
      throw new DatasetReadError(`${files[i]} changed while it was being read: validate again`, files[i]!);
    contents[table] = digests[i]!;
  });
  return contents;
}
