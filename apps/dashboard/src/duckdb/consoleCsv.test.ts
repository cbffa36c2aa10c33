import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvLines } from "./consoleCsv.js";

describe("csvLines", () => {
  it("writes NULL as an empty cell and the empty string as a quoted one, as DuckDB's COPY does", () => {
    // Before: both were an empty cell, and the file could not tell them apart.
    const csv = csvLines(
      [
        [null, "", "x", null],
        ["", null, "", "2.50"],
      ],
      new Set([3]),
    );
    expect(csv).toBe(',"",x,\n"",,"",2.50\n');
    // A reader that keeps quoted empty cells apart (csv-parse's cast sees `quoting`) reads them back.
    const read = parse(csv, { cast: (value, { quoting }) => (value === "" && !quoting ? null : value) });
    expect(read).toEqual([
      [null, "", "x", null],
      ["", null, "", "2.50"],
    ]);
  });
});
