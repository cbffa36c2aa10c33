import { proposeClaims } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, makeDataset, source } from "./__fixtures__/dataset.js";
import { validate } from "./validate.js";

/**
 * What the validator finds in each row `propose` makes of `text`, pasted as it stands (event and
 * metric filled in, as a reviewer would), each row alone in a dataset whose source text is `text`.
 */
function findingsOnProposals(text: string, metric?: string) {
  const proposals = proposeClaims(text, { sourceId: "s1" });
  expect(proposals.length, text).toBeGreaterThan(0);
  return proposals.flatMap((p) => {
    const cells = claim("c1", p.qualifier, String(p.value_low ?? ""), String(p.value_high ?? ""), {
      metric: metric ?? (p.notes?.includes("a duration") ? "duration" : "persons"),
      figure_text: p.figure_text,
      quote: p.quote,
      vague: String(p.vague),
    });
    const dataset = makeDataset({ sources: [source("s1", { text_ref: "t.txt" })], claims: [cells] });
    const { findings } = validate(dataset, { corpus: new Map([["t.txt", text]]) });
    return findings.filter((f) => f.severity !== "info").map((f) => `${p.figure_text}: ${f.message}`);
  });
}

describe("a proposal pasted as it stands passes the validator", () => {
  it.each([
    // A unit of time and a half after its article, read by both as 1.5.
    ["He was held for a year and a half in Onsong."],
    ["They waited an hour and a half at the border."],
    ["She hid for about a day and a half."],
    // A cue after a duration bounds it.
    ["The wait was a year and a half or so."],
    ["The wait was a year and a half or more."],
    ["The wait was 15 days or so."],
    // And as the first end of a range, read whole as 1.5 to 2.
    ["Families waited between a year and a half and two years."],
    ["Families waited from a year and a half to two years."],
    ["Families waited a year and a half to two years."],
    // A scale word hyphened to a modifier: proposed as the number alone, which the quote holds.
    ["They built 200 million-dollar homes for the guards."],
    ["Police broke up 50 thousand-strong crowds."],
    // A scale word heading a modifier after a number passed over is no figure alone.
    ["The COVID-19 million-dollar relief fund was frozen. Police held 30 people."],
    ["In 2019 hundred-dollar bills were seized from 30 people."],
    ["On Oct. 9 million-dollar bribes were paid to 30 people."],
    // Read one way only: the whole figure is proposed, and "200" alone would be refused.
    ["Officials unveiled a 200 million-dollar budget for the camps."],
    ["The ministry raised 200 million\u2014more than ever before."],
    ["Spending reached $200 million-a-year by 2023."],
    ["Police seized between 500 and 1 million-dollar homes."],
    ["Police seized between 2 million and 3 million-dollar homes."],
    // A suspended hyphen: one range, as readFigure reads it.
    ["Police approved 200- and 300-million-dollar budgets."],
    ["Police approved 200 million- and 300 million-dollar budgets."],
    // A half hyphened to what it adds to, "-odd" after a scale word, two ends each with its scale.
    ["He was held for a year-and-a-half in Onsong."],
    ["He was held for three-and-a-half years."],
    ["Police held 40 thousand-odd people."],
    ["A dozen-odd people were sent back."],
    ["They said two million-three million fled."],
    ["They paid a million-dollar fine and 30 people were held."],
  ])("%j", (text) => {
    expect(findingsOnProposals(text)).toEqual([]);
  });
});

describe("a fraction printed alone, proposed as a share, passes the validator under a share metric", () => {
  it.each([
    ["Police said ½ of them were women.", "½"],
    ["Police said about ¾ of them were women.", "about ¾"],
  ])("%j", (text, figure) => {
    // Proposed as 0.5 and 0.75, a count, where fractionOf reads 50% and 75% of a share. The base
    // claim is the reviewer's to name, as the proposal's notes say.
    expect(findingsOnProposals(text, "share_women")).toEqual([
      `${figure}: c1: share_women is a share, but base_claim_id is empty: name the count claim it is a share of`,
    ]);
  });
});

// An outside audit: an escape sequence or bidirectional control went into the quote as it stood,
// which the loader refuses in any cell; taken out of the quote, the quote was no longer the text's.
// Each row quotes the words between them, found as printed in the very text that holds them.
describe("a proposal from a text holding control characters holds none, and passes the validator", () => {
  // The loader's set (`hiddenControlsText`).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
  it.each([
    ["About 200 people\x1b]0;x\x07 were sent back."],
    ["Police said 300\x1b[0m people were held, \x1b[31m400\x1b[0m in all, in Onsong."],
    ["\x1b[1mPolice said 40 people were held."],
    ["\x1b[1mKim Min-su\x1b[0m said about 40 people were freed."],
    ["Police held 40 people.\x1b[0m Officials said between 50 and 60 were freed."],
    ["The ministry said \u2066 70 \u2069 fled, and \u202eabout 002\u202c more."],
    ["A report\x0bsaid 80 were held\x0cin Sinuiju, \x9b1mat least 90\x9b0m in all."],
  ])("%j", (text) => {
    for (const p of proposeClaims(text, { sourceId: "s1" }))
      for (const [column, cell] of Object.entries(p))
        if (typeof cell === "string") expect(cell, column).not.toMatch(CONTROL);
    expect(findingsOnProposals(text)).toEqual([]);
  });
});
