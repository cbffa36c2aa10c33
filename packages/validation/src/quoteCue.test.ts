import { QUALIFIER_CUES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { CUE_ENDS, quoteCue } from "./quoteCue.js";

describe("quoteCue", () => {
  it("reads the words a bare figure_text leaves out of its quote", () => {
    const chosun = "quoted an activist who helps defectors as saying that at least 39 were detained";
    expect(quoteCue(chosun, "39")).toEqual({ printed: "at least 39", qualifier: "at_least" });
    expect(quoteCue("China repatriated about 200 people", "200")).toEqual({
      printed: "about 200",
      qualifier: "about",
    });
    expect(quoteCue("fewer than 546 defectors", "546")?.qualifier).toBe("fewer_than");
    expect(quoteCue("over 546 defectors", "546")?.qualifier).toBe("more_than");
    expect(quoteCue("at\nleast 15 women", "15")?.printed).toBe("at least 15");
    expect(quoteCue("approx. 40 were held", "40")?.qualifier).toBe("about");
    expect(quoteCue("30 or more were women", "30")).toEqual({ printed: "30 or more", qualifier: "at_least" });
    expect(quoteCue("200+ people", "200")?.qualifier).toBe("at_least");
    // As qualifierCue and propose read them (mayBoundAfter looked past "plus", the pattern did not).
    expect(quoteCue("the police took 20-plus", "20")).toEqual({ printed: "20-plus", qualifier: "at_least" });
    expect(quoteCue("20 plus were taken", "20")?.printed).toBe("20 plus");
    expect(quoteCue("~50 were missing", "50")?.qualifier).toBe("about");
    // "-odd" after a scale or number word bounds the figure as after digits (read exact, no finding).
    expect(quoteCue("police held 40 thousand-odd people", "40 thousand")).toEqual({
      printed: "40 thousand-odd",
      qualifier: "at_least",
    });
    expect(quoteCue("a dozen-odd were held", "a dozen")?.qualifier).toBe("at_least");
  });

  it("reads the other end of a range that between opens", () => {
    expect(quoteCue("between 500 and 546 defectors", "546")).toEqual({
      printed: "between 500 and 546",
      qualifier: "between",
    });
    expect(quoteCue("between 200 and 300 were sent", "200")).toEqual({
      printed: "between 200 and 300",
      qualifier: "between",
    });
  });

  it("says nothing where the figure stands bare, or where the words are not about it", () => {
    expect(quoteCue("China repatriated 200 people", "200")).toBeNull();
    // Bare at one of its places: the claim may be about that one.
    expect(quoteCue("about 200 were held; 200 of them were sent back", "200")).toBeNull();
    // Words with others between them and the figure bound something else.
    expect(quoteCue("nearly all 39 were sent back", "39")).toBeNull();
    expect(quoteCue("about half of the 39 detainees", "39")).toBeNull();
    expect(quoteCue("at least 3 of the 39 detainees", "39")).toBeNull();
    // A change, a year and punctuation are no range (a review of this check).
    expect(quoteCue("The number of arrivals rose from 39 to 546 last year", "546")).toBeNull();
    expect(quoteCue("The number of arrivals rose from 39 to 546 last year", "39")).toBeNull();
    expect(quoteCue("arrivals fell from 1,047 in 2019 to 229 in 2020", "229")).toBeNull();
    expect(quoteCue("546 defectors arrived in 2023 – 196 of them women", "196")).toBeNull();
    expect(quoteCue("a total of 196 – 10 more than last year", "196")).toBeNull();
    expect(quoteCue("the vote was 39-12", "39")).toBeNull();
    expect(quoteCue("between 2019 and 2023, 546 arrived", "546")).toBeNull();
    expect(quoteCue("200 and 300 people in two waves", "200")).toBeNull();
    expect(quoteCue("police held 39 and more than 200 others", "39")).toBeNull();
    // Not found as written: the provenance rule's finding.
    expect(quoteCue("some text", "39")).toBeNull();
    expect(quoteCue("at least 39", "")).toBeNull();
    // A figure_text that carries its words already is not bare.
    expect(quoteCue("at least 39 were detained", "at least 39")).toBeNull();
  });

  it("looks further for every last word a bounding phrase can end with", () => {
    const phrases = QUALIFIER_CUES.flatMap(([, p]) =>
      p.source
        .replaceAll("\\b", "")
        .replace(/^\(\?:|\)$/g, "")
        .split(/\||\)\|\(\?:/)
        .map((phrase) => phrase.replace(/[()?:\\.]/g, "").trim()),
    ).filter((phrase) => phrase !== "");
    expect(phrases.length).toBeGreaterThan(30);
    for (const phrase of phrases) expect(CUE_ENDS.has(phrase.split(" ").at(-1)!), phrase).toBe(true);
  });
});
