import { describe, expect, it } from "vitest";
import { readFigure, VAGUE_ALONE, vagueAlone } from "./figures.js";
import { qualifierCue } from "./qualifierCue.js";

describe("words that stand alone for a quantity", () => {
  it("reads 'some' alone as at least one, and 'most' alone as a share of more than half", () => {
    expect(readFigure("some")).toEqual({ values: [1], percent: false, vague: true });
    expect(readFigure(" Most ")).toEqual({ values: [50], percent: true, vague: true });
    expect(qualifierCue("some")).toMatchObject({ kind: "settled", qualifier: "at_least" });
    expect(qualifierCue("Most")).toMatchObject({ kind: "settled", qualifier: "more_than" });
  });

  it("leaves 'some' before a figure a softener, and 'most' in running text no figure", () => {
    expect(readFigure("some 200")).toEqual({ values: [200], percent: false, vague: false });
    expect(qualifierCue("some 200")).toMatchObject({ kind: "settled", qualifier: "about" });
    expect(readFigure("the most severe")).toBeNull();
    expect(readFigure("most of them")).toBeNull();
    expect(vagueAlone("some have died")).toBeUndefined();
  });

  it("publishes each word's bound, qualifier and whether it is a share", () => {
    expect(VAGUE_ALONE).toEqual({
      some: { value: 1, percent: false, qualifier: "at_least" },
      most: { value: 50, percent: true, qualifier: "more_than" },
    });
    // Not an inherited property of a plain object.
    expect(vagueAlone("constructor")).toBeUndefined();
  });
});
