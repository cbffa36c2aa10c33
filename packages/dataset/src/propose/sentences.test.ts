import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const texts = (source: string) => splitSentences(source).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence at a stop before a capital, a digit or an opening quote, and at a line break", () => {
    expect(texts("About 200 were sent. Police said so.\n“Nobody knows,” he said. 60 more were held")).toEqual(
      ["About 200 were sent.", "Police said so.", "“Nobody knows,” he said.", "60 more were held"],
    );
  });

  it("does not end a sentence after an abbreviation or an initial", () => {
    expect(
      texts("They were sent back at around 8 PM on Oct. 9. The U.S. Special Envoy spoke. Kim J. Lee came."),
    ).toEqual([
      "They were sent back at around 8 PM on Oct. 9.",
      "The U.S. Special Envoy spoke.",
      "Kim J. Lee came.",
    ]);
  });

  it("does not end a sentence after a page, paragraph or volume abbreviation", () => {
    // An outside audit: "See p. 14: 80 defectors" was cut at "p.", and its quote began at "14".
    expect(texts("See p. 14: 80 were held. Then pp. 3-4 and para. 7 and vol. 2 say more.")).toEqual([
      "See p. 14: 80 were held.",
      "Then pp. 3-4 and para. 7 and vol. 2 say more.",
    ]);
  });

  it("keeps a quotation's closing mark and the speaker after it in one sentence", () => {
    expect(texts("“About 80% of them were women,” the source said. Next one.")).toEqual([
      "“About 80% of them were women,” the source said.",
      "Next one.",
    ]);
    expect(texts("He said “they left.” Then more came.")).toEqual([
      "He said “they left.”",
      "Then more came.",
    ]);
  });

  it("reads a hard-wrapped sentence as one, its line breaks kept", () => {
    expect(
      texts("Police detained between 30 and\n40 North Korean women. Of them, about\n15 were released."),
    ).toEqual([
      "Police detained between 30 and\n40 North Korean women.",
      "Of them, about\n15 were released.",
    ]);
    // Wrapped where the next line goes on in lower case; CRLF line ends are read the same.
    expect(texts("a source in Jilin Province\r\ntold Daily NK. Next one.")).toEqual([
      "a source in Jilin Province\r\ntold Daily NK.",
      "Next one.",
    ]);
  });

  it("keeps a headline, a finished line and a paragraph apart from what follows", () => {
    expect(texts("China Repatriates 600 North Koreans\nBeijing sent them back.")).toEqual([
      "China Repatriates 600 North Koreans",
      "Beijing sent them back.",
    ]);
    // A title-case headline may end in a word a sentence cannot: only lower case is read as a wrap.
    expect(texts("Police Round Up\n40 were held.")).toEqual(["Police Round Up", "40 were held."]);
    expect(texts("They were held:\nabout 40 of them.")).toEqual(["They were held:", "about 40 of them."]);
    expect(texts("They were held between 30 and\n\n40 were freed.")).toEqual([
      "They were held between 30 and",
      "40 were freed.",
    ]);
  });

  it("gives each sentence exactly as printed, where it stands in the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("Seven", "were", "held.", "Oct.", "9", "\n", "“", "”", "  ", "\u00a0", "U.S.", "a"),
          {
            maxLength: 30,
          },
        ),
        (pieces) => {
          const source = pieces.join(" ");
          for (const s of splitSentences(source)) {
            expect(source.slice(s.start, s.start + s.text.length)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.text).not.toBe("");
          }
        },
      ),
    );
  });

  it("splits a long line at its stops, not at an abbreviation's", () => {
    // An outside review's 0.8 MB one-line text took 20 s (each stop re-read the line before it);
    // its speed is measured by hand (docs/propose.md), not in a timed test.
    const line = "Police held 40 people in Yanji on Oct. 9 and freed them. ".repeat(8000);
    const sentences = splitSentences(line);
    expect(sentences).toHaveLength(8000);
    expect(new Set(sentences.map((s) => s.text.trim()))).toEqual(
      new Set(["Police held 40 people in Yanji on Oct. 9 and freed them."]),
    );
  });
});
