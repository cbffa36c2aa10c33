import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DatasetReadError } from "../load/errors.js";
import type { CodedChunk } from "./codeChunk.js";
import { type Cursor, type PlainLayout, readChunk } from "./plainCsv.js";
import type { RowThreads } from "./rowThreads.js";

const changed = (path: string) => new DatasetReadError(`${path} changed while it was being read`, path);

/** The size of a piece a row thread reads: as the main thread's own reader reads (`fileChunks`). */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** Pieces asked of each thread ahead of the one being read: enough to keep it busy, few in memory. */
const AHEAD = 2;

/** The main thread reads one piece in this many itself (see `readInPieces`). */
const MAIN_SHARE = 4;

/**
 * A coded piece as the main thread reads it: the thread's answer with that thread's dictionaries
 * for the file (`dict[column][n]`), and beside each a place for what the row parser made of each
 * value (`cache`), so that a value met a million times is turned into a row value once.
 */
export interface CodedPiece extends CodedChunk {
  dict: string[][];
  cache: unknown[][];
}

/** Field `j` of record `r` of a coded piece, as the plain reader gives it. */
export function codedField(piece: CodedPiece, r: number, j: number): string {
  const i = piece.at[r]! + 2 * j;
  const a = piece.cells[i]!;
  if (a < 0) return piece.dict[j]![-a - 1]!;
  return piece.text.slice(a, piece.cells[i + 1]!);
}

/** Every field of record `r`, as the plain reader gives them. */
export function codedFields(piece: CodedPiece, r: number): string[] {
  const fields = new Array<string>(piece.counts[r]!);
  for (let j = 0; j < fields.length; j++) fields[j] = codedField(piece, r, j);
  return fields;
}

/**
 * Where the pieces of the file open as `fd` start and end: `cuts[k]` to `cuts[k + 1]`, the first
 * cut just after the first line feed at or after `firstBytes` from `start`, each next one likewise
 * `pieceBytes` after it. A cut inside a quoted field is found when the piece before it is read.
 */
export function pieceCuts(
  fd: number,
  path: string,
  size: number,
  start: number,
  pieceBytes = PIECE_BYTES,
  firstBytes = pieceBytes,
): number[] {
  const cuts = [start];
  if (fstatSync(fd).size !== size) throw changed(path);
  const probe = Buffer.allocUnsafe(64 * 1024);
  let from = start + firstBytes;
  while (from < size) {
    let cut = size;
    for (let at = from - 1; at < size; at += probe.length) {
      const n = readSync(fd, probe, 0, Math.min(probe.length, size - at), at);
      if (n === 0) throw changed(path);
      const lf = probe.subarray(0, n).indexOf(10);
      if (lf !== -1) {
        cut = at + lf + 1;
        break;
      }
    }
    if (cut >= size) break;
    cuts.push(cut);
    from = cut + pieceBytes;
  }
  cuts.push(size);
  return cuts;
}

/** The text of bytes `[from, to)` of the file open as `fd`, read by the main thread. */
function readText(fd: number, path: string, from: number, to: number): string {
  const bytes = Buffer.allocUnsafe(to - from);
  for (let done = 0; done < bytes.length; ) {
    const n = readSync(fd, bytes, done, bytes.length - done, from + done);
    if (n === 0) throw changed(path);
    done += n;
  }
  return bytes.toString("utf8");
}

/** Tells the readings of files apart, for the threads' dictionaries. */
let readings = 0;

/**
 * `eachPlainRecord` over a file on disk with row threads: the main thread reads the header's line,
 * the threads read and code the rest in pieces, and each record is handed on in file order, to
 * `visit` as fields or to `coded` as a record of a coded piece, with the physical lines it spans.
 * Should a cut fall inside a quoted field, the main thread reads on from there until a piece ends
 * where a record does; should a thread fail, the main thread reads the rest itself. `onPiece` is
 * told the bytes of the file read after each piece.
 */
export async function eachPlainRecordInThreads(
  file: { path: string; size: number },
  layout: PlainLayout,
  threads: RowThreads,
  visit: (fields: string[], line: number, lastLine: number) => void,
  coded: (piece: CodedPiece, r: number, line: number, lastLine: number) => void,
  pieceBytes = PIECE_BYTES,
  onPiece?: (bytesRead: number) => void,
): Promise<void> {
  // One descriptor for the whole reading, the threads' too: every piece is of the same file, even
  // should its path be replaced meanwhile (a file saved by rename).
  const fd = openSync(file.path, "r");
  const answers: Promise<CodedChunk>[] = [];
  try {
    await readInPieces(fd, file, layout, threads, visit, coded, pieceBytes, answers, onPiece);
  } finally {
    // The descriptor outlives every piece asked of a thread, read or not: once closed, its number
    // may name another file.
    await Promise.allSettled(answers);
    closeSync(fd);
  }
}

