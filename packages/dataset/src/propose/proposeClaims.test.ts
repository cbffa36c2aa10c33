import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFigure, VAGUE_FLOORS } from "../figures.js";
import type { Claim } from "../schema/claim.js";
import { type Metric, metricSchema } from "../schema/metric.js";
import { type Proposal, proposeClaims } from "./proposeClaims.js";
import { MAX_QUOTE } from "./quoteAround.js";

const propose = (text: string, options: Partial<Parameters<typeof proposeClaims>[1]> = {}) =>
  proposeClaims(text, { sourceId: "s-test", ...options });
const only = (text: string) => {
  const proposals = propose(text);
  expect(proposals, text).toHaveLength(1);
  return proposals[0]!;
};
const shape = (p: Proposal) => [p.figure_text, p.qualifier, p.value_low, p.value_high, p.vague];

/** The numbers the provenance rule expects figure_text to state, given the qualifier and bounds. */
function statedValues(p: Proposal): (number | null)[] {
  if (p.qualifier === "between") return [p.value_low, p.value_high];
  if (p.qualifier === "at_most" || p.qualifier === "fewer_than") return [p.value_high];
  return [p.value_low];
}

describe("proposeClaims", () => {
  it.each([
    ["Officials said 2,600 people were held.", ["2,600", "exact", 2600, 2600, false]],
    ["They waited about three and a half years.", ["about three and a half years", "about", 3.5, 3.5, false]],
    ["They waited three-and-a-half years.", ["three-and-a-half years", "exact", 3.5, 3.5, false]],
    ["He was held a year-and-a-half.", ["a year-and-a-half", "exact", 1.5, 1.5, false]],
    ["Seven North Koreans were caught.", ["Seven", "exact", 7, 7, false]],
    ["Between 30 and 40 were sent back.", ["Between 30 and 40", "between", 30, 40, false]],
    [
      "They said two million-three million fled.",
      ["two million-three million", "between", 2_000_000, 3_000_000, false],
    ],
    ["They were held in groups of 10 to 30 people.", ["10 to 30", "between", 10, 30, false]],
    ["It held 10-15 people.", ["10-15", "between", 10, 15, false]],
    ["It held 200–300 people.", ["200–300", "between", 200, 300, false]],
    ["At least 39 were detained.", ["At least 39", "at_least", 39, null, false]],
    ["More than 30 percent were women.", ["More than 30 percent", "more_than", 30, null, false]],
    ["It held over 100 people.", ["over 100", "more_than", 100, null, false]],
    ["Up to 30 may be sent.", ["Up to 30", "at_most", null, 30, false]],
    ["Fewer than 10 escaped.", ["Fewer than 10", "fewer_than", null, 10, false]],
    ["Nearly 40 were caught.", ["Nearly 40", "about", 40, 40, false]],
    ["About 200 were sent back.", ["About 200", "about", 200, 200, false]],
    // Cues after the figure, and signs before it, read as the qualifier rule reads them.
    ["Police said 200+ had gone.", ["200+", "at_least", 200, null, false]],
    ["The source said 30 or more were jailed.", ["30 or more", "at_least", 30, null, false]],
    ["Only 5 or fewer were freed.", ["5 or fewer", "at_most", null, 5, false]],
    ["Activists said 50 or so were released.", ["50 or so", "about", 50, 50, false]],
    ["The group said ~50 were missing.", ["~50", "about", 50, 50, false]],
    ["Police caught around 50 people.", ["around 50", "about", 50, 50, false]],
    ["Approximately 600 were returned.", ["Approximately 600", "about", 600, 600, false]],
    ["Some 2,600 crossed the river.", ["Some 2,600", "about", 2600, 2600, false]],
    ["Roughly 70 were freed.", ["Roughly 70", "about", 70, 70, false]],
    // A decimal printed without its 0 reads as readFigure reads it: ".5%" was proposed as 5, and
    // "about .75 percent" as exact 75 (an outside audit).
    ["Only .5% of them were women.", [".5%", "exact", 0.5, 0.5, false]],
    ["The rate was about .75 percent.", ["about .75 percent", "about", 0.75, 0.75, false]],
    ["Dozens of officials were sent.", ["Dozens", "at_least", VAGUE_FLOORS.dozens, null, true]],
    ["Hundreds were sent back.", ["Hundreds", "at_least", VAGUE_FLOORS.hundreds, null, true]],
    ["Several people were arrested.", ["Several", "at_least", VAGUE_FLOORS.several, null, true]],
    ["Several hundred were sent back.", ["Several hundred", "at_least", 300, null, true]],
    ["A couple of hundred were sent back.", ["A couple of hundred", "at_least", 200, null, true]],
    ["A couple hundred were sent back.", ["A couple hundred", "at_least", 200, null, true]],
    ["Only a few hundred were sent back.", ["a few hundred", "at_least", 200, null, true]],
    ["A few thousand fled.", ["A few thousand", "at_least", 2000, null, true]],
    ["About 80% of them were women.", ["About 80%", "about", 80, 80, false]],
    ["A 15-day quarantine followed.", ["15-day", "exact", 15, 15, false]],
    ["They underwent a 10-15 day classification.", ["10-15 day", "between", 10, 15, false]],
    // "three years and a half" was proposed as 3.5, and "a year and a half" not at all.
    ["He was held for a year and a half.", ["a year and a half", "exact", 1.5, 1.5, false]],
    ["They waited an hour and a half.", ["an hour and a half", "exact", 1.5, 1.5, false]],
    ["He spent about a day and a half there.", ["about a day and a half", "about", 1.5, 1.5, false]],
    // An outside review: a scale word scaled only the upper end ("between 2 and 3 million" was
    // proposed as 2 to 3,000,000), and a percent range with the sign on both ends was two figures.
    ["Police held between 2 and 3 million people.", ["between 2 and 3 million", "between", 2e6, 3e6, false]],
    ["Police held two to three hundred people.", ["two to three hundred", "between", 200, 300, false]],
    [
      "Between two million and three million people fled.",
      ["Between two million and three million", "between", 2e6, 3e6, false],
    ],
    [
      "Between two hundred and three hundred people fled.",
      ["Between two hundred and three hundred", "between", 200, 300, false],
    ],
    ["Police held 2-3 thousand people.", ["2-3 thousand", "between", 2000, 3000, false]],
    ["Police held 30% to 40% of them.", ["30% to 40%", "between", 30, 40, false]],
    ["Police held as many as 40 people.", ["as many as 40", "at_most", null, 40, false]],
    ["Police held 40-odd people.", ["40-odd", "at_least", 40, null, false]],
    ["Police held 40 thousand-odd people.", ["40 thousand-odd", "at_least", 40_000, null, false]],
    ["A dozen-odd people were sent back.", ["A dozen-odd", "at_least", 12, null, false]],
    // An outside audit: "Half a dozen" was proposed as "a dozen" (12), which provenance refused.
    ["Half a dozen defectors were detained.", ["Half a dozen", "exact", 6, 6, false]],
    ["Some half a dozen defectors were sent back.", ["Some half a dozen", "about", 6, 6, false]],
    ["Half a million people fled.", ["Half a million", "exact", 500_000, 500_000, false]],
    ["Police held half a thousand people.", ["half a thousand", "exact", 500, 500, false]],
    // A review of that fix: the US and hyphened spellings were still proposed as the scale word.
    ["Police held a half dozen people.", ["a half dozen", "exact", 6, 6, false]],
    [
      "Nearly a half-million North Koreans fled.",
      ["Nearly a half-million", "about", 500_000, 500_000, false],
    ],
    ["Police held half-a-dozen people.", ["half-a-dozen", "exact", 6, 6, false]],
    ["Police held twenty-odd people.", ["twenty-odd", "at_least", 20, null, false]],
    ["Police held 30%-40% of them.", ["30%-40%", "between", 30, 40, false]],
    ["Police held between 30% and 40% of them.", ["between 30% and 40%", "between", 30, 40, false]],
    [
      "Police held between 30 percent and 40 per cent of them.",
      ["between 30 percent and 40 per cent", "between", 30, 40, false],
    ],
  ])("reads %j as the provenance rule does", (text, expected) => {
    expect(shape(only(text))).toEqual(expected);
  });

  it.each([
    ["Defectors said approx. 2,000 North Koreans were held.", ["approx. 2,000", "about", 2000, 2000, false]],
    ["Officials said 2\u00A0600 people were moved.", ["2\u00A0600", "exact", 2600, 2600, false]],
    ["Officials said 2'600 people were moved.", ["2'600", "exact", 2600, 2600, false]],
    ["Some 1 200 000 people were displaced.", ["Some 1 200 000", "about", 1200000, 1200000, false]],
  ])("reads %j as one figure with its words as printed", (text, expected) => {
    expect(shape(only(text))).toEqual(expected);
  });

  it("proposes a figure with characters that print as nothing inside it as printed, and says so", () => {
    const p = only("Police held 2\u200b00 people.");
    expect(shape(p)).toEqual(["2\u200b00", "exact", 200, 200, false]);
    expect(p.quote).toBe("Police held 2\u200b00 people.");
    expect(p.notes).toContain(
      "figure_text holds a character that prints as nothing (\\u200b), kept as written and read as printed",
    );
    expect(only("Police held between about 200 and 300 people.").value_high).toBe(300);
  });

  it("proposes a figure of a hard-wrapped sentence whole, its quote as printed", () => {
    const text =
      "Police detained between 30 and\n40 North Korean women, a source said, adding that about\n15 were later released.";
    const proposals = propose(text);
    expect(proposals.map(shape)).toEqual([
      ["between 30 and\n40", "between", 30, 40, false],
      ["about\n15", "about", 15, 15, false],
    ]);
    expect(new Set(proposals.map((p) => p.quote))).toEqual(new Set([text]));
  });

  it("quotes the words around each figure of a very long sentence, not the whole sentence each time", () => {
    // An outside review's 200 KB sentence: every row repeating it overflowed the CSV writer.
    const text = "and then 40 more people were held in the camp near the river ".repeat(2000);
    const proposals = propose(text);
    expect(proposals).toHaveLength(2000);
    for (const p of proposals) {
      expect(p.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
      expect(text.includes(p.quote) && p.quote.includes(p.figure_text)).toBe(true);
    }
    expect(proposals[0]!.notes).toContain("quote is the words around the figure");
  });

  it("proposes no count for a couple or a few of something other than hundreds or thousands", () => {
    expect(propose("A few people and a couple of guards were sent back.")).toEqual([]);
  });

  it("proposes nothing for a fraction, a temperature, a score or a phone number", () => {
    const text =
      "About 3/4 were women. It was -20 degrees. The team won 3-2 in a 3\u20132 vote. Call (02) 555-0100.";
    expect(propose(text)).toEqual([]);
    expect(propose("Three-quarters of the 200 were women.").map(shape)).toEqual([
      ["200", "exact", 200, 200, false],
    ]);
  });

  it("proposes the number before a scale word hyphened to a modifier, and names the other reading", () => {
    // "200 million-dollar homes" was proposed as 200,000,000: it may be 200 homes of a million each.
    const p = only("They built 200 million-dollar homes.");
    expect(shape(p)).toEqual(["200", "exact", 200, 200, false]);
    expect(p.notes).toContain(
      '"million-dollar" follows it, a compound modifier its scale word may belong to: read as the figure alone; if the scale word scales the figure instead, it is 200000000',
    );
    // Hyphened to the number too, the scale word is bound to it: once proposed as 200 to 1,000,000.
    expect(shape(only("It had a 200-million-dollar budget."))).toEqual([
      "200-million",
      "exact",
      200_000_000,
      200_000_000,
      false,
    ]);
    // A suspended hyphen: one range, as readFigure reads it (proposed as "200" and "300-million").
    expect(shape(only("Police approved 200- and 300-million-dollar budgets."))).toEqual([
      "200- and 300-million",
      "between",
      200_000_000,
      300_000_000,
      false,
    ]);
    expect(shape(only("Police counted 200 million people."))).toEqual([
      "200 million",
      "exact",
      200_000_000,
      200_000_000,
      false,
    ]);
  });

  // An outside review: "between 300 and 200" was proposed with value_low 300 above value_high 200.
  it("proposes a range printed high to low with its lower bound as value_low", () => {
    expect(propose("Police said between 300 and 200 were detained.").map(shape)).toEqual([
      ["between 300 and 200", "between", 200, 300, false],
    ]);
  });

  it("says in notes what a figure is and what was guessed", () => {
    expect(only("A 15-day quarantine followed.").notes).toContain("a duration");
    expect(only("A year and a half passed.").notes).toContain("a duration");
    expect(only("More than 30 percent were women.").notes).toContain("a share (percentage)");
    expect(only("Dozens of officials were sent.").notes).toContain("a vague quantity");
    expect(only("About 200 were sent back.").notes).not.toMatch(/duration|share|vague/);
    expect(only("About 200 were sent back.").notes).toContain("event_id left for review");
  });

  it("names who gave the figure, from the sentence or a neighbour", () => {
    const speaker = (text: string, k = 0) => {
      const p = propose(text, { outlet: "Example Wire" })[k]!;
      return [p.attributed_to, p.attributed_kind];
    };
    expect(speaker("A source in China told the paper that about 200 were sent back.")).toEqual([
      "A source in China",
      "anonymous_source",
    ]);
    expect(speaker("“About 80% of them were women,” the China-based source said.")).toEqual([
      "the China-based source",
      "anonymous_source",
    ]);
    expect(speaker("“Send these seven people home,” said Jane Roe, a director at Example Watch.")).toEqual([
      "Jane Roe, a director at Example Watch",
      "ngo",
    ]);
    expect(speaker("About 60 were held, according to South Korean sources.")).toEqual([
      "South Korean sources",
      "anonymous_source",
    ]);
    expect(speaker("About 60 were held, citing the unification ministry.")).toEqual([
      "the unification ministry",
      "government",
    ]);
    expect(speaker("The ministry said it was looking into it. About 60 were held.", 0)).toEqual([
      "The ministry",
      "government",
    ]);
    expect(
      speaker("A paper quoted an activist who helps defectors as saying that at least 39 were held."),
    ).toEqual(["an activist who helps defectors", "ngo"]);
    expect(speaker("In July 2017, RFA reported that about 10 were caught.")).toEqual(["RFA", "media"]);
    // The next sentence's speaker counts only when it refers back to one already named.
    expect(speaker("Hundreds were sent back. Now they go one by one, the source said.")).toEqual([
      "the source",
      "anonymous_source",
    ]);
    expect(speaker("Seven were detained. “Free them,” said Jane Roe of Example Watch.")).toEqual([
      "Example Wire",
      "media",
    ]);
    expect(speaker("About 60 were held.")).toEqual(["Example Wire", "media"]);
    expect(propose("About 60 were held.")[0]!.attributed_kind).toBeNull();
  });

  it("guesses a metric only when one metric's keywords make it clear", () => {
    const metric = (m: string, unit: string, kind: string): Metric =>
      metricSchema.parse({ metric: m, unit, kind, description: m });
    const metrics = [
      metric("repatriated_persons", "persons", "count"),
      metric("detained_persons", "persons", "count"),
      metric("women_share", "percent", "share"),
      metric("quarantine_days", "days", "duration"),
    ];
    const guess = (text: string) => propose(text, { metrics }).map((p) => p.metric);
    expect(guess("China repatriated about 200 people.")).toEqual(["repatriated_persons"]);
    expect(guess("About 80% of them were women.")).toEqual(["women_share"]);
    expect(guess("They completed a 15-day quarantine.")).toEqual(["quarantine_days"]);
    // The unit of a half after it is the word before "and a half", not "half".
    expect(guess("The quarantine lasted a day and a half.")).toEqual(["quarantine_days"]);
    expect(guess("The quarantine lasted three days and a half.")).toEqual(["quarantine_days"]);
    // Nor a cue after it ("15 days or so" was read as in "so").
    expect(guess("The quarantine lasted 15 days or so.")).toEqual(["quarantine_days"]);
    expect(guess("The quarantine lasted a day and a half or more.")).toEqual(["quarantine_days"]);
    // Both metrics' words: neither is clear.
    expect(guess("China repatriated approximately 600 detainees.")).toEqual([null]);
    // "a million-dollar fine" is a sum of dollars, no count of people repatriated (it was one);
    // "-strong", "-member" and "-person" count what they describe.
    expect(guess("China repatriated 200 people and paid a million-dollar fine.")).toEqual([
      "repatriated_persons",
      null,
    ]);
    expect(guess("China repatriated a 200 million-dollar budget's worth.")).toEqual([null]);
    expect(guess("A thousand-strong crowd was repatriated.")).toEqual(["repatriated_persons"]);
    // A fraction alone is a share: only a metric in percent holds it.
    expect(guess("About ¾ of those repatriated were women.")).toEqual(["women_share"]);
    expect(guess("A hundred-member group was repatriated.")).toEqual(["repatriated_persons"]);
    // A percentage never goes to a count, a count never to a share.
    expect(guess("About 80% were repatriated.")).toEqual([null]);
    expect(guess("About 80 women were held.")).toEqual([null]);
  });

  it("says that a figure heading a compound modifier measures what the modifier names", () => {
    const [fine] = propose("They paid a million-dollar fine.");
    expect(fine).toMatchObject({ figure_text: "a million", value_low: 1_000_000, metric: null });
    expect(fine!.notes).toContain(
      'it heads the compound modifier "million-dollar": a figure in dollars, not a count of what it describes',
    );
    expect(only("A thousand-strong crowd gathered.").notes).not.toContain("compound modifier");
  });

  it("proposes a fraction printed alone as a share of the whole, as the provenance rule reads it, not a count", () => {
    // "½ of them" was proposed as exactly 0.5, a count of half a person; "1/2", "half" and
    // "three-quarters" are passed over as fractions, and fractionOf reads "½" as 50% of a share.
    const half = only("Police held ½ of them.");
    expect(shape(half)).toEqual(["½", "exact", 50, 50, false]);
    expect(half.notes).toContain("a share (a fraction of the whole, 50%): set base_claim_id");
    expect(shape(only("About ¾ of them were women."))).toEqual(["About ¾", "about", 75, 75, false]);
    expect(shape(only("More than ½ were women."))).toEqual(["More than ½", "more_than", 50, null, false]);
    // Joined to its whole number or scaled, it is part of a count.
    expect(shape(only("Police held ½ million people."))).toEqual([
      "½ million",
      "exact",
      500_000,
      500_000,
      false,
    ]);
    expect(shape(only("They stayed 3½ years."))).toEqual(["3½ years", "exact", 3.5, 3.5, false]);
  });

  it("leaves out figures already recorded for the source with --exclude-existing", () => {
    const text = "A source said about 200 were sent back. Police held 60 more.";
    const recorded = {
      source_id: "s-test",
      figure_text: "about 200",
      quote: "about  200 were sent back",
    } as Claim;
    const elsewhere = { ...recorded, source_id: "s-other", figure_text: "60", quote: "Police held 60 more." };
    const figures = (excludeExisting: boolean) =>
      propose(text, { claims: [recorded, elsewhere], excludeExisting }).map((p) => [
        p.claim_id,
        p.figure_text,
      ]);
    expect(figures(false)).toEqual([
      ["new-1", "about 200"],
      ["new-2", "60"],
    ]);
    expect(figures(true)).toEqual([["new-1", "60"]]);
  });

  it("with --exclude-existing leaves out the figure a recorded claim quotes, not every figure printed alike", () => {
    const claim = (figure_text: string, quote: string) =>
      ({ source_id: "s-test", figure_text, quote }) as Claim;
    const left = (text: string, claims: Claim[]) =>
      propose(text, { claims, excludeExisting: true }).map((p) => [p.figure_text, p.quote]);
    // The recorded quote holds the second "200" only: the first is another figure, proposed.
    const text = "Police held 200 in May and 200 in June.";
    expect(left(text, [claim("200", "200 in June")])).toEqual([["200", text]]);
    expect(left(text, [claim("200", "held 200 in May")])).toEqual([["200", text]]);
    // A claim stands for one figure: the same sentence printed twice states it twice.
    const twice = "About 200 were sent back. About 200 were sent back.";
    expect(left(twice, [claim("About 200", "About 200 were sent back.")])).toEqual([
      ["About 200", "About 200 were sent back."],
    ]);
    expect(
      left(twice, [
        claim("About 200", "About 200 were sent back."),
        claim("About 200", "About 200 were sent back."),
      ]),
    ).toEqual([]);
    // Another sentence's quote excludes nothing here, though its figure is printed alike.
    const other = "About 200 were held. About 200 were sent back.";
    expect(left(other, [claim("About 200", "About 200 were sent back.")])).toEqual([
      ["About 200", "About 200 were held."],
    ]);
  });

  it("with --exclude-existing matches a recorded quote typed with straight quotes or hyphens", () => {
    // An outside audit: c001 recorded "North Korea's" where the text prints "North Korea’s", which
    // the provenance rule accepts, and propose offered the figure again as new.
    const claim = (figure_text: string, quote: string) =>
      ({ source_id: "s-test", figure_text, quote }) as Claim;
    const left = (text: string, claims: Claim[]) =>
      propose(text, { claims, excludeExisting: true }).map((p) => p.figure_text);
    const text = "“About 200” of North Korea’s defectors, 200–300 in all, were sent back.";
    expect(
      left(text, [
        claim("About 200", '"About 200" of North Korea\'s defectors'),
        claim("200-300", "200-300 in all"),
      ]),
    ).toEqual([]);
    // Folding forgives the marks only: another word is another quote.
    expect(left(text, [claim("About 200", '"About 200" of North Korea\'s refugees')])).toEqual([
      "About 200",
      "200–300",
    ]);
  });

  it("with --exclude-existing matches a recorded figure whose line break the loader read back as \\n", () => {
    // claims.csv keeps the text's CRLF inside a quoted cell, and the loader reads it as "\n": the
    // figure proposed from the text, "between 30 and\r\n40", was proposed again (an outside audit).
    const text = "A source said between 30 and\r\n40 North Korean women were held.\r\n";
    const [proposal] = propose(text);
    expect(proposal?.figure_text).toBe("between 30 and\r\n40");
    const recorded = {
      source_id: "s-test",
      figure_text: proposal!.figure_text.replace("\r\n", "\n"),
      quote: proposal!.quote.replace("\r\n", "\n"),
    } as Claim;
    expect(propose(text, { claims: [recorded], excludeExisting: true })).toEqual([]);
    // Another figure is still another: the words, not the spacing, decide.
    expect(
      propose(text, { claims: [{ ...recorded, figure_text: "between 30 and\n41" }], excludeExisting: true }),
    ).toHaveLength(1);
  });

  const WORDS = [
    "people",
    "were",
    "sent",
    "back",
    "The",
    "source",
    "said",
    "told",
    "according to",
    "in",
    "of",
  ];
  const CUES = [
    "about",
    "at least",
    "more than",
    "up to",
    "nearly",
    "between",
    "some",
    "Some",
    "around",
    "over",
  ];
  const NUMBERS = [
    "seven",
    "Seven",
    "three and a half",
    "dozens",
    "Hundreds",
    "several",
    "twenty-five",
    "a dozen",
  ];
  const piece = fc.oneof(
    fc.constantFrom(...WORDS, ...CUES, ...NUMBERS),
    fc.integer({ min: 0, max: 3_000_000 }).map(String),
    fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString("en-US")),
    fc.constantFrom(
      ". ",
      ", ",
      "\n",
      "“",
      "”",
      "-",
      "–",
      "%",
      " percent",
      " to ",
      " and ",
      "-day",
      " years",
      ":",
    ),
    fc.string({ maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(" "));

  it("the generated texts state figures, so the properties below are not vacuous", () => {
    const counts = fc.sample(text, { numRuns: 200, seed: 1 }).map((t) => propose(t).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
  });

  it("never invents text: every quote occurs in the text and every figure_text in its quote", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (t) => {
        for (const p of propose(t)) {
          expect(t).toContain(p.quote);
          expect(p.quote).toContain(p.figure_text);
          expect(p.quote).toBe(p.quote.trim());
        }
      }),
      { numRuns: 400 },
    );
  });

  it("states each figure's qualifier and bounds so the provenance rule's reading agrees", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const p of propose(t)) {
          const reading = readFigure(p.figure_text);
          expect(reading, p.figure_text).not.toBeNull();
          // As the provenance rule reads a range: its two bounds in either printed order.
          const read =
            p.qualifier === "between" && reading!.values.length === 2
              ? [...reading!.values].sort((a, b) => a - b)
              : reading!.values;
          expect(read, p.figure_text).toEqual(statedValues(p));
          expect(reading!.vague).toBe(p.vague);
        }
      }),
      { numRuns: 400 },
    );
  });
});
