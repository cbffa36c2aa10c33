const LF = 0x0a;
const CR = 0x0d;

/**
 * Maps byte offsets to 1-based physical lines. csv-parse counts lines inside quoted CRLF fields
 * twice, so lines are recomputed from the bytes: `\n`, `\r\n` and a lone `\r` each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly bytes: Uint8Array) {
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === LF || (c === CR && bytes[i + 1] !== LF)) this.starts.push(i + 1);
    }
  }

  /** The line the byte at `offset` is on. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The line of the last byte of the input (a final newline does not open another line). */
  lastLine(): number {
    let end = this.bytes.length - 1;
    while (end > 0 && (this.bytes[end] === LF || this.bytes[end] === CR)) end--;
    return this.lineAt(Math.max(end, 0));
  }

  /** The first offset at or after `offset` that is not a line break (csv-parse skips empty lines). */
  skipLineBreaks(offset: number): number {
    let i = offset;
    while (i < this.bytes.length && (this.bytes[i] === LF || this.bytes[i] === CR)) i++;
    return i;
  }
}
