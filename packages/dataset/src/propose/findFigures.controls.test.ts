import { describe, expect, it } from "vitest";
import { findFigures } from "./findFigures.js";

const figuresIn = (sentence: string) => findFigures(sentence).figures.map((f) => [f.figureText, f.start]);
const skippedIn = (sentence: string) => findFigures(sentence).skipped.map((s) => [s.text, s.why]);

// An outside audit: escape sequences and bidirectional controls went into the quotes, and the 0 of
// "ESC ]0;" (a terminal's title) was proposed as a figure.
describe("findFigures reads a sentence as a terminal shows it", () => {
  it("reads no digit of an escape sequence as a figure", () => {
    expect(figuresIn("About 200 people\x1b]0;x\x07 were sent back.")).toEqual([["About 200", 0]]);
    expect(figuresIn("\x1b]2;300 people held\x07Police held 40 people.")).toEqual([["40", 32]]);
    expect(figuresIn("Police held 40 people.\x1b[38;5;196m")).toEqual([["40", 12]]);
    expect(figuresIn("Police held 40\x9b12;5H people.")).toEqual([["40", 12]]);
    expect(figuresIn("Police held 40 people\x1b]0;title left open 300")).toEqual([["40", 12]]);
  });

  it("reads a figure an escape sequence colours as it shows, at its place in the sentence", () => {
    // "31m300" was read as a number inside a name, and the figure lost.
    const sentence = "Police said \x1b[31m300\x1b[0m people were held.";
    expect(figuresIn(sentence)).toEqual([["300", sentence.indexOf("300")]]);
    expect(figuresIn("\x1b[1mAbout 200\x1b[0m people were held.")).toEqual([["About 200", 4]]);
  });

  it("passes over a figure a control cuts into: no cell may hold one, and without it the words are not the text's", () => {
    expect(figuresIn("About 2\x1b[1m00 people were held.")).toEqual([]);
    expect(skippedIn("About 2\x1b[1m00 people were held.")).toEqual([
      ["About 200", "a control character or escape sequence inside it"],
    ]);
    expect(figuresIn("Police held between 200\x07 and 300 people, and 40 more.")).toEqual([
      ["40", "Police held between 200\x07 and 300 people, and ".length],
    ]);
    // A bidirectional control inside a number was read past, as a character that prints as nothing.
    expect(figuresIn("Police held 2\u202a00 people.")).toEqual([]);
  });

  it("passes over what an override shows in another order than it is stored", () => {
    // "\u202e002\u202c" shows as 200, and was proposed as 002.
    expect(figuresIn("Police held \u202e002\u202c people.")).toEqual([]);
    expect(figuresIn("\u202dPolice held 40 people.")).toEqual([]);
    // An isolate or embedding keeps the order of what it holds: read, between its marks.
    expect(figuresIn("Police held \u2066200\u2069 people.")).toEqual([["200", 13]]);
  });

  it("reads a sentence without controls as before", () => {
    expect(figuresIn("About 200 people were sent back.")).toEqual([["About 200", 0]]);
    expect(figuresIn("About 2\u200b00 people were sent back.")).toEqual([["About 2\u200b00", 0]]);
  });
});
