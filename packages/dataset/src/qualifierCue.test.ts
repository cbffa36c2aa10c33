import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualifierCue } from "./qualifierCue.js";

const settled = (text: string) => {
  const cue = qualifierCue(text);
  return cue.kind === "settled" ? cue.qualifier : cue.kind;
};

describe("qualifierCue", () => {
  it.each([
    ["about 200", "about"],
    ["About 80%", "about"],
    ["approximately 600", "about"],
    ["around 50", "about"],
    ["some 2,600", "about"],
    ["2\u00A0600", "exact"],
    ["approx. 1 200 000", "about"],
    ["nearly 40", "about"],
    ["roughly a dozen", "about"],
    ["about three and a half years", "about"],
    ["at least 39", "at_least"],
    ["no fewer than 12", "at_least"],
    ["more than 30 percent", "more_than"],
    ["over 100", "more_than"],
    ["up to 30", "at_most"],
    ["at most 5", "at_most"],
    ["no more than 5", "at_most"],
    // A bound said "not" past (an outside review: "not over 200" read as more than 200).
    ["not over 200", "at_most"],
    ["not above 200", "at_most"],
    ["not exceeding 200", "at_most"],
    ["not under 20", "at_least"],
    ["not below 20", "at_least"],
    ["not fewer than 20", "at_least"],
    ["fewer than 10", "fewer_than"],
    ["less than half", "fewer_than"],
    // A share in words is one figure: "one in five" is not the range 1 to 5.
    ["one in five", "exact"],
    ["nearly one in ten", "about"],
    ["Half", "exact"],
    ["under 20", "fewer_than"],
    ["between 200 and 300", "between"],
    ["from 10 to 30", "between"],
    ["10 to 30", "between"],
    ["10-15 day", "between"],
    ["200–300", "between"],
    ["two million-three million", "between"],
    ["Hundreds", "at_least"],
    ["dozens", "at_least"],
    ["546", "exact"],
    ["Seven", "exact"],
    ["15-day", "exact"],
    // A half hyphened to its number is part of it: read as 3 and 0.5, this was a range.
    ["three-and-a-half years", "exact"],
    // An outside review: each of these was read as a bare figure, and its right qualifier an error.
    ["200 or more", "at_least"],
    ["200+", "at_least"],
    ["200-plus", "at_least"],
    ["40-odd", "at_least"],
    ["as many as 40", "at_most"],
    // "odd" apart from the figure is no bound.
    ["40 odd", "exact"],
    ["40 thousand odd", "exact"],
    // Hyphened to a number word or a scale word as to digits: "a little more than" (read exact).
    ["40 thousand-odd", "at_least"],
    ["a dozen-odd", "at_least"],
    ["twenty-odd", "at_least"],
    ["a hundred\u2010odd", "at_least"],
    ["200m-odd", "at_least"],
    ["200 mln-odd", "at_least"],
    // No number before its hyphen: no bound ("half" is no count either).
    ["half-odd", "exact"],
    ["500 and over", "at_least"],
    ["one or more", "at_least"],
    ["50 or fewer", "at_most"],
    ["100 or less", "at_most"],
    ["~200", "about"],
    ["200 or so", "about"],
  ])("reads %j as %s", (text, qualifier) => {
    expect(settled(text)).toBe(qualifier);
  });

  it("calls words that name two qualifiers, or two figures without a range word, ambiguous", () => {
    expect(qualifierCue("about 10 to 15")).toMatchObject({
      kind: "ambiguous",
      candidates: ["between", "about"],
    });
    expect(qualifierCue("up to 30 or more than 40")).toMatchObject({ kind: "ambiguous" });
    expect(qualifierCue("two or three")).toMatchObject({ kind: "ambiguous", candidates: ["between"] });
    expect(qualifierCue("1, 2, 3")).toMatchObject({ kind: "ambiguous" });
  });

  it("reads no qualifier where no figure is stated", () => {
    expect(qualifierCue("many")).toEqual({ kind: "none" });
    expect(qualifierCue("")).toEqual({ kind: "none" });
  });

  it("reads the words as printed, passing over characters that print as nothing", () => {
    expect(qualifierCue("ab\u00adout 200")).toMatchObject({ kind: "settled", qualifier: "about" });
    expect(qualifierCue("at least 2\u200b00")).toMatchObject({ kind: "settled", qualifier: "at_least" });
  });

  it("does not read 'no more than' as 'more than' too", () => {
    expect(qualifierCue("no more than 5")).toMatchObject({ kind: "settled", qualifier: "at_most" });
  });

  it("answers any text without throwing, and a settled answer names a qualifier", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const cue = qualifierCue(text);
        expect(["settled", "ambiguous", "none"]).toContain(cue.kind);
        if (cue.kind === "settled") expect(cue.why.length).toBeGreaterThan(0);
      }),
    );
  });
});
