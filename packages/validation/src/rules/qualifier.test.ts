import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim, makeDataset } from "../__fixtures__/dataset.js";
import { findingSchema } from "../finding.js";
import type { RuleContext } from "../ruleContext.js";
import { qualifier } from "./qualifier.js";

const ctx = (claims: Record<string, string>[]): RuleContext => ({
  dataset: makeDataset({ claims }),
  datasetLabel: "test@1.0.0",
  tolerance: 0.1,
});
const text = (figure_text: string) => ({ figure_text, quote: `they said ${figure_text}` });

describe("qualifier", () => {
  it("finds nothing where the qualifier is what the figure's words say", () => {
    expect(
      qualifier.check(
        ctx([
          claim("a", "about", "200", "200", text("about 200")),
          claim("b", "between", "200", "300", text("between 200 and 300")),
          claim("c", "at_least", "39", "", text("at least 39")),
          claim("d", "at_least", "100", "", { ...text("Hundreds"), vague: "true" }),
          claim("e", "exact", "7", "7", text("Seven")),
        ]),
      ),
    ).toEqual([]);
  });

  it("reads a figure as printed, passing over characters that print as nothing (as propose keeps them)", () => {
    // "1,\u2060000" was shaped as two numbers: exact drew "two figures without a range word", and
    // "about 1,\u2060000" filed as between passed.
    expect(qualifier.check(ctx([claim("a", "exact", "1000", "1000", text("1,\u2060000"))]))).toEqual([]);
    expect(qualifier.check(ctx([claim("b", "between", "1000", "1000", text("about 1,\u2060000"))]))).toEqual([
      expect.objectContaining({
        severity: "error",
        details: expect.objectContaining({ code: "qualifier/mismatch" }),
      }),
    ]);
  });

  it("reads a mixed fraction (3 1/2) as one figure, as the figure check does (an outside review)", () => {
    // Shaped digit by digit, "3 1/2" was "1 1/1": three figures, so exact drew a warning and a
    // wrong qualifier only a warning, where "3½" is an error.
    expect(
      qualifier.check(
        ctx([
          claim("a", "exact", "3.5", "3.5", text("3 1/2 years")),
          claim("b", "between", "2.5", "3.5", text("between 2 1/2 and 3 1/2 years")),
          claim("c", "exact", "50", "50", text("1/2")),
        ]),
      ),
    ).toEqual([]);
    for (const figure of ["3 1/2 years", "3½ years"])
      expect(qualifier.check(ctx([claim("a", "at_least", "3.5", "", text(figure))])), figure).toEqual([
        expect.objectContaining({
          severity: "error",
          details: expect.objectContaining({ code: "qualifier/mismatch" }),
        }),
      ]);
  });

  it("is an error where the quote prints no or not just before a bounded figure_text (an outside review)", () => {
    const said = (figure_text: string, quote: string) => ({ figure_text, quote });
    const findings = qualifier.check(
      ctx([
        claim("a", "more_than", "200", "", said("more than 200", "police held no more than 200 people")),
        claim("b", "fewer_than", "", "10", said("fewer than 10", "no fewer than 10 were held")),
        claim("c", "more_than", "200", "", said("over 200", "it was not over 200")),
        // The bound as printed, and a negation further off, are no finding.
        claim("d", "at_most", "", "200", said("no more than 200", "police held no more than 200 people")),
        claim("e", "more_than", "200", "", said("more than 200", "not all: more than 200 were held")),
        claim("f", "about", "200", "200", said("about 200", "no, about 200 were held")),
        // Across a sentence break "no" negates nothing of the figure (a review of this check).
        claim(
          "h",
          "more_than",
          "200",
          "",
          said("More than 200", "officials said no. More than 200 remain held"),
        ),
        claim(
          "i",
          "more_than",
          "200",
          "",
          said("more than 200", "the answer was no; more than 200 were held"),
        ),
        // One place the figure stands unnegated: the quote does say it so.
        claim("g", "more_than", "5", "", said("more than 5", "no more than 5 women, but more than 5 men")),
      ]),
    );
    expect(findings.map((f) => [f.claim_ids?.[0], f.severity, f.column, f.details?.expected])).toEqual([
      ["a", "error", "figure_text", "at_most"],
      ["b", "error", "figure_text", "at_least"],
      ["c", "error", "figure_text", "at_most"],
    ]);
    expect(findings[0]?.message).toBe(
      'a: figure_text "more than 200" leaves out the word before it in its quote: "no more than 200" reads as at most, but the claim\'s qualifier is more than; copy the whole phrase into figure_text and set the qualifier it says',
    );
  });

  it("is an error, at the qualifier column of the claim's row, where the words settle it otherwise", () => {
    const findings = qualifier.check(
      ctx([
        claim("a", "more_than", "39", "", text("at least 39")),
        claim("b", "exact", "60", "60", text("about 60")),
      ]),
    );
    expect(findings).toMatchObject([
      {
        rule: "qualifier",
        severity: "error",
        file: "data/claims.csv",
        row: 1,
        column: "qualifier",
        claim_ids: ["a"],
        details: { qualifier: "more_than", expected: "at_least" },
      },
      { severity: "error", row: 2, details: { qualifier: "exact", expected: "about" } },
    ]);
    expect(findings[0]!.message).toBe(
      'a: qualifier more_than does not match figure_text "at least 39", which reads as at least (its words say at least)',
    );
  });

  it("warns where the words are ambiguous and the qualifier is none of their readings", () => {
    const findings = qualifier.check(
      ctx([
        claim("a", "exact", "10", "10", text("about 10 to 15")),
        claim("b", "between", "10", "15", text("about 10 to 15")),
      ]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", claim_ids: ["a"], column: "qualifier" });
  });

  it("never throws on hostile figure text, and every finding fits the finding schema", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), (texts) => {
        const rows = texts.map((t, i) =>
          claim(`c${i}`, "exact", "1", "1", text(t.replaceAll('"', "").trim() || "1")),
        );
        for (const f of qualifier.check(ctx(rows))) findingSchema.parse(f);
      }),
      { numRuns: 100 },
    );
  });
});
