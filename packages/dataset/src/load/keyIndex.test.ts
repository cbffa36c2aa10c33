import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyIndex, rowIndex } from "./keyIndex.js";

describe("KeyIndex", () => {
  it("gives the first row of each key and finds keys it holds", () => {
    const keys = ["a", "b", "a", "", "c", "b", "é"];
    const index = new KeyIndex((row) => keys[row]!, keys.length);
    expect(keys.map((_, row) => index.add(row))).toEqual([-1, -1, 0, -1, -1, 1, -1]);
    expect(["a", "b", "c", "", "é", "d"].map((k) => index.get(k))).toEqual([0, 1, 4, 3, 6, -1]);
  });

  it("holds many keys", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i % 3000}`);
    const index = new KeyIndex((row) => keys[row]!, keys.length);
    const firsts = keys.map((_, row) => index.add(row));
    expect(firsts.filter((f) => f === -1)).toHaveLength(3000);
    expect(firsts[3001]).toBe(1);
    expect(index.get("k2999")).toBe(2999);
  });

  it("counts the rows whose key came before", () => {
    const keys = ["a", "b", "a", "a"];
    const index = new KeyIndex((row) => keys[row]!, keys.length);
    for (let row = 0; row < keys.length; row++) index.add(row);
    expect(index.duplicates).toBe(2);
  });

  it("finds every key where its row stands once the repeats are taken out, as a new index would", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 40 }), (drawn) => {
        const keys = [...drawn];
        const index = new KeyIndex((row) => keys[row]!, keys.length);
        const repeats = keys.flatMap((_, row) => (index.add(row) === -1 ? [] : [row]));
        const kept = keys.filter((_, row) => !repeats.includes(row));
        keys.splice(0, keys.length, ...kept);
        index.leaveOut(repeats);
        const fresh = new KeyIndex((row) => keys[row]!, keys.length);
        for (let row = 0; row < keys.length; row++) fresh.add(row);
        for (const key of ["a", "b", "c", "d", "e", "f", "g"]) expect(index.get(key)).toBe(fresh.get(key));
        expect(index.duplicates).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("rowIndex", () => {
  const rows = [{ id: "x" }, { id: "y" }, { id: "x" }];

  it("indexes every row by the column, first row of each value", () => {
    const index = rowIndex(rows, "id");
    expect([index.get("x"), index.get("y"), index.get("z")]).toEqual([0, 1, -1]);
    expect(index.duplicates).toBe(1);
  });

  it("is built once per table and column, and again when rows were added", () => {
    const first = rowIndex(rows, "id");
    expect(rowIndex(rows, "id")).toBe(first);
    const grown = [...rows];
    const before = rowIndex(grown, "id");
    grown.push({ id: "w" });
    const after = rowIndex(grown, "id");
    expect(after).not.toBe(before);
    expect(after.get("w")).toBe(3);
  });
});
