import { randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NewSpool, Spool } from "../format/spool.js";

export interface FileSpoolOptions {
  /** Where the files go; the system's temporary directory unless a test says otherwise. */
  dir?: string;
  /**
   * Characters a spool gathers before it writes them out in one call. 32K: at a million claims
   * (530,771 findings) the text report spools 150 MB in about 4,600 writes, while a gathered
   * string stays below V8's 128 KB limit for a regular object even with two bytes a character (a
   * larger one lives until a full collection).
   */
  bufferChars?: number;
  /** Bytes read back at a time; 32K decodes to a string of the same bounded size. */
  readBytes?: number;
  /**
   * Told once, with the reason, when no file can be made in `dir` (an unset or unwritable TMPDIR):
   * spools then keep their text in memory, so the report is still written, as the formats that
   * need no spool write theirs, at the cost of memory that grows with the findings.
   */
  onMemory?: (reason: string) => void;
  /** node's `writeSync`, unless a test fills the disk. */
  write?: typeof writeSync;
}

/**
 * Spools whose text goes to temporary files once a spool holds more than a little: memory stays
 * the same however many findings wait. A file is unlinked as soon as it is opened, so it lives
 * only as long as its descriptor, and is gone even when the process is killed (an out-of-memory
 * abort runs no `finally`); `drain` closes it, and `dispose` closes any spool left undrained by a
 * run that failed.
 */
export function fileSpools({
  dir = tmpdir(),
  bufferChars = 1 << 15,
  readBytes = 1 << 15,
  onMemory = () => {},
  write = writeSync,
}: FileSpoolOptions = {}): {
  create: NewSpool;
  dispose: () => void;
} {
  const open = new Set<number>();
  let inMemory = false;
  /** From now on every spool keeps its text in memory; said once, with why. */
  const toMemory = (what: string, error: unknown) => {
    if (!inMemory)
      onMemory(`${what} in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    inMemory = true;
  };
  /** A file for a spool, or null once none can be made (each spool then stays in memory). */
  const openFile = (): number | null => {
    if (inMemory) return null;
    const path = join(dir, `tally-report-${randomUUID()}.spool`);
    let fd: number;
    try {
      fd = openSync(path, "wx+", 0o600);
    } catch (error) {
      toMemory("cannot make a temporary file", error);
      return null;
    }
    open.add(fd);
    unlinkSync(path);
    return fd;
  };
  const create = (): Spool => {
    let pending = "";
    let fd = -1;
    let size = 0;
    // The spool's text while no file can be made for it.
    let held: string[] | null = null;
    const closeFile = () => {
      closeSync(fd);
      open.delete(fd);
      fd = -1;
      size = 0;
    };
    const flush = () => {
      if (held !== null || fd === -1) {
        const file = held === null ? openFile() : null;
        if (file === null) {
          held ??= [];
          held.push(pending);
          pending = "";
          return;
        }
        fd = file;
      }
      const bytes = Buffer.from(pending);
      try {
        for (let at = 0; at < bytes.length; ) at += write(fd, bytes, at, bytes.length - at, size + at);
      } catch (error) {
        // A disk that fills mid-report (ENOSPC): what the file holds comes back into memory, and
        // every spool stays there from now on, as when no file could be made at all.
        held = [];
        readChunks(fd, size, readBytes, (text) => held!.push(text));
        held.push(pending);
        pending = "";
        closeFile();
        toMemory("cannot write to a temporary file", error);
        return;
      }
      pending = "";
      size += bytes.length;
    };
    return {
      append(text) {
        pending += text;
        if (pending.length >= bufferChars) flush();
      },
      drain(write) {
        // The last flush can itself fill the disk and bring the spool into memory.
        if (fd !== -1) flush();
        if (fd !== -1) {
          readChunks(fd, size, readBytes, write);
          closeFile();
          return;
        }
        const pieces = held ?? [];
        held = null;
        for (const piece of pieces) write(piece);
        if (pending.length > 0) {
          const text = pending;
          pending = "";
          write(text);
        }
      },
    };
  };
  return {
    create,
    dispose() {
      for (const fd of open) closeSync(fd);
      open.clear();
    },
  };
}

/** The first `size` bytes of the file `fd`, decoded, in pieces of at most `readBytes` bytes. */
function readChunks(fd: number, size: number, readBytes: number, emit: (text: string) => void): void {
  const chunk = Buffer.allocUnsafe(readBytes);
  // A character cut between two reads is held back until the rest of it is read.
  const decoder = new TextDecoder();
  for (let at = 0; at < size; ) {
    const read = readSync(fd, chunk, 0, Math.min(readBytes, size - at), at);
    if (read === 0) throw new Error("a report spool ended before its end");
    at += read;
    const text = decoder.decode(chunk.subarray(0, read), { stream: at < size });
    if (text.length > 0) emit(text);
  }
}
