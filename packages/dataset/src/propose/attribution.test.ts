import { describe, expect, it } from "vitest";
import { attributionIn } from "./attribution.js";

describe("attributionIn", () => {
  it.each([
    ["“About 50 were taken,” said Mr. Lee, a pastor in Yanji.", "Mr. Lee, a pastor in Yanji"],
    ["Some 300 are held in Tumen, according to the U.S. State Department.", "the U.S. State Department"],
    ["At least 20 died, according to Dr. Park.", "Dr. Park"],
    ["“They were sent back,” said Kim J. Lee of the group.", "Kim J. Lee of the group"],
  ])("reads the speaker of %j past the dots of abbreviations and initials", (sentence, speaker) => {
    expect(attributionIn(sentence)?.attributedTo).toBe(speaker);
  });
});
