import { describe, expect, it } from "vitest";
import { fractionOf } from "./fractions.js";

describe("fractionOf", () => {
  it.each([
    ["Half", 1 / 2],
    ["a half", 1 / 2],
    ["more than half", 1 / 2],
    ["nearly half", 1 / 2],
    ["a third", 1 / 3],
    ["two thirds", 2 / 3],
    ["two-thirds", 2 / 3],
    ["two\u2010thirds", 2 / 3],
    ["three quarters", 3 / 4],
    ["one in five", 1 / 5],
    ["1 in 5", 1 / 5],
    ["nine out of ten", 9 / 10],
    ["at least one in four", 1 / 4],
    ["1/2", 1 / 2],
    ["2 / 3", 2 / 3],
    ["3\u20444", 3 / 4],
    ["more than 1/2", 1 / 2],
    ["½", 1 / 2],
    ["about ⅓", 1 / 3],
    ["nearly ⅔", 2 / 3],
    ["⅞", 7 / 8],
  ])("reads %j as the share %d", (text, share) => {
    expect(fractionOf(text)).toBeCloseTo(share, 12);
  });

  it.each([
    "200",
    "about 200",
    "half a million",
    "three and a half",
    "two halves",
    "five thirds",
    "six in five",
    "zero in ten",
    "hundreds",
    "a third of",
    "",
    "3/2",
    "0/5",
    "1/2/3",
    "1/200",
    "3½",
    "½ million",
    "constructor",
  ])("reads %j as no share", (text) => {
    expect(fractionOf(text)).toBeUndefined();
  });
});
