import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { provenance } from "./provenance.js";

// Which number of a claim its figure_text must state, and what provenance says when it does not.
const TEXT =
  "Up to 30 were sent back. Fewer than 40 returned. Between 200 and 300 were held. About 80% were women. Some 50 left.";
const run = (claims: Record<string, string>[], sources = [source("s1", { text_ref: "000.txt" })]) =>
  provenance.check({
    dataset: makeDataset({ sources, claims }),
    datasetLabel: "t",
    tolerance: 0.1,
    corpus: new Map([["000.txt", TEXT]]),
  });
const quoted = (figure_text: string, quote: string, more: Record<string, string> = {}) => ({
  figure_text,
  quote,
  ...more,
});

/** A claim of a share metric whose quote is `sentence`. */
const shareIn = (sentence: string) => (id: string, q: string, low: string, high: string, figure: string) =>
  claim(id, q, low, high, { metric: "share_women", ...quoted(figure, sentence), base_claim_id: "" });

/** What provenance says at figure_text, without a corpus: "id: message". */
const check = (claims: Record<string, string>[]) =>
  provenance
    .check({ dataset: makeDataset({ claims }), datasetLabel: "t", tolerance: 0.1 })
    .filter((f) => f.column === "figure_text")
    .map((f) => `${f.claim_ids?.[0]}: ${f.message}`);

describe("provenance: the figure a claim's words must state", () => {
  it("reads an upper bound from value_high for at_most and fewer_than, both bounds for between", () => {
    expect(
      run([
        claim("a", "at_most", "", "30", quoted("Up to 30", "Up to 30 were sent back")),
        claim("b", "fewer_than", "", "40", quoted("Fewer than 40", "Fewer than 40 returned")),
        claim("c", "between", "200", "300", quoted("Between 200 and 300", "Between 200 and 300 were held")),
      ]),
    ).toEqual([]);
  });

  it("names both numbers when a range disagrees, and an upper bound when it is the one that differs", () => {
    const findings = run([
      claim("c", "between", "200", "350", quoted("Between 200 and 300", "Between 200 and 300 were held")),
      claim("a", "at_most", "", "35", quoted("Up to 30", "Up to 30 were sent back")),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'figure_text "Between 200 and 300" reads as 200 and 300, but the claim says 200 and 350',
      'figure_text "Up to 30" reads as 30, but the claim says 35',
    ]);
  });

  it("a range where the claim states one number is a mismatch, as is one number for a range", () => {
    const findings = run([
      claim("c", "about", "200", "200", quoted("Between 200 and 300", "Between 200 and 300 were held")),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'figure_text "Between 200 and 300" reads as 200 and 300, but the claim says 200',
    ]);
  });

  it("a stated figure marked vague, and a percentage under a count metric, are errors at figure_text", () => {
    const findings = run([
      claim("v", "about", "50", "50", quoted("Some 50", "Some 50 left", { vague: "true" })),
      claim("p", "about", "80", "80", quoted("About 80%", "About 80% were women")),
    ]);
    expect(findings.map((f) => [f.claim_ids, f.column, f.message])).toEqual([
      [["v"], "figure_text", 'figure_text "Some 50" states a figure but vague is true'],
      [["p"], "figure_text", 'figure_text "About 80%" is a percentage but metric persons is in persons'],
    ]);
    expect(findings[0]).toMatchObject({
      rule: "provenance",
      event_id: "e1",
      metric: "persons",
      severity: "error",
      row: 1,
    });
  });

  it("one number where the claim states a range is a mismatch too", () => {
    const [f] = run([claim("r", "between", "50", "60", quoted("Some 50", "Some 50 left"))]);
    expect(f!.message).toBe('figure_text "Some 50" reads as 50, but the claim says 50 and 60');
  });

  it("says when the figure_text states no figure at all", () => {
    const [f] = run([claim("n", "about", "50", "50", quoted("left", "Some 50 left"))]);
    expect(f!.message).toBe('figure_text "left" states no figure');
  });

  it("takes either reading of a scale word hyphened to a modifier, and names both when neither is the claim's", () => {
    // An error raised on one reading of "200 million-dollar homes" (200 homes of a million each).
    const sentence = "They built 200 million-dollar homes";
    expect(
      check([
        claim("n", "exact", "200", "200", quoted("200", sentence)),
        claim("w", "exact", "200", "200", quoted("200 million-dollar", sentence)),
        claim("s", "exact", "200000000", "200000000", quoted("200 million-dollar", sentence)),
        claim("m", "exact", "200000000", "200000000", quoted("200 million", "a 200 million-dollar budget")),
        claim("h", "exact", "200000000", "200000000", quoted("200-million", "a 200-million-dollar budget")),
      ]),
    ).toEqual([]);
    expect(
      check([
        claim("x", "exact", "300", "300", quoted("200 million-dollar", sentence)),
        claim("p", "exact", "200", "200", quoted("200", "200 million people")),
        claim("b", "exact", "200", "200", quoted("200", "a 200-million-dollar budget")),
        claim(
          "d",
          "exact",
          "200",
          "200",
          quoted("200", "The ministry raised 200 million\u2014more than ever"),
        ),
        claim("a", "exact", "200", "200", quoted("200", "a 200 million-strong army")),
      ]),
    ).toEqual([
      'x: figure_text "200 million-dollar" reads as 200000000 (or 200, a scale word hyphened to the word after it read as part of that word), but the claim says 300',
      'p: quote holds figure_text "200" only as part of a larger figure: "200 million people"',
      'b: quote holds figure_text "200" only as part of a larger figure: "a 200-million-dollar budget"',
      'd: quote holds figure_text "200" only as part of a larger figure: "ministry raised 200 million-more than ever"',
      'a: quote holds figure_text "200" only as part of a larger figure: "a 200 million-strong army"',
    ]);
  });
});

