import { describe, expect, it } from "vitest";
import { parseSize, sizeLabel } from "./sizes.js";

describe("sizes", () => {
  it("reads 10k, 1m and plain counts, and names them back", () => {
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("1M")).toBe(1_000_000);
    expect(parseSize("2500")).toBe(2500);
    expect(sizeLabel(100_000)).toBe("100k");
    expect(sizeLabel(1_000_000)).toBe("1m");
    expect(() => parseSize("ten")).toThrow(/not a size/);
  });
});
