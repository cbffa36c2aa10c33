import { describe, expect, it } from "vitest";
import { findFigures } from "./findFigures.js";

const figuresIn = (sentence: string) => findFigures(sentence).figures.map((f) => f.figureText);
const skippedIn = (sentence: string) => findFigures(sentence).skipped.map((s) => [s.text, s.why]);

describe("findFigures", () => {
  it.each([
    // Digits with separators and number words.
    ["Officials said 2,600 people were held.", ["2,600"]],
    // Two ends in words joined by "and": a range after "between", two figures without it; below
    // the scale before it, one number.
    ["Between two million and three million people fled.", ["Between two million and three million"]],
    ["Police said two million and three million people fled.", ["two million", "three million"]],
    [
      "Police held two million and three hundred thousand people.",
      ["two million and three hundred thousand"],
    ],
    ["Police held three hundred and fifty people.", ["three hundred and fifty"]],
    // A percent range is one figure, its signs and all; a fall from one share to another is two,
    // and so is a share beside a count.
    ["About 30% to 40% of them were women.", ["About 30% to 40%"]],
    ["The share fell from 30% to 10% last year.", ["30%", "10%"]],
    ["Between 30% and 40 people were held.", ["30%", "40"]],
    ["They waited about three and a half years for news.", ["about three and a half years"]],
    ["Seven North Koreans were caught.", ["Seven"]],
    [
      "The group said twenty-five were held and three hundred and fifty released.",
      ["twenty-five", "three hundred and fifty"],
    ],
    ["A dozen guards and two dozen officials came.", ["A dozen", "two dozen"]],
    ["It cost 3.5 million won.", ["3.5 million"]],
    // A fraction that ends as a decimal is part of its number (an outside review: "3½ thousand"
    // was proposed as "Fewer than 3" and "thousand").
    ["Fewer than 3½ thousand were sent back.", ["Fewer than 3½ thousand"]],
    ["About 3 1/2 years later, 40 more came.", ["About 3 1/2 years", "40"]],
    ["About ¾ of them were women.", ["About ¾"]],
    // Full-width digits, as a Chinese or Japanese text prints them, cut from the text as printed.
    ["Officials said ５４６ people were held.", ["５４６"]],
    // Thousands grouped by other separators, printed as they stand.
    ["Officials said 2\u00A0600 people were moved.", ["2\u00A0600"]],
    ["Officials said 2\u2009600 people were moved.", ["2\u2009600"]],
    ["Officials said 12\u202F500 people were moved.", ["12\u202F500"]],
    ["Officials said 2'600 people were moved.", ["2'600"]],
    ["Some 1 200 000 people were displaced.", ["Some 1 200 000"]],
    // Not thousands: a group of other than three digits, a single group after a plain space.
    ["Officials said 2\u00A06000 people were moved.", ["2", "6000"]],
    ["On day 3 100 people came.", ["3", "100"]],
    // Words after a figure, and signs before it, that bound or soften it: an outside review found
    // them cut off, so "200+" was proposed as an exact 200.
    ["Police said 200+ had gone.", ["200+"]],
    ["The source said 30 or more were jailed, and 5 or fewer freed.", ["30 or more", "5 or fewer"]],
    ["Activists said 50 or so were released.", ["50 or so"]],
    ["The group said ~50 were missing.", ["~50"]],
    ["Some 20-plus were taken.", ["Some 20-plus"]],
    [
      "More than 30 percent or more is no one's wording, yet 40 percent or less is.",
      ["More than 30 percent or more", "40 percent or less"],
    ],
    ["The source said 30 or\nmore were jailed.", ["30 or\nmore"]],
    // Not cues: a sum, "or" before another figure, and "c." (which would read ".50" as a half).
    ["They counted 200+300 in all.", ["200", "300"]],
    ["They counted 200 + 300 in all.", ["200", "300"]],
    ["Officials said c.50 fled.", ["50"]],
    ["Officials said 30 or 40 were jailed.", ["30", "40"]],
    // Ranges.
    ["Between 30 and 40 were sent back.", ["Between 30 and 40"]],
    ["They were held in groups of 10 to 30 people.", ["10 to 30"]],
    ["It took 10-15 weeks.", ["10-15 weeks"]],
    ["Some said 200–300 were returned.", ["200–300"]],
    ["From 10 to 30 people were held in each room.", ["From 10 to 30"]],
    // Bounds.
    ["At least 39 were detained.", ["At least 39"]],
    ["More than 30 percent were women.", ["More than 30 percent"]],
    ["It held over 100 people.", ["over 100"]],
    ["Up to 30 may be sent.", ["Up to 30"]],
    ["Fewer than 10 escaped.", ["Fewer than 10"]],
    ["Nearly 40 were caught.", ["Nearly 40"]],
    ["No more than 5 were freed.", ["No more than 5"]],
    // Approximations.
    ["About 200 were sent back.", ["About 200"]],
    ["Police caught around 50 people.", ["around 50"]],
    ["Approximately 600 were returned.", ["Approximately 600"]],
    ["Some 2,600 crossed the river.", ["Some 2,600"]],
    ["Roughly 70 were freed.", ["Roughly 70"]],
    ["Defectors said approx. 2,000 North Koreans were held.", ["approx. 2,000"]],
    // Vague words.
    ["Dozens of officials were sent.", ["Dozens"]],
    ["Hundreds were sent back together.", ["Hundreds"]],
    ["Several people were arrested.", ["Several"]],
    ["Tens of thousands fled.", ["Tens of thousands"]],
    ["Hundreds of thousands fled.", ["Hundreds of thousands"]],
    ["Several hundred were sent back.", ["Several hundred"]],
    // Percentages.
    ["About 80% of them were women.", ["About 80%"]],
    ["Some 45 per cent were women.", ["Some 45 per cent"]],
    // Durations carry their unit.
    ["They completed a 15-day quarantine.", ["15-day"]],
    ["They underwent a 10-15 day classification.", ["10-15 day"]],
  ])("finds the figures of %j", (sentence, figures) => {
    expect(figuresIn(sentence)).toEqual(figures);
  });

  it.each([
    ["In 2010, Pyongyang adopted a decree.", [["2010", "a year"]]],
    ["It was signed in 1986 at the border.", [["1986", "a year"]]],
    ["They were sent back on Oct. 9 at the border.", [["9", "a calendar date"]]],
    ["The group said on April 29 that they were held.", [["29", "a calendar date"]]],
    ["They were moved on 9 October to a camp.", [["9", "a calendar date"]]],
    ["They left at around 8 PM on the day.", [["8", "a time of day"]]],
    ["They left at 8 p.m. on the day.", [["8", "a time of day"]]],
    [
      "They left at 10:30 on the day.",
      [
        ["10", "a time of day"],
        ["30", "a time of day"],
      ],
    ],
    ["The man, 45, was arrested.", [["45", "an age"]]],
    ["A 45-year-old man was arrested.", [["45", "an age"]]],
    ["A man aged 45 was arrested.", [["45", "an age"]]],
    ["They were charged under Article 3 of the law.", [["3", "a number inside a name"]]],
    ["The COVID-19 rules were lifted.", [["19", "a number inside a name"]]],
    ["In the past 16 months there were summits.", [["16", "a reference period"]]],
  ])("passes over the number in %j", (sentence, skipped) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(skippedIn(sentence)).toEqual(skipped);
  });

  it("reads four digits before what they count as a count, not a year", () => {
    expect(figuresIn("Police detained 1800 people during the crackdown.")).toEqual(["1800"]);
    expect(figuresIn("1500 North Koreans were sent back.")).toEqual(["1500"]);
    expect(figuresIn("A group of 2000 defectors was held.")).toEqual(["2000"]);
    // After "in", "since", "by" four digits stay a year whatever follows.
    expect(skippedIn("In 2010 people began to leave.")).toEqual([["2010", "a year"]]);
    expect(skippedIn("Since 2019 women were sent back.")).toEqual([["2019", "a year"]]);
    expect(figuresIn("By 2020 officials had left.")).toEqual([]);
  });

  it("reads a figure in a title-case headline, and passes over numbered things wherever they stand", () => {
    // An outside review: the headlines proposed nothing, "Article 33" at a sentence's start a figure.
    expect(figuresIn("China Repatriates 600 North Koreans After Asian Games")).toEqual(["600"]);
    expect(figuresIn("Police Detain 60 Defectors In Liaoning")).toEqual(["60"]);
    expect(skippedIn("Article 33 of the law forbids it.")).toEqual([["33", "a number inside a name"]]);
    expect(skippedIn("Room 101 held the detainees.")).toEqual([["101", "a number inside a name"]]);
    expect(figuresIn("They were taken to Camp 15 Near The Border")).toEqual([]);
    // Inside an ordinary sentence a capitalised word still names what follows it.
    expect(figuresIn("They used Windows 10 to file the report.")).toEqual([]);
  });

  it("passes over a range of years, even after a range word, but not a range that counts", () => {
    expect(figuresIn("Between 2019 and 2021, 150 were sent back.")).toEqual(["150"]);
    expect(skippedIn("Between 2019 and 2021, 150 were sent back.")).toEqual([
      ["2019 and 2021", "a range of years"],
    ]);
    expect(figuresIn("From 2015 to 2020 about 40 a year were caught.")).toEqual(["about 40"]);
    expect(figuresIn("Between 1500 and 1800 people were held.")).toEqual(["Between 1500 and 1800"]);
  });

  it.each([
    ["They were repatriated on 2023-10-09 at dawn.", [["2023-10-09", "a calendar date"]]],
    ["They were repatriated on 2023/10/09 at dawn.", [["2023/10/09", "a calendar date"]]],
    [
      "The raid took place on 10/9/2023 and 9.10.2023 in the cities.",
      [
        ["10/9/2023", "a calendar date"],
        ["9.10.2023", "a calendar date"],
      ],
    ],
    ["The raid took place on 9/10/23 in the city.", [["9/10/23", "a calendar date"]]],
  ])("passes over the date in digits in %j", (sentence, skipped) => {
    expect(figuresIn(sentence)).toEqual([]);
    expect(skippedIn(sentence)).toEqual(skipped);
  });

  // An outside review: "1,00" was proposed as "Some 1" and "00", "1,0000" as "1,000" and "0".
  it("passes over digits grouped by commas in any way but thousands, whole", () => {
    expect(figuresIn("Some 1,00 people and 1,0000 people fled.")).toEqual([]);
    expect(skippedIn("Some 1,00 people and 1,0000 people fled.")).toEqual([
      ["1,00", "digits not grouped in thousands"],
      ["1,0000", "digits not grouped in thousands"],
    ]);
    expect(figuresIn("Some 1,200,000 people and 2,600 people fled.")).toEqual(["Some 1,200,000", "2,600"]);
    // A scale word after it goes with it, not proposed alone as "million".
    expect(figuresIn("Some 3,5 million North Koreans fled.")).toEqual([]);
    expect(skippedIn("Some 3,5 million North Koreans fled.")).toEqual([
      ["3,5 million", "digits not grouped in thousands"],
    ]);
    expect(figuresIn("About 3/4 million people were detained.")).toEqual([]);
  });

  it("passes over a whole number too large to write exactly", () => {
    expect(figuresIn("Officials said 99999999999999999999999 people were held.")).toEqual([]);
    expect(skippedIn("Officials said 99999999999999999999999 people were held.")).toEqual([
      ["99999999999999999999999", "a number too large to write exactly"],
    ]);
    expect(figuresIn("Officials said 9007199254740991 people were held.")).toEqual(["9007199254740991"]);
  });

  it("reads numbers split by slashes that are no date as numbers", () => {
    expect(figuresIn("The votes were 45/50/60 in the end.")).toEqual(["45", "50", "60"]);
  });

  it("reads a bounding phrase split by a line break", () => {
    expect(figuresIn("Police said at\nleast 15 were held.")).toEqual(["at\nleast 15"]);
  });

  it("does not propose ordinals or the pronoun one", () => {
    expect(figuresIn("It was the 15th time; the third-ranking member came.")).toEqual([]);
    expect(figuresIn("No one was freed, and the one who fled was caught one by one.")).toEqual([]);
  });

  it("keeps a count beside a date, year and time in the same sentence", () => {
    expect(
      figuresIn(
        "As of January 15, 2024, more than 30 percent of the approximately 600 returned in October 2023 were held.",
      ),
    ).toEqual(["more than 30 percent", "approximately 600"]);
    expect(figuresIn("Between 200 and 300 were sent back at around 8 PM on Oct. 9.")).toEqual([
      "Between 200 and 300",
    ]);
  });

  it("says a figure is a duration", () => {
    expect(findFigures("A 15-day quarantine followed 200 arrests.").figures.map((f) => f.duration)).toEqual([
      true,
      false,
    ]);
  });

  it("passes over a fraction, in digits or in words, but keeps the count it is a share of", () => {
    expect(figuresIn("About 3/4 of the detainees were women.")).toEqual([]);
    expect(skippedIn("About 3/4 of the detainees were women.")).toEqual([["3/4", "a fraction or ratio"]]);
    expect(figuresIn("Three-quarters of the 200 were women.")).toEqual(["200"]);
    expect(skippedIn("Three-quarters of the 200 were women.")).toEqual([["Three", "a fraction"]]);
    expect(figuresIn("Two thirds of them and one half of the rest were freed.")).toEqual([]);
    // A list of three is no fraction (as before), nor is a number that a half is added to.
    expect(figuresIn("The votes were 45/50/60 in the end.")).toEqual(["45", "50", "60"]);
    expect(figuresIn("They waited two and a half years.")).toEqual(["two and a half years"]);
  });

  it("passes over a signed number and a temperature", () => {
    for (const sentence of [
      "It was -20 degrees when 30 people crossed.",
      "It was minus 20 degrees when 30 people crossed.",
      "It was \u221220 when 30 people crossed.",
      "It was 20\u00B0C when 30 people crossed.",
      "It was 20 \u00B0F when 30 people crossed.",
      "It was 20\u2103 when 30 people crossed.",
    ])
      expect(figuresIn(sentence), sentence).toEqual(["30"]);
    expect(skippedIn("It was -20 degrees.")).toEqual([["20", "a signed number"]]);
    expect(skippedIn("It was 20 degrees.")).toEqual([["20", "a temperature"]]);
  });

  it("reads a score or a vote as no range and no count, and a range only from low to high", () => {
    expect(skippedIn("The team won 3-2 on Sunday.")).toEqual([["3-2", "a score or tally"]]);
    expect(figuresIn("The bill passed in a 3\u20132 vote.")).toEqual([]);
    expect(figuresIn("The committee split 5-4 on the motion.")).toEqual([]);
    // Ascending, but beside the words that print a result.
    expect(figuresIn("They won 2-3 in the final.")).toEqual([]);
    expect(figuresIn("The Senate voted 52 to 48.")).toEqual([]);
    // Verbs that count people as often, and a tally of thousands, stay figures (a review).
    expect(figuresIn("Guards beat 10-15 with iron bars.")).toEqual(["10-15"]);
    expect(figuresIn("The family lost 2-3 in the flood.")).toEqual(["2-3"]);
    expect(figuresIn("The petition received 2,000-3,000 votes.")).toEqual(["2,000-3,000"]);
    // A span of years is told as one, not as a score.
    expect(findFigures("In 2019-20, 500 people left.").skipped.map((x) => x.why)).not.toContain(
      "a score or tally",
    );
    // After "between", two numbers high to low are one range written backwards, not two figures.
    expect(figuresIn("Police detained between 300 and 200 people.")).toEqual(["between 300 and 200"]);
    // Real ranges still read as ranges.
    expect(figuresIn("200-300 people were held.")).toEqual(["200-300"]);
    expect(figuresIn("Police beat 10-15 detainees.")).toEqual(["10-15"]);
    // Printed high to low, two numbers joined by a word are two figures, not a range.
    expect(figuresIn("The number held fell from 30 to 10.")).toEqual(["30", "10"]);
  });

  it("passes over phone numbers", () => {
    expect(skippedIn("For details call 02-123-4567 today.")).toEqual([["02-123-4567", "a phone number"]]);
    expect(skippedIn("Call +82 2 1234 5678 for help.")).toEqual([["+82 2 1234 5678", "a phone number"]]);
    expect(skippedIn("Call (02) 555-0100 for help.")).toEqual([["(02) 555-0100", "a phone number"]]);
    expect(figuresIn("Call 555-0100 or 1-800-555-0100; 40 people have called.")).toEqual(["40"]);
    // Ranges in the shapes a loose phone pattern took (a review): a numbered list, a year in
    // brackets, a plus sign.
    expect(figuresIn("(1) 200-300 people were detained; (2) 50-60 were released.")).toEqual([
      "200-300",
      "50-60",
    ]);
    expect(skippedIn("(1) 200-300 people were detained.")).toEqual([["1", "a list item's number"]]);
    // A figure in brackets after a word is a figure.
    expect(figuresIn("The detainees (20) were moved.")).toEqual(["20"]);
    expect(figuresIn("In the first half (2023) 150-200 people crossed.")).toEqual(["150-200"]);
    expect(figuresIn("Some +20 200 people crossed.")).toContain("200");
  });

  it("reads couple and few before a scale word, with or without their article", () => {
    expect(figuresIn("Couple hundred people fled.")).toEqual(["Couple hundred"]);
    expect(figuresIn("A few dozen people were held.")).toEqual(["A few dozen"]);
  });

  it("reads a half after a unit of time with its figure, as readFigure does (a review)", () => {
    expect(figuresIn("He was held for three years and a half in Onsong.")).toEqual([
      "three years and a half",
    ]);
    expect(findFigures("They waited 10 days and half.").figures).toEqual([
      { figureText: "10 days and half", start: 12, duration: true },
    ]);
  });

  it("reads a half hyphened to its number or unit with them, as readFigure does", () => {
    // "a year-and-a-half" was proposed as nothing, "three-and-a-half years" as exact 3.
    expect(findFigures("He was held for a year-and-a-half in Onsong.").figures).toEqual([
      { figureText: "a year-and-a-half", start: 16, duration: true },
    ]);
    expect(figuresIn("He was held for three-and-a-half years.")).toEqual(["three-and-a-half years"]);
    expect(figuresIn("He was held for three years-and-a-half.")).toEqual(["three years-and-a-half"]);
  });

  it("reads a unit of time and a half after its article as one figure, as readFigure does (1.5)", () => {
    expect(findFigures("He was held for a year and a half in Onsong.").figures).toEqual([
      { figureText: "a year and a half", start: 16, duration: true },
    ]);
    expect(figuresIn("They waited an hour and a half.")).toEqual(["an hour and a half"]);
    expect(figuresIn("She hid for about a day and half.")).toEqual(["about a day and half"]);
    expect(figuresIn("A week and a half later, 20 were sent back.")).toEqual(["A week and a half", "20"]);
    // An article and a unit alone state no figure, nor do a half without its unit or a unit's plural.
    expect(figuresIn("He was held for a year and a month.")).toEqual([]);
    expect(figuresIn("He was held for a year and then half of them left.")).toEqual([]);
  });

  it("keeps a cue after a duration, as after any figure", () => {
    // Left out, "15 days or so" was proposed as exact 15 (an outside review).
    for (const [sentence, figures] of [
      ["The wait was a year and a half or so.", ["a year and a half or so"]],
      ["The wait was a year and a half or more.", ["a year and a half or more"]],
      ["The wait was 15 days or so.", ["15 days or so"]],
      ["The wait was 15 days or more.", ["15 days or more"]],
      ["The wait was three years and a half or so.", ["three years and a half or so"]],
    ] as const)
      expect(figuresIn(sentence), sentence).toEqual(figures);
  });

  it("reads a range that starts with a unit of time and a half as one figure, as readFigure does", () => {
    // Proposed as exact 1.5 and exact 2, where readFigure reads the whole as 1.5 to 2 (a review).
    for (const [sentence, figures] of [
      [
        "Families waited between a year and a half and two years.",
        ["between a year and a half and two years"],
      ],
      ["Families waited from a year and a half to two years.", ["from a year and a half to two years"]],
      ["Families waited a year and a half to two years.", ["a year and a half to two years"]],
      ["Families waited a year and a half-2 years.", ["a year and a half-2 years"]],
      // Two figures, no range: no range word, or one that does not join them.
      ["They waited a year and a half, then two more years.", ["a year and a half", "two"]],
      ["They waited a year and a half and two more came.", ["a year and a half", "two"]],
    ] as const)
      expect(figuresIn(sentence), sentence).toEqual(figures);
  });

  it("reads a fraction typed after a space as part of its whole number, as readFigure does", () => {
    expect(figuresIn("They were held for 3 ½ years in Onsong.")).toEqual(["3 ½ years"]);
    expect(figuresIn("In 2023 ½ of them left.")).toEqual(["½"]);
    // Not after the last group of a number grouped by spaces, as readFigure does not join them.
    expect(figuresIn("Some 1 000 000 ½ people.")).toEqual(["Some 1 000 000", "½"]);
  });

  it("reads a scale abbreviated after digits as part of the figure", () => {
    expect(figuresIn("Some 1.5mn people fled and $2bn was spent.")).toEqual(["Some 1.5mn", "2bn"]);
    expect(figuresIn("About 200 mln people live there.")).toEqual(["About 200 mln"]);
    expect(figuresIn("Between 2bn and 3bn was pledged.")).toEqual(["Between 2bn and 3bn"]);
    expect(figuresIn("He walked 5 km at 9am with 3 others.")).toEqual(["5", "3"]);
    // One letter measures as often as it scales: no figure is proposed from a fence's height.
    expect(figuresIn("They built a 2m wall and the 3m-high fence, and ran a 10k race.")).toEqual([]);
  });

  it("ends a figure before a scale word hyphened to the word after it, which may be the head of a modifier", () => {
    // "200 million-dollar homes" may be 200 homes worth a million each: proposed as 200,000,000.
    expect(findFigures("They built 200 million-dollar homes.").figures).toEqual([
      { figureText: "200", start: 11, duration: false, modifier: "million-dollar" },
    ]);
    expect(findFigures("They found 300 million-year-old fossils.").figures).toEqual([
      { figureText: "300", start: 11, duration: false, modifier: "million-year-old" },
    ]);
    expect(figuresIn("Between 200 and 300 million-dollar homes burned.")).toEqual(["Between 200 and 300"]);
    expect(figuresIn("There were two hundred-year-old houses.")).toEqual(["two"]);
    // A scale word with no hyphen, a cue or a number word after its hyphen, a number that counts
    // nothing whole, or no number before it: part of the figure, as before.
    expect(figuresIn("Police counted 200 million people.")).toEqual(["200 million"]);
    expect(figuresIn("Police counted 200 million-plus people.")).toEqual(["200 million-plus"]);
    expect(figuresIn("It was a 1.5 million-strong army.")).toEqual(["1.5 million"]);
    expect(figuresIn("They bought a million-dollar home.")).toEqual(["a million"]);
    // Its scale word heads the modifier: a figure of dollars, said so, no count of homes.
    expect(findFigures("They bought a million-dollar home.").figures).toEqual([
      { figureText: "a million", start: 12, duration: false, heads: "million-dollar" },
    ]);
    expect(findFigures("They had a 200 million-dollar budget.").figures).toEqual([
      { figureText: "200 million", start: 11, duration: false, heads: "million-dollar" },
    ]);
    // "-strong" counts what it describes: a crowd of a thousand.
    expect(findFigures("A thousand-strong crowd gathered.").figures).toEqual([
      { figureText: "A thousand", start: 0, duration: false },
    ]);
    // Read one way as readFigure reads it (an outside review): a dash that is no hyphen, a rate,
    // an article that counts one thing, a range whose first end has its own scale or is larger.
    for (const [sentence, figures] of [
      ["The ministry raised 200 million\u2014more than ever.", ["200 million"]],
      ["Spending reached $200 million-a-year by 2023.", ["200 million"]],
      ["Officials unveiled a 200 million-dollar budget.", ["200 million"]],
      ["The country's 200 million-strong army was mobilised.", ["200"]],
      ["It had a 200 million-strong army.", ["200 million"]],
      ["Police seized between 500 and 1 million-dollar homes.", ["between 500 and 1 million"]],
      ["Police seized between 2 million and 3 million-dollar homes.", ["between 2 million and 3 million"]],
    ] as const)
      expect(figuresIn(sentence), sentence).toEqual(figures);
  });

  it("passes over a scale word heading a modifier after a number passed over, or with no number before it", () => {
    // "In 2019 million-dollar homes": the year was passed over and "million" proposed as 1,000,000.
    for (const sentence of [
      "The COVID-19 million-dollar relief fund was frozen.",
      "In 2019 million-dollar homes were seized.",
      "Room 101 million-dollar deals were signed there.",
      "Article 3 million-dollar fines were imposed.",
      "In 2019 hundred-dollar bills were seized.",
      "On Oct. 9 million-dollar bribes were paid.",
      "The G7 million-dollar fund was frozen.",
      "Police seized the million-dollar homes.",
    ])
      expect(figuresIn(sentence), sentence).toEqual([]);
    // The article is the number one: "a million-dollar home", "a thousand-strong crowd".
    expect(figuresIn("A thousand-strong crowd gathered.")).toEqual(["A thousand"]);
    expect(figuresIn("In 2019 a million-dollar home was seized.")).toEqual(["a million"]);
  });

  it("reads two ends in words hyphened, each with its scale, as one range, as readFigure does", () => {
    // Proposed as "two million-three" (2,000,003) and "million" (1,000,000).
    expect(figuresIn("They said two million-three million fled.")).toEqual(["two million-three million"]);
    expect(figuresIn("They said two hundred\u2013three hundred fled.")).toEqual([
      "two hundred\u2013three hundred",
    ]);
    expect(figuresIn("They said two million-three hundred fled.")).toEqual(["two million-three hundred"]);
  });

  it("reads a range whose first end's hyphen is suspended as one figure, as readFigure does", () => {
    // "200- and 300-million-dollar budgets" was proposed as 200 and 300,000,000: readFigure reads
    // "200- and 300-million" as 200,000,000 to 300,000,000, so the "200" row failed (a review).
    expect(figuresIn("Police approved 200- and 300-million-dollar budgets.")).toEqual([
      "200- and 300-million",
    ]);
    expect(figuresIn("Police approved 200 million- and 300 million-dollar budgets.")).toEqual([
      "200 million- and 300 million",
    ]);
    expect(figuresIn("They were held for 10- to 15-day stays.")).toEqual(["10- to 15-day"]);
    // A hyphen with a space before it, or a dash that ends a clause, suspends nothing.
    expect(figuresIn("They held 200 - and 300 more.")).toEqual(["200", "300"]);
  });

  it("does not read a cue that stands apart from the number", () => {
    expect(figuresIn("About the 60 defectors, little is known.")).toEqual(["60"]);
    expect(figuresIn("It was up from 487 last year.")).toEqual(["487"]);
  });

  it("reads a range softened after its opener as one figure (once proposed as two)", () => {
    expect(figuresIn("Police held between about 200 and 300 people.")).toEqual(["between about 200 and 300"]);
    expect(figuresIn("Estimates ran from roughly 2 to 3 million.")).toEqual(["from roughly 2 to 3 million"]);
    expect(figuresIn("Between an estimated 40 and 50 were sent back.")).toEqual([
      "Between an estimated 40 and 50",
    ]);
    // Written high to low after its opener, still one range.
    expect(figuresIn("Police held between about 300 and 200 people.")).toEqual(["between about 300 and 200"]);
    // A softened number after "from" that no range follows is the number alone.
    expect(figuresIn("It rose from about 487 last year.")).toEqual(["about 487"]);
  });

  it("reads a number with characters that print as nothing inside it as printed, quoting it as written", () => {
    const sentence = "Police said 2\u200b00 people and ab\u00adout 1,\u2060000 others were held.";
    const { figures } = findFigures(sentence);
    expect(figures.map((f) => f.figureText)).toEqual(["2\u200b00", "ab\u00adout 1,\u2060000"]);
    for (const f of figures)
      expect(sentence.slice(f.start, f.start + f.figureText.length)).toBe(f.figureText);
    // Around a number, such characters are not part of it.
    expect(figuresIn("They held \u200b200\ufeff people.")).toEqual(["200"]);
    expect(findFigures("They held \u200b200\ufeff people.").figures[0]!.start).toBe(11);
  });
});
