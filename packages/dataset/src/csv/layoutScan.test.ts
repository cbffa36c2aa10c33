import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutScan } from "./layoutScan.js";
import type { PlainLayout } from "./plainCsv.js";

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** `plainLayout` as it was before `layoutScan`, on the whole file at once: kept as the oracle. */
function wholeFileLayout(bytes: Buffer): PlainLayout | null {
  if (!isUtf8(bytes)) return null;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const crlf = bytes.indexOf(CR, start) !== -1;
  if (crlf) {
    let crs = 0;
    for (let i = bytes.indexOf(CR, start); i !== -1; i = bytes.indexOf(CR, i + 1)) {
      if (bytes[i + 1] !== LF) return null;
      crs++;
    }
    let lfs = 0;
    for (let i = bytes.indexOf(LF, start); i !== -1; i = bytes.indexOf(LF, i + 1)) lfs++;
    if (crs !== lfs) return null;
  }
  for (let open = bytes.indexOf(QUOTE, start); open !== -1; ) {
    const before = bytes[open - 1];
    if (open !== start && before !== COMMA && before !== LF) return null;
    let close = bytes.indexOf(QUOTE, open + 1);
    while (close !== -1 && bytes[close + 1] === QUOTE) close = bytes.indexOf(QUOTE, close + 2);
    if (close === -1) return null;
    const after = bytes[close + 1];
    if (after !== undefined && after !== COMMA && after !== LF && after !== CR) return null;
    open = bytes.indexOf(QUOTE, close + 1);
  }
  return { start, crlf };
}

/** `bytes` cut after the line feeds at the chosen indices (every piece but the last ends in one). */
function cutAfterLineFeeds(bytes: Buffer, picks: readonly number[]): Buffer[] {
  const feeds: number[] = [];
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) feeds.push(i);
  const cuts = [
    ...new Set(picks.filter(() => feeds.length > 0).map((p) => feeds[p % feeds.length]! + 1)),
  ].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  if (from < bytes.length) pieces.push(bytes.subarray(from));
  return pieces;
}

function scanned(pieces: readonly Buffer[]): { layout: PlainLayout | null; utf8: boolean } {
  const scan = layoutScan(isUtf8);
  for (const piece of pieces) scan.piece(piece);
  return { layout: scan.end(), utf8: scan.utf8() };
}

// Quotes in every position a field can hold them, line endings of both kinds and stray CRs, bytes
// that are not UTF-8 alone and a UTF-8 sequence split between two parts.
const part = fc.constantFrom(
  "a",
  ",",
  '"',
  '""',
  '"q"',
  '"x,y"',
  '"two\nlines"',
  "\n",
  "\r\n",
  "\r",
  "é",
  "\xff",
  "\xc3",
  "\xa9",
  "\xef\xbb\xbf",
);
const file = fc
  .tuple(fc.boolean(), fc.array(part, { maxLength: 30 }))
  .map(([bom, parts]) => Buffer.from((bom ? "\xef\xbb\xbf" : "") + parts.join(""), "latin1"));

describe("layoutScan", () => {
  it("gives the whole-file answer for every way of cutting a file after its line feeds", () => {
    let plain = 0;
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 8 }), (bytes, picks) => {
        const expected = wholeFileLayout(bytes);
        if (expected !== null) plain++;
        const whole = scanned([bytes]);
        const cut = scanned(cutAfterLineFeeds(bytes, picks));
        expect(whole.layout).toEqual(expected);
        expect(cut.layout).toEqual(expected);
        expect(cut.utf8).toBe(isUtf8(bytes));
      }),
      { numRuns: 3000 },
    );
    // The plain answers must be many, not only the files turned away.
    expect(plain).toBeGreaterThan(300);
  });

  it("keeps a quoted field open across pieces, and refuses one never closed", () => {
    const pieces = ['id,note\n1,"first\n', "second\n", 'third",x\n'].map((t) => Buffer.from(t));
    expect(scanned(pieces).layout).toEqual({ start: 0, crlf: false });
    expect(scanned(pieces.slice(0, 2)).layout).toBeNull();
  });

  it("reads a byte order mark only at the start of the first piece", () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(scanned([Buffer.concat([bom, Buffer.from('"a",b\n')])]).layout).toEqual({ start: 3, crlf: false });
    // Elsewhere its bytes are text like any other, and a quote after them opens no field.
    expect(scanned([Buffer.from("a\n"), Buffer.concat([bom, Buffer.from('"a",b\n')])]).layout).toBeNull();
  });

  it("says a file is not UTF-8 apart from whether it is plain", () => {
    const scan = layoutScan(isUtf8);
    scan.piece(Buffer.from("a,b\n"));
    scan.piece(Buffer.from([0x61, 0xff, 0x0a]));
    expect(scan.utf8()).toBe(false);
    expect(scan.end()).toBeNull();
  });

  it("takes an empty file as plain, with LF line ends", () => {
    expect(scanned([]).layout).toEqual({ start: 0, crlf: false });
  });
});