describe("provenance: what it says it did not check", () => {
  it("says it was skipped, and why, when no corpus is given", () => {
    const findings = provenance.check({ dataset: makeDataset({}), datasetLabel: "t", tolerance: 0.1 });
    expect(findings).toMatchObject([
      {
        rule: "provenance",
        severity: "info",
        message:
          "quotes not checked against their source texts: no corpus of source texts was given (--corpus <dir>); each figure_text was still checked against its quote and the claim's figure",
        dataset: "t",
        details: { skipped: true },
      },
    ]);
  });

  it("checks figure_text against the quote and the claim's figure without a corpus too", () => {
    // A maintainer's review released a claim of 9000 whose words read "about 200": without
    // --corpus nothing was said.
    const findings = provenance.check({
      dataset: makeDataset({
        sources: [source("s1", { text_ref: "000.txt" })],
        claims: [
          claim("a", "about", "9000", "9000", quoted("about 200", "China sent back about 200 people")),
          claim("b", "about", "200", "200", quoted("about 200", "China sent back some 200 people")),
          claim("c", "about", "50", "50", quoted("Some 50", "Some 50 left")),
        ],
      }),
      datasetLabel: "t",
      tolerance: 0.1,
    });
    expect(findings.map((f) => [f.severity, f.claim_ids, f.details?.code, f.message])).toEqual([
      ["info", undefined, undefined, expect.stringMatching(/^quotes not checked against their source texts/)],
      [
        "error",
        ["a"],
        "provenance/figure-value",
        'figure_text "about 200" reads as 200, but the claim says 9000',
      ],
      ["error", ["b"], "provenance/figure-not-in-quote", 'quote does not contain figure_text "about 200"'],
    ]);
  });

  it("counts the claims whose source has no text, one or several", () => {
    const sources = [source("s1", { text_ref: "000.txt" }), source("s2")];
    const figure = quoted("Some 50", "Some 50 left");
    const one = run([claim("a", "about", "50", "50", { ...figure, source_id: "s2" })], sources);
    expect(one.map((f) => f.message)).toEqual([
      "1 claim's quote not checked against a text: their sources have no text_ref",
    ]);
    const two = run(
      [
        claim("a", "about", "50", "50", { ...figure, source_id: "s2" }),
        claim("b", "about", "50", "50", { ...figure, source_id: "s2" }),
      ],
      sources,
    );
    expect(two).toEqual([
      expect.objectContaining({
        severity: "info",
        rule: "provenance",
        message: "2 claims' quotes not checked against a text: their sources have no text_ref",
        claim_ids: ["a", "b"],
      }),
    ]);
  });

  it("checks a quote against the first row of a duplicated source id, once per text", () => {
    const sources = [source("s1", { text_ref: "000.txt" }), source("s1", { text_ref: "missing.txt" })];
    const findings = run(
      [
        claim("a", "about", "50", "50", quoted("Some 50", "Some 50 left")),
        claim("b", "about", "50", "50", quoted("Some 50", "Some 50 stayed")),
      ],
      sources,
    );
    // The second row's text_ref is reported where it is; the claims are read against 000.txt.
    expect(findings.map((f) => [f.file, f.column, f.claim_ids ?? null])).toEqual([
      ["data/sources.csv", "text_ref", null],
      ["data/claims.csv", "quote", ["b"]],
    ]);
    expect(findings[1]!.message).toBe("quote does not occur in 000.txt (source s1)");
  });

  it("a source whose text is not in the corpus: one error at its text_ref, its claims' quotes unread", () => {
    const sources = [source("s1", { text_ref: "000.txt" }), source("s2", { text_ref: "gone.txt" })];
    const findings = run(
      [claim("a", "about", "50", "50", { ...quoted("Some 50", "Some 50 stayed"), source_id: "s2" })],
      sources,
    );
    expect(findings).toMatchObject([
      {
        rule: "provenance",
        severity: "error",
        message: 'text_ref "gone.txt" of source s2 is not in the corpus',
        dataset: "t",
        file: "data/sources.csv",
        row: 2,
        line: 3,
        column: "text_ref",
      },
    ]);
  });

  it("a claim whose source is not loaded is counted as unchecked, not read", () => {
    const findings = run([
      claim("a", "about", "50", "50", { ...quoted("Some 50", "Some 50 stayed"), source_id: "nowhere" }),
    ]);
    expect(findings.map((f) => [f.severity, f.claim_ids])).toEqual([["info", ["a"]]]);
  });

  it("reads a share written in words as a percentage of a percent metric, and nowhere else", () => {
    const sentence =
      "Half of them were women, more than half were young, one in five was a child and a third fled.";
    const share = shareIn(sentence);
    expect(
      check([
        share("h", "exact", "50", "50", "Half"),
        share("m", "more_than", "50", "", "more than half"),
        share("o", "exact", "20", "20", "one in five"),
        share("t", "exact", "33.3", "33.3", "a third"),
      ]),
    ).toEqual([]);
    // 0.5 is what readFigure reads "Half" as, and the value an error once steered towards.
    expect(
      check([share("h", "exact", "0.5", "0.5", "Half"), share("o", "exact", "25", "25", "one in five")]),
    ).toEqual([
      'h: figure_text "Half" reads as 50% (a share of the whole), but the claim says 0.5',
      'o: figure_text "one in five" reads as 20% (a share of the whole), but the claim says 25',
    ]);
    // In years, half is half a year.
    const years = claim("y", "exact", "0.5", "0.5", {
      metric: "duration",
      ...quoted("half", "held for half a year"),
    });
    expect(check([years])).toEqual([]);
  });

  it("reads a scale abbreviated after digits (2m, 200 mln) as the word it stands for", () => {
    const sentence = "Some 2m people fled, about 200 mln stayed and $3bn was pledged.";
    const findings = run([
      claim("m", "about", "2000000", "2000000", quoted("Some 2m", sentence)),
      claim("l", "about", "200000000", "200000000", quoted("about 200 mln", sentence)),
      // "200" alone is part of "200 mln", and "3bn" is no 3.
      claim("p", "exact", "200", "200", quoted("200", sentence)),
      claim("b", "exact", "3", "3", quoted("3bn", sentence)),
    ]);
    const figureErrors = findings.filter(
      (f) => f.severity === "error" && !f.message.includes("does not occur"),
    );
    expect(figureErrors.map((f) => `${f.claim_ids?.[0]}: ${f.message}`)).toEqual([
      'p: quote holds figure_text "200" only as part of a larger figure: "fled, about 200 mln stayed and"',
      'b: figure_text "3bn" reads as 3000000000, but the claim says 3',
    ]);
  });

  it("reads a share printed in digits (1/2, ⅔) as a percentage of a percent metric", () => {
    const sentence = "Of those held, 1/2 were women, about ⅔ were under 30 and 3/2 of the cells were full.";
    const share = shareIn(sentence);
    // Read by readFigure alone, "1/2" was the figures 1 and 2 and "⅔" stated no figure.
    expect(
      check([share("h", "exact", "50", "50", "1/2"), share("t", "about", "66.7", "66.7", "about ⅔")]),
    ).toEqual([]);
    expect(check([share("h", "exact", "12", "12", "1/2"), share("x", "exact", "150", "150", "3/2")])).toEqual(
      [
        'h: figure_text "1/2" reads as 50% (a share of the whole), but the claim says 12',
        'x: figure_text "3/2" reads as 3 and 2, but the claim says 150',
      ],
    );
  });
});

