import { describe, expect, it } from "vitest";
import { quoteCue } from "./quoteCue.js";

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
    expect(quoteCue("30 or more were women", "30")).toEqual({ printed: "30 or more", qualifier: "at_least" });
    expect(quoteCue("200+ people", "200")?.qualifier).toBe("at_least");
  });

  it("reads the other end of a range the quote prints", () => {
    expect(quoteCue("between 500 and 546 defectors", "546")).toEqual({
      printed: "between 500 and 546",
      qualifier: "between",
    });
    expect(quoteCue("between 200 and 300 were sent", "200")).toEqual({
      printed: "between 200 and 300",
      qualifier: "between",
    });
    expect(quoteCue("200-300 were sent", "200")?.qualifier).toBe("between");
    expect(quoteCue("200 to 300 were sent", "300")?.printed).toBe("200 to 300");
    expect(quoteCue("500-546 defectors", "546")?.qualifier).toBe("between");
    expect(quoteCue("200 to 300 were sent", "200")?.printed).toBe("200 to 300");
  });

  it("says nothing where the figure stands bare, or where the words are not about it", () => {
    expect(quoteCue("China repatriated 200 people", "200")).toBeNull();
    // Bare at one of its places: the claim may be about that one.
    expect(quoteCue("about 200 were held; 200 of them were sent back", "200")).toBeNull();
    // Words with others between them and the figure bound something else.
    expect(quoteCue("nearly all 39 were sent back", "39")).toBeNull();
    expect(quoteCue("about half of the 39 detainees", "39")).toBeNull();
    // "200 and 300 people in two waves": no range opener, no range.
    expect(quoteCue("200 and 300 people in two waves", "200")).toBeNull();
    // Not found as written: the provenance rule's finding.
    expect(quoteCue("some text", "39")).toBeNull();
    expect(quoteCue("at least 39", "")).toBeNull();
    // A figure_text that carries its words already is not bare.
    expect(quoteCue("at least 39 were detained", "at least 39")).toBeNull();
  });
});