async function readInPieces(
  fd: number,
  file: { path: string; size: number },
  layout: PlainLayout,
  threads: RowThreads,
  visit: (fields: string[], line: number, lastLine: number) => void,
  coded: (piece: CodedPiece, r: number, line: number, lastLine: number) => void,
  pieceBytes: number,
  answers: Promise<CodedChunk>[],
  onPiece?: (bytesRead: number) => void,
): Promise<void> {
  // The main thread's own piece is the header's line: the threads read every row.
  const cuts = pieceCuts(fd, file.path, file.size, layout.start, pieceBytes, 1);
  const pieces = cuts.length - 1;
  const read = ++readings;
  // Every MAIN_SHARE-th piece the main thread reads itself, as the plain reader does, while the
  // thread codes others: building rows from a coded piece costs it less than coding it costs the
  // thread, which would otherwise keep the main thread waiting.
  const mine = (k: number) => k % MAIN_SHARE === 0;
  const threadOf: number[] = [];
  let asked = 0;
  let next = 1;
  let outstanding = 0;
  const askAhead = () => {
    for (; next < pieces && outstanding < threads.count * AHEAD; next++) {
      if (mine(next)) continue;
      const k = next;
      threadOf[k] = asked++ % threads.count;
      outstanding++;
      answers[k] = threads.ask(threadOf[k]!, {
        read,
        fd,
        from: cuts[k]!,
        to: cuts[k + 1]!,
        final: k === pieces - 1,
        crlf: layout.crlf,
      });
    }
  };
  askAhead();
  const dictionaries = Array.from({ length: threads.count }, () => ({
    dict: [] as string[][],
    cache: [] as unknown[][],
  }));
  const cursor: Cursor = { line: 1, fields: [] };
  // Text of a record the last piece's end cut, which the next piece must be read after; null when
  // the last piece ended where a record does.
  let carry: string | null = null;
  // Piece `k` read here from disk, as the plain reader reads, after the record the last piece cut.
  const readOwn = (k: number, final: boolean) => {
    const text = `${carry ?? ""}${readText(fd, file.path, cuts[k]!, cuts[k + 1]!)}`;
    const read = readChunk(text, final, layout.crlf, cursor, visit);
    if (final && read < text.length) throw new Error("plain CSV reader stopped inside a record");
    carry = read < text.length ? text.slice(read) : null;
  };
  readOwn(0, pieces === 1);
  let failed = false;
  for (let k = 1; k < pieces; k++) {
    // Every piece before this one is read (the last one's end is told by whoever asked).
    onPiece?.(cuts[k]!);
    const final = k === pieces - 1;
    if (mine(k) && !failed) {
      readOwn(k, final);
      continue;
    }
    const answer = failed ? null : await answers[k]!.catch(() => null);
    outstanding--;
    // Settled: nothing need wait for it, and its text and cells can go once read.
    delete answers[k];
    if (answer === null) {
      // A thread that failed (its heap full, the file not readable) leaves the rest of the file to
      // the main thread, which reads it as `eachPlainRecord` would and meets any error itself.
      failed = true;
      readOwn(k, final);
      continue;
    }
    askAhead();
    // Every answer's new values, whether its records are taken or not: the thread numbers the
    // next ones after them.
    const { dict, cache } = dictionaries[threadOf[k]!]!;
    answer.fresh.forEach((values, column) => {
      dict[column] ??= [];
      cache[column] ??= [];
      for (const value of values) dict[column]!.push(value);
    });
    if (carry !== null) {
      // The piece starts inside the record the last one cut: it is read here, from disk (a coded
      // piece holds only the cells not coded), and once a piece ends where a record does, the
      // next piece's records are the thread's again.
      readOwn(k, final);
      continue;
    }
    const piece: CodedPiece = Object.assign(answer, { dict, cache });
    const base = cursor.line;
    for (let r = 0; r < piece.rows; r++)
      coded(piece, r, base + piece.lines[2 * r]!, base + piece.lines[2 * r + 1]!);
    cursor.line = base + piece.lineCount;
    if (piece.tail !== null) {
      if (final) throw new Error("plain CSV reader stopped inside a record");
      carry = piece.tail;
    }
  }
}
