import { describe, expect, it } from "vitest";
import { RowLocations } from "./rowLocations.js";

describe("RowLocations", () => {
  it("keeps every location in order as it grows past its capacity", () => {
    const at = new RowLocations(2);
    for (let i = 1; i <= 1000; i++) at.push(i, i + 1 + Math.floor(i / 10));
    expect(at.length).toBe(1000);
    expect(at.at(0)).toEqual({ row: 1, line: 2 });
    expect(at.at(999)).toEqual({ row: 1000, line: 1101 });
    expect(at.row[499]).toBe(500);
    expect(at.line[499]).toBe(551);
  });

  it("has no location past the last row or before the first", () => {
    const at = RowLocations.of([{ row: 1, line: 2 }]);
    expect(at.at(1)).toBeUndefined();
    expect(at.at(-1)).toBeUndefined();
  });

  it("round-trips through of and toArray", () => {
    const list = [
      { row: 1, line: 2 },
      { row: 2, line: 5 },
      { row: 4, line: 7 },
    ];
    expect(RowLocations.of(list).toArray()).toEqual(list);
    expect(RowLocations.of([]).toArray()).toEqual([]);
  });
});
