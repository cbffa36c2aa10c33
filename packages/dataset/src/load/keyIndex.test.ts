import { describe, expect, it } from "vitest";
import { KeyIndex } from "./keyIndex.js";

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
});
