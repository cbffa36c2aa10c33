import { describe, expect, it } from "vitest";
import { claim, makeDataset } from "../__fixtures__/dataset.js";
import type { RuleContext } from "../ruleContext.js";
import { qualifier } from "./qualifier.js";

// What a reader of the report gets from the qualifier rule: the words, the readings and the place.
const ctx = (claims: Record<string, string>[]): RuleContext => ({
  dataset: makeDataset({ claims }),
  datasetLabel: "test@1.0.0",
  tolerance: 0.1,
});
const text = (figure_text: string) => ({ figure_text, quote: `they said ${figure_text}` });

describe("qualifier findings", () => {
  it("an ambiguous figure_text: a warning naming the readings it allows, at the claim's line", () => {
    const [f, ...rest] = qualifier.check(ctx([claim("a", "exact", "10", "10", text("about 10 to 15"))]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "qualifier",
      severity: "warning",
      message:
        'a: figure_text "about 10 to 15" does not settle the qualifier (it states a range and says about); exact is not among its readings (between, about): check it',
      dataset: "test@1.0.0",
      file: "data/claims.csv",
      row: 1,
      line: 2,
      column: "qualifier",
      claim_ids: ["a"],
      details: { qualifier: "exact", candidates: ["between", "about"] },
    });
  });

  it("quotes figure_text with JSON's escapes, so a line break or a quotation mark reads as in every other message", () => {
    // An outside review: integrity's messages showed "\\n", this rule's a raw line break.
    const [f] = qualifier.check(ctx([claim("a", "exact", "10", "10", text('about\n10 "or so"'))]));
    expect(f!.message).toContain('figure_text "about\\n10 \\"or so\\"" ');
    expect(f!.message).not.toContain("\n");
  });

  it("a settled figure_text: an error saying what the words read as and why", () => {
    const findings = qualifier.check(
      ctx([
        claim("a", "exact", "60", "60", text("some 60")),
        claim("b", "about", "5", "5", text("5")),
        claim("c", "at_most", "", "30", text("up to 30")),
      ]),
    );
    expect(findings.map((f) => [f.severity, f.message, f.details])).toEqual([
      [
        "error",
        'a: qualifier exact does not match figure_text "some 60", which reads as about (its words say about)',
        expect.objectContaining({ qualifier: "exact", expected: "about" }),
      ],
      [
        "error",
        'b: qualifier about does not match figure_text "5", which reads as exact (it states a bare figure)',
        expect.objectContaining({ qualifier: "about", expected: "exact" }),
      ],
    ]);
  });

  it("writes a two-word qualifier with a space: more than, at least", () => {
    const [f] = qualifier.check(ctx([claim("a", "at_least", "1", "", text("over 1"))]));
    expect(f!.message).toContain("which reads as more than (its words say more than)");
  });

  it("judges each claim by its own figure_text when two texts share a shape", () => {
    // "about 1,234" and "about 5,678" read alike; only the claim that disagrees is reported.
    const findings = qualifier.check(
      ctx([
        claim("a", "about", "1234", "1234", text("about 1,234")),
        claim("b", "exact", "5678", "5678", text("about 5,678")),
        claim("c", "about", "1234", "1234", text("about 1,234")),
        claim("d", "exact", "9", "9", text("about 9")),
      ]),
    );
    expect(findings.map((f) => [f.claim_ids, f.row])).toEqual([
      [["b"], 2],
      [["d"], 4],
    ]);
  });

  it("reads thousands grouped by any separator propose takes as one figure", () => {
    // An outside review: propose's own rows for "2'600", "7\u00A0000" and "1 200 000" (exact) drew
    // "does not settle the qualifier (it states two figures …)" through the shape "1'1".
    const grouped = ["2'600", "7\u00A0000", "2\u202F600", "2\u2019600", "1 200 000"];
    const exact = grouped.map((t, i) => claim(`g${i}`, "exact", "2600", "2600", text(t)));
    expect(qualifier.check(ctx(exact))).toEqual([]);
    const [f, ...rest] = qualifier.check(ctx([claim("a", "exact", "2600", "2600", text("about 2'600"))]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", details: { qualifier: "exact", expected: "about" } });
  });

  it("three figures and no qualifier words: a warning that the qualifier is none of its readings", () => {
    const [f] = qualifier.check(ctx([claim("a", "exact", "10", "10", text("10, 20 or 30"))]));
    expect(f).toMatchObject({ severity: "warning", details: { qualifier: "exact", candidates: [] } });
    expect(f!.message).toBe(
      'a: figure_text "10, 20 or 30" does not settle the qualifier (it states 3 figures); exact is not among its readings: check it',
    );
  });
});

describe("qualifier findings: words the quote prints with a bare figure_text", () => {
  const chosun = "quoted an activist who helps defectors as saying that at least 39 were detained";

  it("a warning at figure_text when its quote bounds it and the claim says exact (an outside review)", () => {
    const findings = qualifier.check(
      ctx([claim("c015", "exact", "39", "39", { figure_text: "39", quote: chosun })]),
    );
    expect(findings).toEqual([
      {
        rule: "qualifier",
        severity: "warning",
        message:
          'c015: figure_text "39" leaves out words its quote prints with it: "at least 39" reads as at least, but the claim\'s qualifier is exact; if they bound this figure, copy them into figure_text and set the qualifier they say',
        dataset: "test@1.0.0",
        file: "data/claims.csv",
        row: 1,
        line: 2,
        column: "figure_text",
        claim_ids: ["c015"],
        details: {
          code: "qualifier/quote-words",
          qualifier: "exact",
          expected: "at_least",
          printed: "at least 39",
        },
      },
    ]);
  });

  it("nothing when the figure_text carries the words, or the quote prints the figure bare", () => {
    const carried = claim("a", "at_least", "39", "", { figure_text: "at least 39", quote: chosun });
    const bare = claim("b", "exact", "39", "39", { figure_text: "39", quote: "39 were detained" });
    expect(qualifier.check(ctx([carried, bare]))).toEqual([]);
  });
});
