import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DatasetReadError } from "../load/errors.js";
import type { ByteChunk } from "./plainCsv.js";

const LF = 0x0a;

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
    let buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(size, 1)));
    let kept = 0;
    for (let position = start; position < size || kept > 0; ) {
      const read =
        position < size
          ? readSync(fd, buffer, kept, Math.min(buffer.length - kept, size - position), position)
          : 0;
      if (read === 0 && position < size) throw changed();
      position += read;
      const filled = kept + read;
      if (position >= size) {
        yield { bytes: buffer.subarray(0, filled), final: true };
        return;
      }
      const cut = buffer.lastIndexOf(LF, filled - 1);
      if (cut === -1) {
        // One line longer than the buffer: read on into a larger one.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
        kept = filled;
        continue;
      }
      yield { bytes: buffer.subarray(0, cut + 1), final: false };
      buffer.copy(buffer, 0, cut + 1, filled);
      kept = filled - cut - 1;
    }
  } finally {
    closeSync(fd);
  }
}
