import { describe, expect, it } from "vitest";
import { claimFigure, figureInWords, vagueWords, withVagueWords } from "./qualifierWords.js";

describe("figureInWords", () => {
  it("says each qualifier in words, an exact figure needing none", () => {
    expect(figureInWords({ qualifier: "exact", low: 300, high: 300 })).toBe("300");
    expect(figureInWords({ qualifier: "between", low: 200, high: 300 })).toBe("between 200 and 300");
    expect(figureInWords({ qualifier: "fewer_than", low: null, high: 10 })).toBe("fewer than 10");
    expect(
      figureInWords({ qualifier: "about", low: 2600, high: 2600 }, (n) => n.toLocaleString("en-US")),
    ).toBe("about 2,600");
  });

  it("puts a vague claim's own words before its bound, so the bound is not read as the source's", () => {
    const hundreds = { vague: true, figure_text: " Hundreds " };
    expect(vagueWords(hundreds)).toBe("Hundreds");
    expect(
      figureInWords({ qualifier: "at_least", low: 100, high: null, vagueWords: vagueWords(hundreds) }),
    ).toBe("“Hundreds”, at least 100");
    expect(vagueWords({ vague: false, figure_text: "about 200" })).toBeNull();
    expect(vagueWords({ vague: true, figure_text: " " })).toBeNull();
    expect(withVagueWords("at least 1", null)).toBe("at least 1");
  });

  it("reads a claim's figure from its row: bounds, qualifier and a vague claim's words", () => {
    const row = { value_low: 100, value_high: null, qualifier: "at_least" as const, figure_text: "hundreds" };
    expect(figureInWords(claimFigure({ ...row, vague: true }))).toBe("“hundreds”, at least 100");
    expect(figureInWords(claimFigure({ ...row, vague: false }))).toBe("at least 100");
    expect(
      claimFigure({ ...row, value_low: 200, value_high: 300, qualifier: "between", vague: false }),
    ).toEqual({
      low: 200,
      high: 300,
      qualifier: "between",
      vagueWords: null,
    });
  });
});
