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

  // An outside review: "… said the NGO" went to the speaker of the sentence before.
  it.each([
    ["“About 1,000 were sent back,” said the NGO.", "the NGO"],
    [
      "“Most were women,” said a source in China, who asked not to be named.",
      "a source in China, who asked not to be named",
    ],
  ])("reads a speaker named by a common noun after 'said' in %j", (sentence, speaker) => {
    expect(attributionIn(sentence)?.attributedTo).toBe(speaker);
  });

  it("does not take what follows 'said' for a speaker unless it names one", () => {
    expect(attributionIn("“About 200,” the source said that night.")?.attributedTo).toBe("the source");
    expect(attributionIn("“About 1,000 were sent back,” said the NGO.")?.kind).toBe("ngo");
  });

  // An outside audit: a quotation in single quotes gave its closing quote as the speaker.
  it.each([
    ["‘We counted 150 people,’ said Lee.", "Lee"],
    ["'Between 200 and 300,' another said.", "another"],
    ["‘Between 200 and 300,’ another official said.", "another official"],
    ["'Were 40 taken?' asked no one, and 'yes,' the source said.", "the source"],
  ])("reads the speaker after a quotation in single quotes in %j", (sentence, speaker) => {
    expect(attributionIn(sentence)?.attributedTo).toBe(speaker);
  });

  it("keeps an apostrophe inside the speaker's words", () => {
    expect(attributionIn("About 40 were held, Daily NK’s source said.")?.attributedTo).toBe(
      "Daily NK’s source",
    );
    expect(attributionIn("About 40 were held, the sources' leader said.")?.attributedTo).toBe(
      "the sources' leader",
    );
  });
});
