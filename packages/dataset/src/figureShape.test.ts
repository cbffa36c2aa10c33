import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFigure } from "./figures.js";
import { cueShape, qualifierCue } from "./qualifierCue.js";

// The qualifier rule reads one figure_text per shape and gives its cue to every text of that shape: that is
// only sound if a text and its shape always read alike. An outside review found "2'600",
// "7\u00A0000" and "1 200 000" read as two or three figures through their shapes (but as one by
// `readFigure`, propose and provenance), so propose's own rows drew warnings.

const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
const group = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
const SEPARATORS = [",", "\u00A0", "\u2009", "\u202F", "'", "\u2019", " "];

/** A number as reports print them: plain, with decimals, grouped by any separator (or badly). */
const number = fc.oneof(
  digits(0, 99_999),
  fc.tuple(digits(0, 999), digits(0, 99)).map(([a, b]) => `${a}.${b}`),
  digits(0, 99).map((b) => `.${b}`),
  fc
    .tuple(digits(1, 999), fc.constantFrom(...SEPARATORS), fc.array(group, { minLength: 1, maxLength: 3 }))
    .map(([head, sep, groups]) => [head, ...groups].join(sep)),
  // Groups of the wrong size: "10,20", "1 20 000".
  fc
    .tuple(
      digits(1, 99),
      fc.constantFrom(...SEPARATORS),
      fc.array(digits(0, 99), { minLength: 1, maxLength: 2 }),
    )
    .map(([head, sep, groups]) => [head, ...groups].join(sep)),
);

const word = fc.constantFrom(
  "about",
  "at least",
  "up to",
  "more than",
  "fewer than",
  "between",
  "and",
  "to",
  "from",
  "or",
  "or more",
  "or so",
  "plus",
  "hundred",
  "thousand",
  "dozens",
  "several",
  "some",
  "people",
  "percent",
  "%",
  "+",
  "~",
  "-",
  "\u2013",
  ",",
  ".",
  // Fractions and scale abbreviations, which readFigure reads with the number before them.
  "1/2",
  "3/4",
  "1/3",
  "/",
  "\u2044",
  "½",
  "¾",
  "m",
  "bn",
  "mln",
  "in",
  "out of",
);

const figureText = fc
  .array(fc.oneof(number, word), { minLength: 1, maxLength: 6 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "", "\u00A0"), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => (i === 0 ? p : `${gaps[i]}${p}`)).join("")),
  );

describe("cueShape", () => {
  it("reads grouped thousands as one figure, as readFigure does", () => {
    for (const text of [
      "2'600",
      "7\u00A0000",
      "2\u202F600",
      "1 200 000",
      "about 2\u2019600",
      "1,487",
      // Characters that print as nothing, passed over as readFigure passes over them.
      "1,\u2060000",
      "about 2\u200b00",
      // Fractions that end as a decimal: "3 1/2" shaped digit by digit read as three figures.
      "3 1/2 years",
      "about 2 1/4",
      "3½ years",
    ]) {
      expect(readFigure(text)?.values, text).toHaveLength(1);
      expect(qualifierCue(cueShape(text)), text).toEqual(qualifierCue(text));
    }
  });

  it("shapes a fraction that ends as a decimal as that decimal, and keeps a share as it is", () => {
    // Shaped digit by digit, "3 1/2" was "1 1/1", three figures.
    expect(cueShape("3 1/2 years")).toBe("1.1 years");
    expect(cueShape("about 1,234")).toBe(cueShape("about 5,678"));
    // A share's numbers decide whether it is one: "1/1" and "1 in 1" would read otherwise.
    expect(cueShape("1/3")).toBe("1/3");
    expect(cueShape("5 in 1")).toBe("5 in 1");
  });

  it("reads a range of mixed fractions as two figures, as readFigure does (an outside review)", () => {
    const text = "between 2 1/2 and 3 1/2 years";
    expect(readFigure(text)?.values).toEqual([2.5, 3.5]);
    expect(qualifierCue(cueShape(text))).toEqual(qualifierCue(text));
    expect(qualifierCue(cueShape(text))).toMatchObject({ kind: "settled", qualifier: "between" });
  });

  it("gives every figure_text the cue its own words give it", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        expect(qualifierCue(cueShape(text))).toEqual(qualifierCue(text));
      }),
      { numRuns: 3000 },
    );
  });
});
