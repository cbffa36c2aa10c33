import { describe, expect, it } from "vitest";
import { HEADER_BYTES, headerOf, headerRecordOf } from "./headerOf.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("headerOf", () => {
  it("reads the names of the first record only", () => {
    expect(headerOf(bytes("metric,label,unit\nm,M,persons\n"))).toEqual(["metric", "label", "unit"]);
  });

  it("handles a BOM, CRLF and quoted names with commas and quotes", () => {
    expect(headerOf(bytes('\uFEFFa,"b,c","d""e"\r\n1,2,3\r\n'))).toEqual(["a", "b,c", 'd"e']);
  });

  it("reads a header with no line after it", () => {
    expect(headerOf(bytes("event_id,title"))).toEqual(["event_id", "title"]);
  });

  it("says how the header row ends: LF, CRLF, a lone CR, or not known", () => {
    const ends = (s: string) => headerRecordOf(bytes(s)).terminator;
    expect(ends("a,b\n1,2\n")).toBe("\n");
    expect(ends("a,b\r\n1,2\r\n")).toBe("\r\n");
    expect(ends("a,b\r1,2\r")).toBe("\r");
    expect(ends("a,b")).toBeNull();
    // A CR that ends the bytes read may be half a CRLF.
    expect(ends("a,b\r")).toBeNull();
    // A line end inside a quoted name ends no row.
    expect(ends('"a\nb",c\r\n1,2\r\n')).toBe("\r\n");
    // Past the bytes a header is read from, nothing is known.
    expect(ends(`${"x".repeat(HEADER_BYTES)}\n`)).toBeNull();
  });
});
