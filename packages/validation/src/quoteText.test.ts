import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  containsWhole,
  normaliseQuoteText,
  normaliseSourceText,
  printedDifference,
  printedText,
} from "./quoteText.js";

/** The normal form as the replacements give it, without the shortcut for plain ASCII. */
const normalisedInFull = (text: string) =>
  text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

describe("normaliseQuoteText", () => {
  it("gives what the replacements give, plain ASCII or not", () => {
    // Characters the shortcut must tell apart: spaces at the ends and doubled, other white space,
    // typographic quotes and dashes, a character NFC composes, and printable ASCII.
    const char = fc.constantFrom(..." \t\n\u00a0ab1,.'\"-\u2019\u201c\u2013\u2212e\u0301~!");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(normaliseQuoteText(text)).toBe(normalisedInFull(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of [
      "",
      " ",
      "about 200",
      " about 200",
      "about 200 ",
      "about  200",
      "about\t200",
      "a\u2019s",
    ])
      expect(normaliseQuoteText(text), JSON.stringify(text)).toBe(normalisedInFull(text));
  });

  // 8 MB of text: 4 s under load, past vitest's 5 s default, which a CI run on 2 busy cores hit.
  it("takes a quote of two million words without overflowing the stack", { timeout: 60_000 }, () => {
    // The shortcut's first regex backtracked once per word and threw at about 8 MB.
    const long = "a 1 ".repeat(2_000_000);
    expect(normaliseQuoteText(long)).toBe(long.trim());
    expect(normaliseQuoteText(`${long}x`)).toBe(`${long}x`);
  });
});

describe("containsWhole", () => {
  it("finds a figure or quote standing as whole words and numbers", () => {
    for (const [text, part] of [
      ["about 200 people", "200"],
      ["sent back 200.", "200"],
      ["($200)", "200"],
      ["200% of", "200"],
      ["200-300 people", "200"],
      ["between 200 and 300", "between 200 and 300"],
      ["3.5 years", "3.5"],
      ["1,200,000 people", "1,200,000"],
      ["2000 and then 200 more", "200"],
      ["seven were", "seven"],
      ["“About 80% of them”", "About 80%"],
      ["~50 people", "~50"],
    ] as const)
      expect(containsWhole(text, part), `${part} in ${text}`).toBe(true);
  });

  it("does not find a number inside a longer number, nor a word inside a longer word", () => {
    for (const [text, part] of [
      ["Police said 2000 people", "200"],
      ["Police said 2000 people", "000"],
      ["3.5 years", "5"],
      ["3.5 years", "3"],
      ["ages 12-15", "2-15"],
      ["1,200,000 people", "200,000"],
      ["1,0000 people", "1,000"],
      ["2'600 people", "600"],
      ["seventeen were", "seven"],
      ["thousands fled", "thousand"],
      ["the 60 were held", "he 60 were held"],
    ] as const)
      expect(containsWhole(text, part), `${part} in ${text}`).toBe(false);
  });
});

describe("normaliseSourceText", () => {
  const found = (raw: string, quote: string) => {
    const { text, edges } = normaliseSourceText(raw);
    return containsWhole(text, normaliseQuoteText(quote), edges);
  };

  it("is the quotes' normal form, its edges as long, whatever the text holds", () => {
    // Digits with every kind of space between them, and the edges' own private-use mark.
    const char = fc.constantFrom(..."0123 \u00a0\u2009\u202f\t'a\uE000");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const raw = chars.join("");
        const { text, edges } = normaliseSourceText(raw);
        expect(text).toBe(normaliseQuoteText(raw));
        expect(edges.length).toBe(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("does not find a quote that starts or ends inside a number grouped by spaces", () => {
    for (const [raw, quote] of [
      ["about 2\u00a0600 people were detained", "600 people were detained"],
      ["about 2\u202f600 people were detained", "600 people were detained"],
      ["about 2\u2009600 people were detained", "600 people were detained"],
      ["some 1 200 000 people", "200 000 people"],
      ["about 2\u00a0600 people were detained", "about 2"],
    ] as const)
      expect(found(raw, quote), `${quote} in ${JSON.stringify(raw)}`).toBe(false);
  });

  it("still forgives the kind of space a quote was typed with", () => {
    for (const [raw, quote] of [
      ["about 2\u00a0600 people were detained", "about 2 600 people"],
      ["about 2\u00a0600 people were detained", "2\u00a0600 people were detained"],
      ["about 2\u00a0600 people were detained", "people were detained"],
      // One plain space does not group: two numbers, as readFigure reads them.
      ["on day 3 100 people came", "100 people came"],
      ["an odd \uE000 mark, 2\u00a0600 people", "2 600 people"],
    ] as const)
      expect(found(raw, quote), `${quote} in ${JSON.stringify(raw)}`).toBe(true);
  });
});

describe("printedDifference", () => {
  const text = printedText(
    "China repatriated about 200\u00a0people.\nAbout 80% were \u2018bused\u2019 \u2014 in handcuffs.",
  );

  it("finds nothing where the text prints the quote, across its line ends", () => {
    expect(printedDifference(text, "200\u00a0people. About 80%")).toBeNull();
    expect(printedDifference(text, "200\u00a0people.\n  About 80%")).toBeNull();
  });

  it("names the first character the text prints otherwise, with the words around it", () => {
    expect(printedDifference(text, "China repatriated about 200 people.")).toEqual({
      at: 27,
      printed: "\u00a0",
      quoted: " ",
      context: "ed about 200 people.",
    });
    expect(printedDifference(text, "were 'bused' - in handcuffs")).toMatchObject({
      at: 5,
      printed: "\u2018",
      quoted: "'",
    });
  });

  it("says no one character tells when the difference is in how many spaces", () => {
    expect(printedDifference(text, "about 200 \u00a0people")).toEqual({
      at: -1,
      printed: "",
      quoted: "",
      context: "",
    });
  });
});
