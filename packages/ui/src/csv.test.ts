import { parse } from "csv-parse/browser/esm/sync";
import { describe, expect, it } from "vitest";
import { escapeCell, toCsv } from "./csv.js";

describe("escapeCell", () => {
  it.each(["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"])("prefixes %j so it is not a formula", (v) => {
    expect(escapeCell(v)).toBe(`'${v}`);
  });

  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(escapeCell("Daily NK")).toBe("Daily NK");
    expect(escapeCell(-5)).toBe("-5");
    expect(escapeCell(null)).toBe("");
    expect(escapeCell(true)).toBe("true");
  });
});

describe("toCsv", () => {
  it("writes the header and exactly the given rows, quoting commas and quotes", () => {
    const csv = toCsv(
      [
        { claim_id: "a", quote: 'He said "about 600", roughly', value_low: 600 },
        { claim_id: "b", quote: '=HYPERLINK("x")', value_low: null },
      ],
      ["claim_id", "quote", "value_low"],
    );
    const rows = parse(csv) as string[][];
    expect(rows).toEqual([
      ["claim_id", "quote", "value_low"],
      ["a", 'He said "about 600", roughly', "600"],
      ["b", '\'=HYPERLINK("x")', ""],
    ]);
  });
});
