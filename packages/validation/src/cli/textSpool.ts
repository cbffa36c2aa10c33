import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHUNK = 1 << 20;

/**
 * Text held in a temporary file until it can be written out in its place: a report whose summary
 * comes before a million findings cannot hold them all in memory as objects or as one string.
 */
export class TextSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), "tally-validate-"));
  private readonly fd = openSync(join(this.dir, "spool"), "w+");

  /** Writes at once: pieces of text are best kept small, so that they die young. */
  write(text: string): void {
    writeSync(this.fd, text);
  }

  /**
   * Hands everything written so far to `out`, in order, as UTF-8 bytes. One buffer is lent for
   * every chunk, so that a large report does not churn external memory: `out` must use a chunk
   * before it returns (as a synchronous write does) or copy it.
   */
  replay(out: (bytes: Uint8Array) => void): void {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let position = 0; ; ) {
      const read = readSync(this.fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      position += read;
      out(buffer.subarray(0, read));
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
