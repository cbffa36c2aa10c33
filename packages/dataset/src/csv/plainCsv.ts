import { type Buffer, isUtf8 } from "node:buffer";
import { layoutScan } from "./layoutScan.js";

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** A file the plain reader reads exactly as csv-parse would: where the text starts and how lines end. */
export interface PlainLayout {
  /** Byte offset after a UTF-8 byte order mark, else 0. */
  start: number;
  /** Every line ends in CRLF; otherwise no CR occurs at all and lines end in LF. */
  crlf: boolean;
}

/**
 * Says whether a file is plain RFC 4180 text, which the plain reader takes at memory speed: valid
 * UTF-8, one kind of line ending, and quotes only around whole fields, closed, and followed by a
 * delimiter. Anything else (a quote inside an unquoted field, a quote never closed, mixed line
 * endings) returns null, and csv-parse reads the file with its relaxed rules and its errors.
 * `layoutScan` makes the same checks on a file read in pieces. `utf8Checked` skips the UTF-8
 * check for bytes a caller has already checked.
 */
export function plainLayout(bytes: Buffer, utf8Checked = false): PlainLayout | null {
  const scan = layoutScan(utf8Checked ? () => true : isUtf8);
  scan.piece(bytes);
  return scan.end();
}

/**
 * Where reading stands between chunks: the physical line of the next unread character, and the
 * one array every record's fields are read into.
 */
export interface Cursor {
  line: number;
  fields: string[];
}

/**
 * Reads the complete records of one decoded chunk, returning the index of the first character not
 * read: the start of a record that runs on into the next chunk (a quoted field across the cut).
 */
export function readChunk(
  text: string,
  final: boolean,
  crlf: boolean,
  cursor: Cursor,
  visit: (fields: string[], line: number, lastLine: number) => void,
): number {
  const n = text.length;
  const eolChar = crlf ? "\r" : "\n";
  const eolLength = crlf ? 2 : 1;
  let eol = -1;
  let p = 0;
  while (p < n) {
    const first = text.charCodeAt(p);
    if (first === LF || first === CR) {
      // csv-parse skips empty lines.
      p += eolLength;
      cursor.line++;
      continue;
    }
    const recordStart = p;
    const fields = cursor.fields;
    fields.length = 0;
    let breaks = 0;
    let complete = false;
    for (;;) {
      if (text.charCodeAt(p) === QUOTE) {
        let close = text.indexOf('"', p + 1);
        let escaped = false;
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
          close = text.indexOf('"', close + 2);
          escaped = true;
        }
        if (close === -1) break;
        let value = text.slice(p + 1, close);
        if (escaped) value = value.replaceAll('""', '"');
        for (let at = value.indexOf("\n"); at !== -1; at = value.indexOf("\n", at + 1)) breaks++;
        fields.push(value);
        p = close + 1;
      } else {
        if (eol < p) {
          eol = text.indexOf(eolChar, p);
          if (eol === -1) eol = n;
        }
        const comma = text.indexOf(",", p);
        const end = comma !== -1 && comma < eol ? comma : eol;
        fields.push(text.slice(p, end));
        p = end;
      }
      if (p < n && text.charCodeAt(p) === COMMA) {
        p++;
        continue;
      }
      if (p < n) {
        p += eolLength;
        complete = true;
      } else complete = final;
      break;
    }
    if (!complete) return recordStart;
    visit(fields, cursor.line, cursor.line + breaks);
    cursor.line += breaks + 1;
  }
  return n;
}

/** Chunks are decoded one at a time so that no file meets V8's limit on the length of a string. */
export const CHUNK_BYTES = 64 * 1024 * 1024;

/** A piece of a file: every piece but the last ends after a line feed. */
export interface ByteChunk {
  bytes: Buffer;
  final: boolean;
}

/** The text of `bytes` after `start`, in pieces of about `chunkBytes` cut after a line feed. */
export function* memoryChunks(bytes: Buffer, start: number, chunkBytes = CHUNK_BYTES): Generator<ByteChunk> {
  for (let from = start; from < bytes.length; ) {
    const cut = from + chunkBytes >= bytes.length ? -1 : bytes.indexOf(LF, from + chunkBytes);
    const to = cut === -1 ? bytes.length : cut + 1;
    yield { bytes: bytes.subarray(from, to), final: to === bytes.length };
    from = to;
  }
}

/**
 * Every record of a file `plainLayout` accepted, with the physical line it starts on (header =
 * line 1), as csv-parse with `relax_quotes`, `skip_empty_lines` and `bom` reads it. Field values
 * are slices of the decoded text, so the loader keeps no second copy of what it loads. Each chunk
 * is decoded before the next is asked for, so a reader may reuse its buffer. `visit` gets the same
 * array for every record, refilled: a million records made a million arrays of garbage, for the
 * collector to sweep between the rows it keeps. A visitor copies what it keeps.
 */
export function eachPlainRecord(
  chunks: Iterable<ByteChunk>,
  layout: PlainLayout,
  visit: (fields: string[], line: number, lastLine: number) => void,
): void {
  const cursor: Cursor = { line: 1, fields: [] };
  let carry = "";
  for (const { bytes, final } of chunks) {
    // UTF-8 even when a chunk is ASCII: Node makes a large latin1 decode an external string,
    // whose slices V8 reads slowly (measured: 1.1 s more at a million claims).
    const text = carry + bytes.toString("utf8");
    const read = readChunk(text, final, layout.crlf, cursor, visit);
    if (final && read < text.length) throw new Error("plain CSV reader stopped inside a record");
    carry = read < text.length ? text.slice(read) : "";
  }
}
