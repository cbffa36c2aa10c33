import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compoundModifierAt,
  NUMBER_WORDS,
  narrowDigits,
  readFigure,
  unitAndAHalfAt,
  VAGUE_FLOORS,
} from "./figures.js";

describe("readFigure", () => {
  it.each([
    ["about 200", [200], false, false],
    ["approximately 600", [600], false, false],
    ["between 200 and 300", [200, 300], false, false],
    ["10-15 day", [10, 15], false, false],
    ["15-day", [15], false, false],
    ["about three and a half years", [3.5], false, false],
    ["10–15 days", [10, 15], false, false],
    ["10 to 30", [10, 30], false, false],
    ["About 80%", [80], true, false],
    ["more than 30 percent", [30], true, false],
    ["30 per cent", [30], true, false],
    ["Seven", [7], false, false],
    ["at least 39", [39], false, false],
    ["546", [546], false, false],
    ["1,000", [1000], false, false],
    ["12,345.5", [12345.5], false, false],
    ["3.5 years", [3.5], false, false],
    ["three and a half years", [3.5], false, false],
    ["3 and a half years", [3.5], false, false],
    ["one and a half", [1.5], false, false],
    ["half", [0.5], false, false],
    ["twenty-five", [25], false, false],
    ["Twenty five", [25], false, false],
    ["three hundred", [300], false, false],
    ["three hundred and fifty", [350], false, false],
    ["one hundred fifty", [150], false, false],
    ["a hundred", [100], false, false],
    ["two thousand five hundred", [2500], false, false],
    ["1.5 million", [1_500_000], false, false],
    ["a dozen", [12], false, false],
    ["dozen", [12], false, false],
    ["two dozen", [24], false, false],
    ["seven or eight", [7, 8], false, false],
    ["five five", [5, 5], false, false],
    ["Hundreds", [100], false, true],
    ["dozens", [12], false, true],
    ["dozens of officials", [12], false, true],
    ["thousands", [1000], false, true],
    ["several", [3], false, true],
    ["scores of people", [20], false, true],
    ["several hundred", [300], false, true],
    ["hundreds of thousands", [100_000], false, true],
    ["a couple of hundred", [200], false, true],
    ["A couple hundred", [200], false, true],
    ["a few hundred", [200], false, true],
    ["a few thousand", [2000], false, true],
    // "dozen" is a scale to them too, as to "several" (36): not exactly 12 (a review).
    ["a few dozen", [24], false, true],
    ["a couple of dozen", [24], false, true],
    ["a couple of million", [2_000_000], false, true],
    ["tens of thousands", [10_000], false, true],
    // Thousands grouped as propose finds them, so a proposed figure_text reads back the same.
    ["2\u00A0600", [2600], false, false],
    ["about 2\u202F600", [2600], false, false],
    ["2'600", [2600], false, false],
    ["some 1 200 000", [1_200_000], false, false],
    ["3 100", [3, 100], false, false],
    ["2\u00A060", [2, 60], false, false],
    // A scale word after a range's second end scales the first (an outside review: "between 2
    // and 3 million" was read as 2 to 3,000,000, and the right claim was refused).
    ["between 2 and 3 million", [2_000_000, 3_000_000], false, false],
    ["two to three hundred", [200, 300], false, false],
    ["20 to 30 thousand", [20_000, 30_000], false, false],
    ["2-3 thousand", [2000, 3000], false, false],
    ["between five and six thousand", [5000, 6000], false, false],
    ["2.5 to 3.5 million", [2_500_000, 3_500_000], false, false],
    ["two or three hundred", [200, 300], false, false],
    ["between 5 and 10 dozen", [60, 120], false, false],
    ["between two and three hundred thousand", [200_000, 300_000], false, false],
    ["10 to 15 percent of 2 million", [10, 15, 2_000_000], true, false],
    // Not when the first end has a scale of its own, or is the larger number before the scale.
    ["between 500 and 1 million", [500, 1_000_000], false, false],
    ["between 2 million and 3 million", [2_000_000, 3_000_000], false, false],
    // A hyphen between two ends in words, each with its scale, is a range as "to" is: "two
    // million-three million" read as one number, 5,000,000.
    ["two million-three million", [2_000_000, 3_000_000], false, false],
    ["two million\u2013three million", [2_000_000, 3_000_000], false, false],
    ["two hundred-three hundred", [200, 300], false, false],
    ["two hundred thousand-three hundred thousand", [200_000, 300_000], false, false],
    ["a million-two million", [1_000_000, 2_000_000], false, false],
    // A part below the scale written after a hyphen stays in the number, as it was read.
    ["two million-three hundred", [2_000_300], false, false],
    ["three thousand to four hundred", [3000, 400], false, false],
    ["between 20 and 3 thousand", [20, 3000], false, false],
    // Nor when anything but range words joins them, or either is vague.
    ["2 people and 3 million", [2, 3_000_000], false, false],
    ["dozens to hundreds of thousands", [12, 100_000], false, true],
    ["2 to several hundred", [2, 300], false, true],
  ])("reads %j as %j", (text, values, percent, vague) => {
    expect(readFigure(text)).toEqual({ values, percent, vague });
  });

  it.each([
    [""],
    ["   "],
    ["North Koreans were repatriated"],
    ["a source in China"],
    ["many"],
    ["percent"],
    ["and"],
    ["a few of them"],
    ["a couple of days"],
    ["few"],
  ])("finds no figure in %j", (text) => {
    expect(readFigure(text)).toBeNull();
  });

  it("reads a decimal scaled by a word as the figure its digits write, not a double's product", () => {
    // 4.1 × 1,000,000 is 4,099,999.9999999995 as doubles multiply: no claim of 4,100,000 matched.
    expect(readFigure("4.1 million")?.values).toEqual([4_100_000]);
    expect(readFigure("2.01 thousand")?.values).toEqual([2010]);
    expect(readFigure("between 2.1 and 3 million")?.values).toEqual([2_100_000, 3_000_000]);
    const scales = { hundred: 2, thousand: 3, million: 6, billion: 9 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.stringMatching(/^\d{1,3}$/),
        fc.constantFrom(...(Object.keys(scales) as (keyof typeof scales)[])),
        (whole, fraction, scale) => {
          const digits = `${whole}.${fraction}`;
          // "0.0 hundred" is read as "a hundred" (the word alone): no figure anyone prints.
          fc.pre(Number(digits) > 0);
          expect(readFigure(`${digits} ${scale}`)?.values).toEqual([Number(`${digits}e${scales[scale]}`)]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads an article before a scale word as a number of its own, and a half as scaled", () => {
    // An outside review: "In 2019 a dozen" read as 24,228, "half a million" as 0.5 and 1,000,000.
    for (const [text, values] of [
      ["In 2019 a dozen were caught", [2019, 12]],
      ["Of the 60 a hundred", [60, 100]],
      ["half a million", [500_000]],
      ["half a dozen", [6]],
      ["half dozen", [6]],
      ["one and a half million", [1_500_000]],
      ["a million and a half", [1_500_000]],
      ["a dozen and a half", [18]],
      ["two and a half", [2.5]],
      ["a dozen", [12]],
    ] as const)
      expect(readFigure(text)?.values, text).toEqual(values);
  });

  it("reads every number word on its own as its table value", () => {
    for (const [word, value] of Object.entries(NUMBER_WORDS))
      expect(readFigure(word), word).toEqual({ values: [value], percent: false, vague: false });
  });

  it("reads a figure as printed, passing over characters that print as nothing", () => {
    // A zero-width space, a word joiner, a soft hyphen: "2\u200b00" was read as the range 2-0.
    expect(readFigure("2\u200b00")).toEqual({ values: [200], percent: false, vague: false });
    expect(readFigure("1,\u2060000")).toEqual({ values: [1000], percent: false, vague: false });
    expect(readFigure("hun\u00addreds")).toEqual({ values: [100], percent: false, vague: true });
  });

  it("reads full-width digits and percent signs as the ones they stand for (an outside review)", () => {
    expect(readFigure("５４６")).toEqual(readFigure("546"));
    expect(readFigure("about ３０％")).toEqual(readFigure("about 30%"));
    expect(readFigure("１，２００")?.values).toEqual([1200]);
    expect(readFigure("３．５")?.values).toEqual([3.5]);
    // Arabic-Indic and Persian digits likewise (an outside review: "٣٠٠" "stated no figure").
    expect(readFigure("٣٠٠")?.values).toEqual([300]);
    expect(readFigure("about ۳۰۰")).toEqual(readFigure("about 300"));
    expect(narrowDigits("held ٣٠٠ people")).toBe("held 300 people");
    // With their separators and percent sign (a review: "١٬٢٠٠" read as 1 and 200).
    expect(readFigure("١٬٢٠٠")?.values).toEqual([1200]);
    expect(readFigure("۱۲٫۵ years")?.values).toEqual([12.5]);
    expect(readFigure("٣٠٪")).toEqual({ values: [30], percent: true, vague: false });
  });

  it("reads a fraction that ends as a decimal as that decimal (an outside review)", () => {
    expect(readFigure("about 3½ years")?.values).toEqual([3.5]);
    expect(readFigure("3½ thousand")?.values).toEqual([3500]);
    expect(readFigure("¾")?.values).toEqual([0.75]);
    expect(readFigure("about 3 1/2 years")?.values).toEqual([3.5]);
    expect(readFigure("2 3⁄4")?.values).toEqual([2.75]);
    expect(readFigure("Fewer than 3½ thousand")?.values).toEqual([3500]);
    // Not a fraction of a whole: left as the numbers it prints.
    expect(readFigure("10 5/4")?.values).toEqual([10, 5, 4]);
    expect(readFigure("3 1/3")?.values).toEqual([3, 1, 3]);
    // A year or a number beside a fraction is no whole number of it (a review of this reading).
    expect(readFigure("In 2023 ½ of them")?.values).toEqual([2023, 0.5]);
    expect(readFigure("In 2023 1/4 of them")?.values).toEqual([2023, 1, 4]);
    // A date written with slashes is no fraction.
    expect(readFigure("3 1/2/2023")?.values).not.toContain(3.5);
    // A space before the character, as some type it (an outside review: read as 3 and 0.5).
    expect(readFigure("3 ½ years")?.values).toEqual([3.5]);
    expect(readFigure("about 12\u00a0½")?.values).toEqual([12.5]);
    expect(readFigure("3 2½")?.values).toEqual([3, 2.5]);
    expect(readFigure("1,000 ½")?.values).toEqual([1000, 0.5]);
    // The last group of a number grouped by spaces is no whole number of a fraction (a review).
    expect(readFigure("Some 1 000 000 ½")?.values).toEqual([1_000_000, 0.5]);
    expect(readFigure("1 000 000 1/2")?.values).toEqual([1_000_000, 1, 2]);
  });

  it("reads a half after a unit of time as half of that unit (an outside review)", () => {
    expect(readFigure("a year and a half")?.values).toEqual([1.5]);
    expect(readFigure("three years and a half")?.values).toEqual([3.5]);
    expect(readFigure("about 10 days and half")?.values).toEqual([10.5]);
    // After a hundred or a scale word too (a review: the half was dropped).
    expect(readFigure("one hundred years and a half")?.values).toEqual([100.5]);
    expect(readFigure("100 years and a half")?.values).toEqual([100.5]);
    // Without the half, the unit ends the number: "twenty years five" is not 25.
    expect(readFigure("twenty years five")?.values).toEqual([20, 5]);
    expect(readFigure("a year")).toBeNull();
    expect(readFigure("three years and a half ago, 200 people")?.values).toEqual([3.5, 200]);
  });

  it('reads two ends in words joined by "and", each with its scale, as a range', () => {
    for (const [text, values] of [
      ["between two million and three million", [2_000_000, 3_000_000]],
      ["Between a million and two million", [1_000_000, 2_000_000]],
      ["between two hundred and three hundred", [200, 300]],
      ["between two thousand and three thousand", [2000, 3000]],
      // Below the scale before it, the words after "and" go on with the number.
      ["two million and three hundred thousand", [2_300_000]],
      ["three hundred and fifty", [350]],
      ["two million and three", [2_000_003]],
      ["one thousand two hundred and fifty", [1250]],
    ] as const)
      expect(readFigure(text)?.values, text).toEqual(values);
  });

  it("reads a half hyphened to what it adds to as it reads the words apart", () => {
    // "a year-and-a-half" read as 0.5 and "three-and-a-half years" as 3 and 0.5, a range.
    for (const [text, value] of [
      ["a year-and-a-half", 1.5],
      ["an hour\u2010and\u2010a\u2010half", 1.5],
      ["three-and-a-half years", 3.5],
      ["three years-and-a-half", 3.5],
      ["a one-and-a-half-year sentence", 1.5],
      ["one-and-half million", 1_500_000],
      ["a dozen-and-a-half", 18],
      // "half-a-dozen" read as 0.5 and 12.
      ["half-a-dozen", 6],
      ["half‑an‑million", 500_000],
    ] as const)
      expect(readFigure(text)?.values, text).toEqual([value]);
  });

  it("reads a scale word hyphened to the word after it both ways: multiplying the number, or part of that modifier", () => {
    // "200 million-dollar homes" may be 200 homes of a million dollars each, or a 200
    // million-dollar budget: the million scaled the 200 alone, and "200" was refused.
    for (const [text, values, apart] of [
      ["200 million-dollar homes", [200_000_000], [200]],
      ["300 million-year-old fossils", [300_000_000], [300]],
      ["50 thousand-strong crowds", [50_000], [50]],
      ["two hundred-year-old houses", [200], [2]],
      ["three dozen-egg crates", [36], [3]],
      ["several million-dollar homes", [3_000_000], [3]],
      ["between 200 and 300 million-dollar homes", [200_000_000, 300_000_000], [200, 300]],
      ["200 million‐dollar homes", [200_000_000], [200]],
      ["200 million\u2011dollar homes", [200_000_000], [200]],
      ["the 200 million-dollar homes", [200_000_000], [200]],
      ["2-3 million-dollar homes", [2_000_000, 3_000_000], [2, 3]],
      // Two figures, no range: the second is read apart on its own.
      ["in 2019, 200 million-dollar homes", [2019, 200_000_000], [2019, 200]],
    ] as const)
      expect(readFigure(text), text).toMatchObject({ values, apart });
    // One way only: no hyphen, a cue or a number word after it, a number that counts nothing
    // whole, no number before it, an abbreviation.
    for (const [text, values] of [
      ["200 million people", [200_000_000]],
      ["200 million - dollar homes", [200_000_000]],
      ["200 million-plus", [200_000_000]],
      ["40 thousand-odd", [40_000]],
      ["two million-three", [2_000_003]],
      ["1.5 million-strong", [1_500_000]],
      ["a million-dollar home", [1_000_000]],
      ["a hundred-year-old tree", [100]],
      ["$2bn-a-year budget", [2_000_000_000]],
      // Only a hyphen joins a compound modifier: a dash parts two clauses (an outside review).
      ["200 million\u2014more than ever", [200_000_000]],
      ["200 million\u2013dollar homes", [200_000_000]],
      ["200 million\u2015dollar homes", [200_000_000]],
      ["200 million\u2212dollar homes", [200_000_000]],
      // A rate after the scale word heads no modifier.
      ["$200 million-a-year", [200_000_000]],
      ["200 million-a-day", [200_000_000]],
      ["200 million-per-year budgets", [200_000_000]],
      // An article before the number counts one thing: "a 200 homes" is not English.
      ["a 200 million-dollar budget", [200_000_000]],
      ["a 200 million-strong army", [200_000_000]],
      ["an 80 million-dollar deal", [80_000_000]],
      // A range split at its last end only, or with its ends out of order, is no reading.
      ["between 2 million and 3 million-dollar homes", [2_000_000, 3_000_000]],
      ["between 500 and 1 million-dollar homes", [500, 1_000_000]],
    ] as const) {
      const reading = readFigure(text);
      expect(reading?.values, text).toEqual(values);
      expect(reading, text).not.toHaveProperty("apart");
    }
  });

  it("reads digits hyphened to a scale word as one number, which reads one way only", () => {
    // "a 200-million-dollar budget" was the range 200 to 1,000,000: a range's dash has a number after it.
    for (const [text, values] of [
      ["a 200-million-dollar budget", [200_000_000]],
      ["a 2-million-person city", [2_000_000]],
      ["a 10‑million-strong army", [10_000_000]],
      ["two-million-dollar homes", [2_000_000]],
      ["2-dozen", [24]],
    ] as const) {
      const reading = readFigure(text);
      expect(reading?.values, text).toEqual(values);
      expect(reading, text).not.toHaveProperty("apart");
    }
    expect(readFigure("2-3 million")?.values).toEqual([2_000_000, 3_000_000]);
    expect(readFigure("10-15")?.values).toEqual([10, 15]);
    expect(readFigure("200 - million")?.values).toEqual([200, 1_000_000]);
  });

  it("finds a compound modifier a scale word heads only after a whole number, and says where it ends", () => {
    const text = "200 million-year-old fossils";
    expect(compoundModifierAt(text, "200 million".length, 200)).toBe(text.length - " fossils".length);
    expect(compoundModifierAt(text, "200 million".length, 2.5)).toBe(-1);
    expect(compoundModifierAt("200 million people", "200 million".length, 200)).toBe(-1);
    expect(compoundModifierAt("200 million-plus", "200 million".length, 200)).toBe(-1);
    expect(compoundModifierAt("200 million-five", "200 million".length, 200)).toBe(-1);
    expect(compoundModifierAt("200 million-dozens", "200 million".length, 200)).toBe(-1);
    expect(compoundModifierAt("200 million\u2014more", "200 million".length, 200)).toBe(-1);
    expect(compoundModifierAt("200 million\u2011dollar", "200 million".length, 200)).toBe(
      "200 million-dollar".length,
    );
    expect(compoundModifierAt("200 million-a-year", "200 million".length, 200)).toBe(-1);
  });

  it("finds where a unit of time and a half after its article ends, the reading propose shares", () => {
    const at = (text: string, k = 0) => {
      const words = text.split(" ");
      return unitAndAHalfAt((i) => words[i], k);
    };
    expect(at("a year and a half")).toBe(4);
    expect(at("an hour and half")).toBe(3);
    expect(at("for a day and a half", 1)).toBe(5);
    expect(at("a year and a month")).toBe(-1);
    expect(at("a dozen and a half")).toBe(-1);
    expect(at("one year and a half")).toBe(-1);
    expect(readFigure("an hour and a half")?.values).toEqual([1.5]);
    expect(readFigure("about a day and half")?.values).toEqual([1.5]);
  });

  it("reads a scale abbreviated after digits as the word it stands for", () => {
    expect(readFigure("2m")?.values).toEqual([2_000_000]);
    expect(readFigure("2M")?.values).toEqual([2_000_000]);
    expect(readFigure("$2bn")?.values).toEqual([2_000_000_000]);
    expect(readFigure("about 200 mln")?.values).toEqual([200_000_000]);
    expect(readFigure("1.5mn")?.values).toEqual([1_500_000]);
    expect(readFigure("4.1m")?.values).toEqual([4_100_000]);
    expect(readFigure("10k")?.values).toEqual([10_000]);
    expect(readFigure("3 bln")?.values).toEqual([3_000_000_000]);
    expect(readFigure("2-3m")?.values).toEqual([2_000_000, 3_000_000]);
    expect(readFigure("between 2m and 3m")?.values).toEqual([2_000_000, 3_000_000]);
    // A single letter a space parts from the digits may be anything ("2 m" of a wall), and a
    // longer unit is no abbreviation.
    expect(readFigure("2 m")?.values).toEqual([2]);
    expect(readFigure("2 k")?.values).toEqual([2]);
    expect(readFigure("5km")?.values).toEqual([5]);
    expect(readFigure("9am")?.values).toEqual([9]);
    // Only after digits: a word alone is no figure.
    expect(readFigure("bn")).toBeNull();
  });

  it("reads every vague word as its floor and marks it vague", () => {
    for (const [word, floor] of Object.entries(VAGUE_FLOORS))
      expect(readFigure(word), word).toEqual({ values: [floor], percent: false, vague: true });
  });
});
