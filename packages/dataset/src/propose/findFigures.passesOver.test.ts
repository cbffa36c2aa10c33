import { describe, expect, it } from "vitest";
import { findFigures } from "./findFigures.js";

const figuresIn = (sentence: string) => findFigures(sentence).figures.map((f) => f.figureText);
const skippedIn = (sentence: string) => findFigures(sentence).skipped.map((s) => [s.text, s.why]);

// An outside audit found each of these proposed; the validator rejected some of the rows outright.
describe("findFigures passes over", () => {
  it.each([
    ["The group said 39명 were detained.", [["39", "a number glued to a letter"]]],
    ["China sent back 600名 defectors.", [["600", "a number glued to a letter"]]],
    ["중국이 탈북민 약 600명을 강제북송했다.", [["600", "a number glued to a letter"]]],
    ["탈북민 약600명", [["600", "a number glued to a letter"]]],
    // A range whose end is glued is passed over whole: "200" alone was half of it.
    [
      "소식통에 따르면 200~300명이 10월 9일 북송됐다.",
      [
        ["200~300", "a number glued to a letter"],
        ["10", "a number glued to a letter"],
        ["9", "a number glued to a letter"],
      ],
    ],
    ["Officials said ３９명 were detained.", [["３９", "a number glued to a letter"]]],
  ])("a number glued to a letter of another script: %j", (sentence, skipped) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(skippedIn(sentence)).toEqual(skipped);
  });

  it.each([
    // Keycaps (the emoji 2️⃣0️⃣0️⃣): read at each mark as about 2, 0 and 0.
    ["About 2\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3 were sent back.", "2\u20e30\u20e30\u20e3"],
    ["Police held 4\u20e30\u20e3 people.", "4\u20e30\u20e3"],
    // Struck out or underlined with combining marks: "about 5" and "00", or a withdrawn 200 as stated.
    ["About 5\u033600 were held.", "5\u033600"],
    ["About 5\u03360\u03360\u0336 were held.", "5\u03360\u03360\u0336"],
    ["About 200\u0336 were held.", "200\u0336"],
    ["Police held 1,2\u03320\u03320 people.", "1,2\u03320\u03320"],
  ])("digits carrying a combining mark, whole: %j", (sentence, number) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(skippedIn(sentence)).toEqual([[number, "digits carrying a combining mark"]]);
  });

  it("reads the figures beside digits carrying a combining mark, and digits with a variation selector alone", () => {
    expect(figuresIn("About 200 were held, 5\u03360\u0336 of them women.")).toEqual(["About 200"]);
    expect(figuresIn("About 2\ufe0f00 were held.")).toEqual(["About 2\ufe0f00"]);
  });

  it.each([
    ["The report, on page 12, says 70 defectors were detained.", "12", "70"],
    ["See p. 14: 80 defectors were detained there.", "14", "80"],
    ["The report (pages 10-12) says 90 defectors were held.", "10-12", "90"],
    ["The UN report, paragraph 45, says 95 defectors were repatriated.", "45", "95"],
    ["As pp. 3-4 and para. 7 of the report say, 60 people were sent back.", "3-4", "60"],
    ["Under article 33 and section 2, 40 people were held.", "33", "40"],
  ])("a page, paragraph or article number in lower case: %j", (sentence, reference, count) => {
    // An outside audit: only "Page 12" was passed over, and "page 12" proposed as 12 persons.
    expect(figuresIn(sentence)).toEqual([count]);
    expect(skippedIn(sentence)).toContainEqual([reference, "a number inside a name"]);
  });

  it("keeps a figure after a word that numbers nothing, and a percent after one that may", () => {
    expect(figuresIn("The figure 600 was cited by its editors.")).toEqual(["600"]);
    // A review: "volumes" passed over a share it stood before.
    expect(figuresIn("Trade volumes 30 percent higher were seen.")).toEqual(["30 percent"]);
    expect(figuresIn("The section 5% of the budget went to camps.")).toEqual(["5%"]);
  });

  it("ends no sentence at vols., and reads what follows as a place in a document", () => {
    expect(figuresIn("As vols. 2-3 say, 40 people were held.")).toEqual(["40"]);
  });

  it("keeps a number set apart from the letters of another script", () => {
    expect(figuresIn("The group said 39 명 were detained, 40 in all.")).toEqual(["39", "40"]);
    // Latin letters glued on are read as before: a scale abbreviation is part of the figure.
    expect(figuresIn("It cost $2bn and 15th of them.")).toEqual(["2bn"]);
  });

  it.each([
    ["Read more at https://www.dailynk.com/english/2023/10/600-defectors-repatriated/ today."],
    ["See www.dailynk.com/english/2023/10/600-defectors today."],
    ["See http://example.org/report?id=200&page=3 for it."],
  ])("numbers inside a web address: %j", (sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(findFigures(sentence).skipped.map((s) => s.why)).toEqual(["a web address"]);
  });

  it("keeps a figure beside a web address", () => {
    expect(figuresIn("About 600 were sent back (www.dailynk.com/600).")).toEqual(["About 600"]);
  });

  it.each([
    ["One in five detainees were children.", "One in five"],
    ["Nine out of ten detainees were women.", "Nine out of ten"],
    ["About 1 in 5 detainees were children.", "1 in 5"],
    ["One in every three was a woman.", "One in every three"],
    ["Some 40 out of 100 returnees were jailed.", "40 out of 100"],
  ])("a ratio: %j", (sentence, ratio) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(skippedIn(sentence)).toEqual([[ratio, "a ratio"]]);
  });

  it("keeps numbers joined by 'in' that are no ratio", () => {
    expect(figuresIn("Police held 30 in 2 raids.")).toEqual(["30", "2"]);
    expect(figuresIn("They caught 5 in 2019 and 3 in 3 days.")).toEqual(["5", "3", "3 days"]);
  });

  it("an age after a range opener or a cue, as after 'aged' alone", () => {
    expect(figuresIn("The detainees were aged between 20 and 40.")).toEqual([]);
    expect(skippedIn("The detainees were aged between 20 and 40.")).toEqual([["20 and 40", "an age"]]);
    expect(figuresIn("Those aged over 60 were freed, and 40 detainees moved.")).toEqual(["40"]);
  });

  it("a temperature below or above zero, and the zero itself", () => {
    const sentence = "It was 20 below zero when 40 detainees were moved.";
    expect(figuresIn(sentence)).toEqual(["40"]);
    expect(skippedIn(sentence)).toEqual([
      ["20", "a temperature"],
      ["zero", "a temperature"],
    ]);
    expect(figuresIn("It stayed above zero and 30 were freed.")).toEqual(["30"]);
  });

  // An outside audit found each proposed: "1" quoted "1.", the footnote's "3", and "200" and "0".
  it.each([
    ["1. Police detained 25 people.", ["1", "a list item's number"], ["25"]],
    ["2) Police held 30 people.", ["2", "a list item's number"], ["30"]],
    ["Police detained 35 people.[3]", ["3", "a footnote marker"], ["35"]],
  ])("a list's or a footnote's marker: %j", (sentence, skipped, figures) => {
    expect(figuresIn(sentence)).toEqual(figures);
    expect(skippedIn(sentence)).toEqual([skipped]);
  });

  it("keeps a bracketed figure with a space before it, and a stop before a figure inside a sentence", () => {
    expect(figuresIn("They held [200] people.")).toEqual(["200"]);
    expect(figuresIn("The total was 5. Police said so.")).toEqual(["5"]);
  });

  it("a figure grouped by one plain space, both halves, and digits with a leading zero", () => {
    const grouped = 'a figure grouped by a plain space ("200 000")';
    expect(figuresIn("Police detained 200 000 people.")).toEqual([]);
    expect(skippedIn("Police detained 200 000 people.")).toEqual([
      ["200", grouped],
      ["000", grouped],
    ]);
    expect(figuresIn("Police detained 12 050 people.")).toEqual([]);
    expect(skippedIn("Police detained 000 people.")).toEqual([["000", "digits with a leading zero"]]);
    // As before: two groups on are one figure, and "3 100" two numbers (the docs' "on day 3 100 people came").
    expect(figuresIn("Police detained 1 200 000 people.")).toEqual(["1 200 000"]);
    expect(figuresIn("On day 3 100 people came.")).toEqual(["3", "100"]);
  });
});
