import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "../__fixtures__/dataset.js";
import { provenance } from "./provenance.js";

const TEXT =
  "According to the sources, China repatriated about 200 people through Dandong.\n\n“About 80% of them were women,” the source said — in handcuffs.";
const corpus = new Map([["000.txt", TEXT]]);
const run = (claims: Record<string, string>[], withCorpus = true) =>
  provenance.check({
    dataset: makeDataset({ sources: [source("s1", { text_ref: "000.txt" })], claims }),
    datasetLabel: "t",
    tolerance: 0.1,
    ...(withCorpus ? { corpus } : {}),
  });
const women = (more: Record<string, string> = {}) =>
  claim("w", "about", "80", "80", {
    metric: "share_women",
    figure_text: "About 80%",
    quote: '"About 80% of them were women," the source said - in handcuffs.',
    ...more,
  });

describe("provenance", () => {
  it("warns of a quote longer than MAX_QUOTE characters, with or without a corpus, and of none as long", () => {
    const quote = (n: number) => `China repatriated about 200 people${" x".repeat(n)}`.slice(0, 34 + 2 * n);
    const at = (q: string) => claim("a", "about", "200", "200", { figure_text: "about 200", quote: q });
    const long = quote(484); // 1,002 characters
    const codes = (q: string) => run([at(q)], false).map((f) => [f.severity, f.details?.code, f.column]);
    expect(codes(long)).toContainEqual(["warning", "provenance/quote-long", "quote"]);
    expect(codes(long.slice(0, 1000)).filter(([, code]) => code === "provenance/quote-long")).toEqual([]);
  });

  it("warns, naming the text, when a release's text differs from the one its quotes were checked against", () => {
    const dataset = makeDataset({
      sources: [source("s1", { text_ref: "000.txt" })],
      claims: [claim("a", "about", "200", "200")],
    });
    dataset.verifiedCorpus = { "000.txt": "a".repeat(64) };
    const check = (digests?: Map<string, readonly string[]>) =>
      provenance.check({
        dataset,
        datasetLabel: "t",
        tolerance: 0.1,
        corpus,
        ...(digests ? { corpusDigests: digests } : {}),
      });
    expect(check(new Map([["000.txt", ["b".repeat(64), "c".repeat(64)]]]))).toEqual([
      expect.objectContaining({
        severity: "warning",
        column: "corpus.000.txt",
        message: expect.stringMatching(
          /^source text "000\.txt" has changed since this release's quotes were checked against it \(manifest\.json records sha256 aaaaaaaaaaaa…, the file now has bbbbbbbbbbbb…\)/,
        ),
        details: expect.objectContaining({ code: "provenance/text-changed" }),
      }),
    ]);
    expect(check(new Map([["000.txt", ["a".repeat(64), "c".repeat(64)]]]))).toEqual([]);
    // The same bytes but for a byte order mark, which readCorpus reads past: the same text.
    expect(check(new Map([["000.txt", ["c".repeat(64), "a".repeat(64)]]]))).toEqual([]);
    // Without the files' digests (a corpus handed over as texts), nothing can be told.
    expect(check()).toEqual([]);
  });

  it("reports itself skipped, once, without a corpus", () => {
    const findings = run([claim("a", "about", "200", "200"), women()], false);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "info",
        details: { skipped: true, check: "quotes in source texts" },
      }),
    ]);
  });

  it("finds quotes that differ only in whitespace, quote marks and dashes, and warns where they are not as printed", () => {
    const findings = run([
      claim("a", "about", "200", "200", { quote: "China  repatriated about 200\npeople" }),
      women(),
    ]);
    // Line ends and runs of spaces are the text's as a one-line cell holds them; straight marks for
    // its curly quotes and dash are not its characters, and a search of the text for them fails.
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        column: "quote",
        claim_ids: ["w"],
        details: { code: "provenance/quote-not-verbatim" },
        message:
          'quote is in 000.txt only with white space and typographic marks read alike: the text prints U+201C where the quote has U+0022, at character 1 ("\\"About 80% of"); copy the quote as printed, so that a search of the text finds it',
      }),
    ]);
    expect(
      run([women({ quote: "“About 80% of them were women,” the source said — in handcuffs." })]),
    ).toEqual([]);
  });

  it("errors on a quote that is not in the text", () => {
    const findings = run([
      claim("a", "about", "200", "200", {
        quote: "China repatriated about 300 people",
        figure_text: "about 300",
        value_low: "300",
        value_high: "300",
      }),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", column: "quote", row: 1, claim_ids: ["a"] }),
    ]);
  });

  it("errors when the quote does not contain figure_text", () => {
    const findings = run([claim("a", "about", "200", "200", { figure_text: "roughly 200" })]);
    expect(findings.map((f) => f.column)).toContain("figure_text");
    expect(findings.some((f) => f.message.includes('does not contain figure_text "roughly 200"'))).toBe(true);
  });

  // An outside review: a claim of 200 passed against a quote saying 2000.
  it("errors when figure_text occurs in the quote only inside a longer number", () => {
    const findings = run([
      claim("a", "exact", "200", "200", {
        figure_text: "200",
        quote: "Police said 2000 people were sent back.",
      }),
    ]);
    expect(findings).toContainEqual(
      expect.objectContaining({
        column: "figure_text",
        message: 'quote does not contain figure_text "200"',
      }),
    );
  });

  it("errors on a quote found in the text only from the middle of a word", () => {
    const findings = run([
      claim("a", "about", "200", "200", { quote: "hina repatriated about 200 people" }),
      women({ quote: "“About 80% of them were women,” the source said — in handcuffs." }),
    ]);
    expect(findings).toEqual([expect.objectContaining({ column: "quote", claim_ids: ["a"] })]);
  });

  it("errors on a quote that starts inside a number its text groups with a no-break space", () => {
    const check = (value: string, figure_text: string, quote: string) =>
      provenance.check({
        dataset: makeDataset({
          sources: [source("s1", { text_ref: "000.txt" })],
          claims: [claim("a", "exact", value, value, { figure_text, quote })],
        }),
        datasetLabel: "t",
        tolerance: 0.1,
        corpus: new Map([["000.txt", "Police said 2\u00a0600 people were detained."]]),
      });
    expect(check("600", "600", "600 people were detained")).toEqual([
      expect.objectContaining({ column: "quote", message: "quote does not occur in 000.txt (source s1)" }),
    ]);
    expect(check("2600", "2\u00a0600", "2\u00a0600 people were detained")).toEqual([]);
    // Only the kind of space differs from the text: the quote is still the text's, though not as
    // printed (a warning, not the error at quote; the error is figure_text's, grouped otherwise).
    expect(
      check("2600", "2\u00a0600", "said 2 600 people").map((f) => [f.severity, f.details?.code]),
    ).toEqual([
      ["error", "provenance/figure-not-in-quote"],
      ["warning", "provenance/quote-not-verbatim"],
    ]);
  });

  it("reads a range printed high to low as its two bounds", () => {
    const quote = "China repatriated between 300 and 200 people";
    const text = new Map([["000.txt", quote]]);
    const ds = makeDataset({
      sources: [source("s1", { text_ref: "000.txt" })],
      claims: [claim("a", "between", "200", "300", { figure_text: "between 300 and 200", quote })],
    });
    expect(provenance.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1, corpus: text })).toEqual([]);
  });

  it("errors when figure_text does not read as the claim's figure", () => {
    const [f] = run([claim("a", "about", "250", "250")]);
    expect(f!.message).toBe('figure_text "about 200" reads as 200, but the claim says 250');
    const [part, p] = run([women({ figure_text: "About 80", quote: "About 80% of them" })]);
    expect(part!.message).toBe(
      'quote holds figure_text "About 80" only as part of a larger figure: "About 80% of them"',
    );
    expect(p!.message).toContain("not a percentage");
  });

  it("reads vague words by the published floor table", () => {
    const text = new Map([["000.txt", "hundreds of North Koreans were detained"]]);
    const check = (low: string, vague: string) =>
      provenance.check({
        dataset: makeDataset({
          sources: [source("s1", { text_ref: "000.txt" })],
          claims: [
            claim("v", "at_least", low, "", {
              figure_text: "hundreds",
              quote: "hundreds of North Koreans",
              vague,
            }),
          ],
        }),
        datasetLabel: "t",
        tolerance: 0.1,
        corpus: text,
      });
    expect(check("100", "true")).toEqual([]);
    expect(check("200", "true")[0]!.message).toContain("reads as 100");
    expect(check("100", "false")[0]!.message).toContain("vague is false");
  });

  it("errors when text_ref names no file of the corpus, and notes claims without a text", () => {
    const findings = provenance.check({
      dataset: makeDataset({
        sources: [source("s1", { text_ref: "missing.txt" }), source("s2")],
        claims: [claim("a", "about", "200", "200", { source_id: "s2" })],
      }),
      datasetLabel: "t",
      tolerance: 0.1,
      corpus,
    });
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", file: "data/sources.csv", row: 1, column: "text_ref" }),
      expect.objectContaining({ severity: "info", claim_ids: ["a"] }),
    ]);
  });
});
