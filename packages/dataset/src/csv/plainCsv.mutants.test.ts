import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { eachPlainRecord, memoryChunks, plainLayout } from "./plainCsv.js";

const layoutOf = (text: string) => plainLayout(Buffer.from(text, "utf8"));

describe("plainLayout", () => {
  it("skips a UTF-8 byte order mark and nothing else that shares some of its bytes", () => {
    expect(layoutOf("\uFEFFa,b\n")).toEqual({ start: 3, crlf: false });
    expect(layoutOf("a,b\n")).toEqual({ start: 0, crlf: false });
    // EF 80 BF: first and last byte of the mark.
    expect(layoutOf("\uF03F,a\n")).toEqual({ start: 0, crlf: false });
    // EF BB 80: its first two bytes.
    expect(layoutOf("\uFEC0,a\n")).toEqual({ start: 0, crlf: false });
    // E0 BB BF: its last two bytes.
    expect(layoutOf("\u0EFF,a\n")).toEqual({ start: 0, crlf: false });
    // 61 C2 BF: its last byte in third place.
    expect(layoutOf("a\u00BF,b\n")).toEqual({ start: 0, crlf: false });
  });

  it("takes quoted fields at the start of the text, after a comma and after a line feed", () => {
    expect(layoutOf('"a",b\n')).toEqual({ start: 0, crlf: false });
    expect(layoutOf('\uFEFF"a",b\n')).toEqual({ start: 3, crlf: false });
    expect(layoutOf('a\n"b"\n')).toEqual({ start: 0, crlf: false });
    expect(layoutOf('a,"b"\r\n')).toEqual({ start: 0, crlf: true });
  });

  it("takes a quoted field that ends the file without a line break", () => {
    expect(layoutOf('a,"b"')).toEqual({ start: 0, crlf: false });
  });

  it("takes empty quoted fields and fields of escaped quotes", () => {
    expect(layoutOf('"",a\n')).toEqual({ start: 0, crlf: false });
    expect(layoutOf('"""a""",b\n')).toEqual({ start: 0, crlf: false });
  });

  it("turns away a quoted part in the middle of an unquoted field, even when it closes before a comma", () => {
    expect(layoutOf('a"b",c\n')).toBeNull();
  });

  it("turns away a quote never closed, also when it opens the file or follows an empty first line", () => {
    expect(layoutOf('"open\n')).toBeNull();
    expect(layoutOf('\na,"open\n')).toBeNull();
  });
});

describe("memoryChunks", () => {
  const chunks = (text: string, start: number, chunkBytes: number) =>
    [...memoryChunks(Buffer.from(text, "utf8"), start, chunkBytes)].map(({ bytes, final }) => [
      bytes.toString("utf8"),
      final,
    ]);

  it("cuts after the first line feed at or past each chunk's size", () => {
    expect(chunks("ab\ncd\nef\n", 0, 2)).toEqual([
      ["ab\n", false],
      ["cd\n", false],
      ["ef\n", true],
    ]);
    expect(chunks("abc\nd\n", 0, 1)).toEqual([
      ["abc\n", false],
      ["d\n", true],
    ]);
  });

  it("starts after the byte order mark and ends with the last bytes even without a line feed", () => {
    expect(chunks("\uFEFFab\ncd", 3, 2)).toEqual([
      ["ab\n", false],
      ["cd", true],
    ]);
  });

  it("gives the whole text as one final chunk when it is no longer than a chunk", () => {
    expect(chunks("ab\ncd\n", 0, 6)).toEqual([["ab\ncd\n", true]]);
  });
});

describe("eachPlainRecord", () => {
  it("throws rather than drop a record when the text ends inside a quoted field (bytes changed since their layout was checked)", () => {
    const seen: [string[], number][] = [];
    const bytes = Buffer.from('h\n"open\n', "utf8");
    expect(() =>
      eachPlainRecord(memoryChunks(bytes, 0), { start: 0, crlf: false }, (fields, line) =>
        seen.push([[...fields], line]),
      ),
    ).toThrow(new Error("plain CSV reader stopped inside a record"));
    expect(seen).toEqual([[["h"], 1]]);
  });
});