describe("provenance: words a quote cut off its figure", () => {
  const TEXT_CUT =
    "An activist said that at least 39 North Koreans had been detained. Police held no more than 200 people. Some said 30 or more fled. Officials counted 12 people. Officials said no. More than 30 remain held.";
  const check = (claims: Record<string, string>[]) =>
    provenance
      .check({
        dataset: makeDataset({ sources: [source("s1", { text_ref: "000.txt" })], claims }),
        datasetLabel: "t",
        tolerance: 0.1,
        corpus: new Map([["000.txt", TEXT_CUT]]),
      })
      .filter((f) => f.severity !== "info")
      .map((f) => [f.claim_ids?.[0], f.severity, f.column, f.details?.code, f.message]);

  it("names the words the text prints where a quote starts or ends at its figure_text (an outside review)", () => {
    expect(
      check([
        claim("a", "exact", "39", "39", quoted("39", "39 North Koreans had been detained")),
        claim("b", "more_than", "200", "", quoted("more than 200", "more than 200 people")),
        claim("c", "exact", "30", "30", quoted("30", "Some said 30")),
      ]),
    ).toEqual([
      [
        "a",
        "warning",
        "quote",
        "provenance/quote-cut",
        'quote starts at figure_text "39", but 000.txt prints "at least 39" there, which reads as at least, and the claim\'s qualifier is exact; quote the words with the figure, and if they bound it, copy them into figure_text and set the qualifier they say',
      ],
      [
        "b",
        "error",
        "quote",
        "provenance/quote-cut",
        'quote starts at figure_text "more than 200", but 000.txt prints "no more than 200" there, which reads as at most, and the claim\'s qualifier is more than; quote the words with the figure, and if they bound it, copy them into figure_text and set the qualifier they say',
      ],
      [
        "c",
        "warning",
        "quote",
        "provenance/quote-cut",
        'quote ends at figure_text "30", but 000.txt prints "30 or more" there, which reads as at least, and the claim\'s qualifier is exact; quote the words with the figure, and if they bound it, copy them into figure_text and set the qualifier they say',
      ],
    ]);
  });

  it("says nothing where the text prints no bound there, or the quote holds the words itself", () => {
    expect(
      check([
        claim("a", "exact", "12", "12", quoted("12", "12 people")),
        claim("b", "at_least", "39", "", quoted("at least 39", "at least 39 North Koreans")),
        // The text's "no" ends a sentence before the quote: it negates nothing of the figure.
        claim("d", "more_than", "30", "", quoted("More than 30", "More than 30 remain held")),
        // The quote's own words are the qualifier rule's to read, not this one's.
        claim("c", "exact", "39", "39", quoted("39", "at least 39 North Koreans")),
      ]),
    ).toEqual([]);
  });
});
