import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DatasetReadError } from "../load/errors.js";
import { linePieces } from "./linePieces.js";
import type { ByteChunk } from "./plainCsv.js";

/** Small enough that the reused buffer costs little, large enough that reads are few. */
const FILE_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * A file read again from disk in pieces cut after a line feed, into one buffer that is reused:
 * a large table is parsed without its bytes held in memory beside the rows made of them. The
 * file must still hold the `size` bytes that were checked: one that shrank meanwhile cannot be
 * read; of one that grew, only those first `size` bytes are.
 */
export function* fileChunks(
  path: string,
  size: number,
  start: number,
  chunkBytes = FILE_CHUNK_BYTES,
): Generator<ByteChunk> {
  const fd = openSync(path, "r");
  try {
    const changed = () => new DatasetReadError(`${path} changed while it was being read`, path);
    if (fstatSync(fd).size !== size) throw changed();
    if (start >= size) return;
    let position = start;
    // Reads stop at `size`, so a file that grew yields only the bytes that were checked.
    const read = (buffer: Buffer, offset: number, length: number) => {
      const n = readSync(fd, buffer, offset, Math.min(length, size - position), position);
      if (n === 0) throw changed();
      position += n;
      return n;
    };
    yield* linePieces(read, () => position >= size, Buffer.allocUnsafe(Math.min(chunkBytes, size)));
  } finally {
    closeSync(fd);
  }
}
