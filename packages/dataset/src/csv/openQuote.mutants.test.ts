import { describe, expect, it } from "vitest";
import { findOpenQuote } from "./openQuote.js";

const open = (s: string, from = 0) => findOpenQuote(new TextEncoder().encode(s), from);

describe("findOpenQuote", () => {
  it("gives the start of the scan, field 0, when no quote opens after it", () => {
    expect(open('x,"a"\nabc', 6)).toEqual({ offset: 6, field: 0 });
  });

  it("finds a quote that opens the first field at the start of the scan", () => {
    expect(open('"a,"b')).toEqual({ offset: 0, field: 0 });
  });

  it("skips a quoted field that closes, commas and all, and finds the next one that opens", () => {
    expect(open('"a,b",c,"open')).toEqual({ offset: 8, field: 2 });
    expect(open('"a","b')).toEqual({ offset: 4, field: 1 });
    expect(open('"a,b","c')).toEqual({ offset: 6, field: 1 });
  });

  it('reads "" inside a quoted field as a quote, not as its end', () => {
    expect(open('"a""b,c",d,"e')).toEqual({ offset: 11, field: 2 });
  });

  it("takes a quote inside an unquoted field as text, not as an opening quote", () => {
    expect(open('a"b,"c')).toEqual({ offset: 4, field: 1 });
  });

  it("starts the field count again after a line feed or a carriage return", () => {
    expect(open('a,b\n"c')).toEqual({ offset: 4, field: 0 });
    expect(open('a,b\r"c')).toEqual({ offset: 4, field: 0 });
    expect(open('a\n"b')).toEqual({ offset: 2, field: 0 });
  });
});
