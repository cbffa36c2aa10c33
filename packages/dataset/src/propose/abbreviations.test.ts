import { describe, expect, it } from "vitest";
import { endsInAbbreviation } from "./abbreviations.js";

const atLastDot = (text: string) => endsInAbbreviation(text, text.lastIndexOf("."));

describe("endsInAbbreviation", () => {
  it("does not take the end of a longer word, cut by the few characters it reads, for an abbreviation", () => {
    expect(atLastDot("the Ab....U.S.")).toBe(false);
  });
});
