import { describe, expect, it } from "vitest";
import { linePieces } from "./linePieces.js";

/** A source that gives at most `most` bytes per read and says nothing of its end but 0. */
function source(text: string, most: number) {
  const bytes = Buffer.from(text);
  let at = 0;
  return (buffer: Buffer, offset: number, length: number) => {
    const n = Math.min(length, most, bytes.length - at);
    bytes.copy(buffer, offset, at, at + n);
    at += n;
    return n;
  };
}

const pieces = (text: string, bufferBytes: number, most = Number.POSITIVE_INFINITY) => {
  const seen: [string, boolean][] = [];
  for (const { bytes, final } of linePieces(source(text, most), () => false, Buffer.alloc(bufferBytes)))
    seen.push([bytes.toString("utf8"), final]);
  return seen;
};

describe("linePieces", () => {
  it("cuts after the last line feed of each read and ends with what is left once a read gives 0", () => {
    expect(pieces("ab\ncd\nef\ng", 4)).toEqual([
      ["ab\n", false],
      ["cd\n", false],
      ["ef\n", false],
      ["g", true],
    ]);
    expect(pieces("ab\n", 8)).toEqual([
      ["ab\n", false],
      ["", true],
    ]);
  });

  it("reads a line longer than the buffer whole, and short reads on until a line feed", () => {
    expect(pieces("abcdefghij\nk", 4)).toEqual([
      ["abcdefghij\n", false],
      ["k", true],
    ]);
    expect(pieces("abcdef\ngh\n", 64, 2)).toEqual([
      ["abcdef\n", false],
      ["gh\n", false],
      ["", true],
    ]);
  });

  it("gives every byte once, in order, whatever the buffer and the reads' sizes", () => {
    const text = 'id,note\n1,"é, a\nb"\n'.repeat(20);
    for (const size of [1, 3, 7, 64])
      for (const most of [1, 5, 1000])
        expect(
          pieces(text, size, most)
            .map(([t]) => t)
            .join(""),
        ).toBe(text);
  });
});
