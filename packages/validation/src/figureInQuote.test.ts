import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureInQuote, figureInQuoteAsRead } from "./figureInQuote.js";

const found = (quote: string, figure: string) => figureInQuote(quote, figure).found;

describe("figureInQuote", () => {
  it("finds a figure_text standing as a figure of its own", () => {
    for (const [quote, figure] of [
      ["China repatriated about 200 people", "about 200"],
      ["in 2019 200 people were sent back", "200"],
      ["hundreds of North Koreans were detained", "hundreds"],
      ["some have died during interrogation", "some"],
      ["between 200 and 300 were held", "between 200 and 300"],
      ["between 200 and 300 were held", "200"],
      ["2\u00a0600 people were held", "2,600"],
      ["2\u00a0600 people were held", "2\u202f600"],
      ["About 80% of them were women", "About 80%"],
      ["more than 30 percent of them", "more than 30 percent"],
      ["60 people", "6\u200b0"],
      ["China  repatriated about\n200 people", "about 200"],
      // A number before "a dozen" starts no larger one: "2019 a dozen" was read as 24,228.
      ["In 2019 a dozen North Korean defectors were caught", "a dozen"],
      ["Of the 60 a dozen were women", "60"],
      ["Of the 60 a dozen were women", "a dozen"],
      ["half a million people", "half a million"],
      ["200 per centimetre", "200"],
      ["200 people, 30% of them women", "200"],
      ["3 of the 10 were sent back", "3"],
    ] as const)
      expect(found(quote, figure), `${JSON.stringify(figure)} in ${JSON.stringify(quote)}`).toBe("whole");
  });

  it("tells a figure_text that is only part of a larger figure, with the words around it", () => {
    for (const [quote, figure] of [
      ["200 million people were counted", "200"],
      ["two hundred thousand people", "two hundred"],
      ["hundreds of thousands were sent back", "hundreds"],
      ["tens of thousands were sent back", "thousands"],
      ["twenty-five people", "five"],
      ["twenty five people", "five"],
      ["two hundred people", "hundred"],
      ["two dozen people", "dozen"],
      ["two hundred and fifty people", "two hundred"],
      ["2 to 3 million people", "2"],
      ["a share of .30 was named", "30"],
      ["30% of them", "30"],
      ["30 percent of them", "30"],
      ["30 per cent of them", "30"],
      ["a 30-percent share", "30"],
      ["half a dozen people", "a dozen"],
      ["half a million people", "a million"],
      ["200 mln people", "200"],
      ["about 3 bn dollars", "3"],
    ] as const)
      expect(found(quote, figure), `${JSON.stringify(figure)} in ${JSON.stringify(quote)}`).toBe("part");
    expect(figureInQuote("They said 200 million people were counted", "200")).toEqual({
      found: "part",
      context: "They said 200 million people were",
    });
  });

  it("finds a number before a scale word hyphened to a modifier, which may count what the modifier describes", () => {
    // "200 homes worth a million dollars each" or "a 200 million-dollar budget": either reading.
    for (const [quote, figure] of [
      ["They built 200 million-dollar homes", "200"],
      ["They found 300 million-year-old fossils", "300"],
      ["There were 50 thousand-strong crowds", "50"],
      ["There were two hundred-year-old houses", "two"],
      ["a 200 million-dollar budget", "200 million"],
      ["between 200 and 300 million-dollar homes", "between 200 and 300"],
      ["between 200 and 300 million-dollar homes", "between 200 and 300 million"],
    ] as const)
      expect(found(quote, figure), `${JSON.stringify(figure)} in ${JSON.stringify(quote)}`).toBe("whole");
    // Read one way only, the number stays part of the larger figure.
    for (const [quote, figure] of [
      ["200 million people", "200"],
      ["200 million-plus people", "200"],
      ["a 1.5 million-strong army", "1.5"],
      ["a $2 bn-a-year budget", "2"],
      // Hyphened to the number as well, the whole is one modifier: 200 million dollars.
      ["a 200-million-dollar budget", "200"],
      // One thing counted by the article, a dash that is no hyphen, a rate, a range split at one end.
      ["a 200 million-dollar budget", "200"],
      ["They raised 200 million\u2014more than ever", "200"],
      ["Spending reached $200 million-a-year", "200"],
      ["between 2 million and 3 million-dollar homes", "between 2 million and 3"],
      ["between 500 and 1 million-dollar homes", "between 500 and 1"],
    ] as const)
      expect(found(quote, figure), `${JSON.stringify(figure)} in ${JSON.stringify(quote)}`).toBe("part");
  });

  it("does not find a number inside one grouped otherwise, and says when the two only look alike", () => {
    for (const [quote, figure, loosely] of [
      ["2\u00a0600 people", "600", true],
      ["2\u202f600 people", "600", true],
      ["60\u00a0000 people", "60", true],
      ["1 200 000 000 people", "200 000 000", true],
      ["on day 3 100 people came", "3\u00a0100", true],
      ["2\u00a0600 people", "2 600", true],
      ["2\u200b000 people", "2", true],
      ["2\u00ad000 people", "2", true],
      ["2\ufeff60 people", "60", true],
      ["about 300 people", "about 200", false],
    ] as const)
      expect(figureInQuote(quote, figure), `${JSON.stringify(figure)} in ${JSON.stringify(quote)}`).toEqual({
        found: "absent",
        loosely,
      });
  });

  // Thousands of generated quotes: seconds on 2 busy cores, past vitest's 5 s default in a CI run.
  it("answers from the quote as written exactly as the long way does", { timeout: 60_000 }, () => {
    // Quotes built around a figure from the characters each step changes: white space of every
    // kind, typographic quotes and dashes, combining marks, invisible characters, grouping
    // separators, digits, percent signs and number words beside it.
    const piece = fc.constantFrom(
      ..." \t\n\u00a0\u202f\u200b\u00ad,.'\u2019\u2013-\u0301e\u00e9%2",
      " 200",
      " million",
      " hundred",
      "twenty-",
      " of thousands",
      " percent",
      " people",
      " 000",
      ".",
      "(",
      "$",
      "_",
      " a dozen",
      "half a",
    );
    const around = fc.array(piece, { maxLength: 5 }).map((p) => p.join(""));
    const figure = fc.constantFrom("about 200", "200", "2,000", "five", "hundreds", "e", "30", "200 000", "");
    fc.assert(
      fc.property(around, figure, around, (before, f, after) => {
        const quote = `${before}${f}${after}`;
        expect(figureInQuote(quote, f)).toEqual(figureInQuoteAsRead(quote, f));
      }),
      { numRuns: 20_000 },
    );
  });
});
