import { describe, expect, it, vi } from "vitest";

// readFigure as findFigures calls it, to count how often each text is read.
vi.mock("../figures.js", async (importOriginal) => {
  const figures = await importOriginal<typeof import("../figures.js")>();
  return { ...figures, readFigure: vi.fn(figures.readFigure) };
});

const { readFigure } = await import("../figures.js");
const { findFigures } = await import("./findFigures.js");

describe("findFigures", () => {
  it("reads each stretch of a sentence once", () => {
    // modifierAfter read the figure again that extent and figuresIn had read, and extent read the
    // figure so far again at each step.
    for (const sentence of [
      "They built 200 million-dollar homes.",
      "Police seized between 2 million and 3 million-dollar homes.",
      "About three hundred and fifty people were sent back in two groups of 10-15.",
      "He was held for a year and a half to two years.",
    ]) {
      vi.mocked(readFigure).mockClear();
      const found = findFigures(sentence).figures;
      expect(found.length, sentence).toBeGreaterThan(0);
      const texts = vi.mocked(readFigure).mock.calls.map(([text]) => text);
      expect(
        texts.filter((text, k) => texts.indexOf(text) !== k),
        sentence,
      ).toEqual([]);
    }
  });
});
