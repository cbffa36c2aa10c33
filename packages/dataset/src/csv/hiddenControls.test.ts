import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasHiddenControls, hiddenControlsText } from "./hiddenControls.js";

// Each hidden character beside its clean neighbours: the bytes just below and above every range,
// and characters sharing a lead byte with one (curly quotes, a narrow no-break space, Korean).
const HIDDEN = [
  "\u0000",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u000e",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0080",
  "\u0085",
  "\u009f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
];
const CLEAN = [
  "a",
  " ",
  "~",
  "\t",
  "\n",
  "\r",
  "\u00a0",
  "\u00e9",
  "\u2018",
  "\u201c",
  "\u2029",
  "\u2028",
  "\u202f",
  "\u2065",
  "\u206a",
  "\u200b",
  "\u200e",
  "\ud55c",
  "\ud83d\ude00",
  "\ufeff",
];

const utf8 = (text: string, offset: number) => {
  // Copied in at `offset` into a larger buffer, so that the words read four bytes at a time start
  // at every alignment.
  const encoded = new TextEncoder().encode(text);
  const buffer = new Uint8Array(offset + encoded.length + 3).fill(0x61);
  buffer.set(encoded, offset);
  return buffer.subarray(offset, offset + encoded.length);
};

describe("hasHiddenControls", () => {
  it("finds exactly the characters hiddenControlsText reports, wherever they fall in a word", () => {
    const char = fc.constantFrom(...HIDDEN, ...CLEAN);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), fc.nat(7), (chars, offset) => {
        const text = chars.join("");
        expect(hasHiddenControls(utf8(text, offset))).toBe(hiddenControlsText("notes", text) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds each hidden character alone, at the end of a long clean run, and passes each clean one", () => {
    const run = "x".repeat(37);
    for (const c of HIDDEN) expect(hasHiddenControls(utf8(`${run}${c}`, 1)), JSON.stringify(c)).toBe(true);
    for (const c of CLEAN)
      expect(hasHiddenControls(utf8(`${run}${c}${run}`, 2)), JSON.stringify(c)).toBe(false);
  });
});

describe("hiddenControlsText", () => {
  it("names the first character, its kind and how many more there are", () => {
    expect(hiddenControlsText("notes", "see\u001b[2J")).toBe(
      "notes holds U+001B (ESC), a control character, which does not print: remove it",
    );
    expect(hiddenControlsText("quote", "were \u202esent back\u202c")).toBe(
      "quote holds U+202E (RIGHT-TO-LEFT OVERRIDE), a bidirectional control, which shows the text around it in another order than it is stored, and 1 more such character: remove them",
    );
    expect(hiddenControlsText("title", "a\u0003b\u0003c\u0003")).toBe(
      "title holds U+0003, a control character, which does not print, and 2 more such characters: remove them",
    );
  });

  it("leaves tabs, line ends and marks that carry meaning alone", () => {
    expect(hiddenControlsText("notes", "a\tb\nc\r\nd \u200e\u200d\u00a0\ud55c")).toBeUndefined();
  });
});
