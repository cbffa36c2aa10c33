import type { ByteChunk } from "./plainCsv.js";

/**
 * A stream of bytes in pieces cut after their last line feed, read through one buffer that is
 * reused (a line longer than it reads on into one twice as large): `read` fills the buffer from
 * `offset` with at most `length` bytes and says how many, 0 at the end; `done` says the end is
 * reached without another read. Every byte is in exactly one piece, in order; the last piece is
 * `final` and holds all that is left, line feed or not. A piece is a view of the buffer, valid
 * until the next is asked for.
 *
 * Self-contained (Node's global Buffer, no outer names): the file-check thread runs its source
 * text, so the main thread's reader (`fileChunks`) and that thread cut a file the same way.
 */
export function* linePieces(
  read: (buffer: Buffer, offset: number, length: number) => number,
  done: () => boolean,
  buffer: Buffer,
): Generator<ByteChunk> {
  let kept = 0;
  for (;;) {
    const n = read(buffer, kept, buffer.length - kept);
    const filled = kept + n;
    if (n === 0 || done()) {
      yield { bytes: buffer.subarray(0, filled), final: true };
      return;
    }
    // 10 is a line feed: a named constant would be an outer name the thread does not have.
    const cut = buffer.lastIndexOf(10, filled - 1);
    if (cut === -1) {
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      kept = filled;
      continue;
    }
    yield { bytes: buffer.subarray(0, cut + 1), final: false };
    buffer.copy(buffer, 0, cut + 1, filled);
    kept = filled - cut - 1;
  }
}
