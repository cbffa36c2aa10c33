import { VAGUE_FLOORS } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { vagueReading } from "./vagueReading.js";

describe("vagueReading", () => {
  it("explains 'Hundreds' as at least the floor the dataset reads it as", () => {
    expect(vagueReading({ vague: true, figure_text: "Hundreds", value_low: 100 })).toBe(
      "“Hundreds” → at least 100, the conservative reading: the least “hundreds” can mean.",
    );
  });

  it("takes every floor from @tally/dataset's VAGUE_FLOORS", () => {
    for (const [word, floor] of Object.entries(VAGUE_FLOORS))
      expect(vagueReading({ vague: true, figure_text: word, value_low: floor })).toContain(
        `at least ${floor.toLocaleString("en-US")},`,
      );
  });

  it("multiplies a scale word as the dataset does ('several hundred' is at least 300)", () => {
    expect(vagueReading({ vague: true, figure_text: "several hundred", value_low: 300 })).toContain(
      "at least 300,",
    );
  });

  it("names 'a couple of hundred' by its words, scale included, as the dataset reads it", () => {
    expect(vagueReading({ vague: true, figure_text: "A couple of hundred", value_low: 200 })).toBe(
      "“A couple of hundred” → at least 200, the conservative reading: the least “couple of hundred” can mean.",
    );
    expect(vagueReading({ vague: true, figure_text: "a few thousand", value_low: 2000 })).toBe(
      "“a few thousand” → at least 2,000, the conservative reading: the least “few thousand” can mean.",
    );
    expect(vagueReading({ vague: true, figure_text: "a few hundred thousand", value_low: 200_000 })).toBe(
      "“a few hundred thousand” → at least 200,000, the conservative reading: the least “few hundred thousand” can mean.",
    );
  });

  it("names a recorded floor that differs from the word's", () => {
    expect(vagueReading({ vague: true, figure_text: "dozens", value_low: 20 })).toBe(
      "“dozens” → at least 12, the conservative reading: the least “dozens” can mean; this claim records at least 20.",
    );
  });

  it("is null for a claim that is not vague, and says so plainly when no vague word is found", () => {
    expect(vagueReading({ vague: false, figure_text: "Hundreds", value_low: 100 })).toBeNull();
    expect(vagueReading({ vague: true, figure_text: "a large number", value_low: 50 })).toBe(
      "“a large number” states no exact figure; the claim records at least 50.",
    );
  });

  it("explains 'some' and 'most' alone by their published bounds", () => {
    expect(vagueReading({ vague: true, figure_text: "some", value_low: 1 })).toBe(
      "“some” → at least 1, the conservative reading: the least “some” can mean.",
    );
    expect(vagueReading({ vague: true, figure_text: "most", value_low: 50 })).toBe(
      "“most” → more than 50%, the conservative reading: the least “most” can mean.",
    );
  });
});
