import { describe, expect, it } from "vitest";
import { firstFew, firstFewInWords, inWords } from "./namesInWords.js";

describe("names in words", () => {
  it("lists names as a sentence does", () => {
    expect(inWords([])).toBe("");
    expect(inWords(["a"])).toBe("a");
    expect(inWords(["a", "b"])).toBe("a and b");
    expect(inWords(["a", "b", "c", "d"])).toBe("a, b, c and d");
  });

  it("gives the first few, then how many more", () => {
    expect(firstFewInWords(["a", "b", "c"])).toBe("a, b and c");
    expect(firstFewInWords(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
    expect(firstFewInWords(["a", "b", "c"], 2)).toBe("a, b and 1 more");
    expect(firstFew(["a", "b"])).toBe("a, b");
    expect(firstFew(["a", "b", "c", "d"])).toBe("a, b, c and 1 more");
  });
});
