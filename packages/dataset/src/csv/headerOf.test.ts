import { describe, expect, it } from "vitest";
import { headerOf } from "./headerOf.js";

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
});
