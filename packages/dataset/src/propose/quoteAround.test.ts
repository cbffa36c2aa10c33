import { describe, expect, it } from "vitest";
import { MAX_QUOTE, quoteAround } from "./quoteAround.js";

const LONG = "and then 40 more people were held in the camp near the river ".repeat(100).trim();

describe("quoteAround", () => {
  it("quotes whole words around the figure, at most MAX_QUOTE characters, from a longer sentence", () => {
    for (const at of [0, LONG.indexOf("40", 3000), LONG.lastIndexOf("40")]) {
      const quote = quoteAround(LONG, at, at + 2);
      expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
      expect(quote.length).toBeGreaterThan(MAX_QUOTE - 20);
      const from = LONG.indexOf(quote, Math.max(0, at - MAX_QUOTE));
      expect(from, "a part of the sentence as printed").toBeGreaterThanOrEqual(0);
      expect(from <= at && at + 2 <= from + quote.length, "holds the figure").toBe(true);
      expect(from === 0 || LONG[from - 1] === " ", "starts at a word").toBe(true);
      expect(from + quote.length === LONG.length || LONG[from + quote.length] === " ", "ends at a word").toBe(
        true,
      );
    }
  });
});
