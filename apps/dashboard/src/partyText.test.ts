import { describe, expect, it } from "vitest";
import { partyDetail, partyText } from "./partyText.js";

describe("partyText", () => {
  it("gives the attributed party, or own reporting where the outlet is its own source", () => {
    expect(partyText({ outlet: "Daily NK", attributed_to: "a source in China" })).toBe("a source in China");
    expect(partyText({ outlet: "Daily NK", attributed_to: "Daily NK" })).toBe("own reporting");
    // Only the same name: another outlet cited as the source is named.
    expect(partyText({ outlet: "NK Insider", attributed_to: "Daily NK" })).toBe("Daily NK");
  });

  it("names what a repeat restates, in place of its outlet's own reporting", () => {
    const own = { outlet: "Daily NK", attributed_to: "Daily NK" };
    expect(partyDetail({ ...own, repeats_claim_id: null }, undefined)).toBe("own reporting");
    expect(
      partyDetail({ ...own, repeats_claim_id: "c001" }, { outlet: "Daily NK", figure_text: "about 200" }),
    ).toBe("repeats its “about 200” (c001)");
    const rfa = {
      outlet: "Radio Free Asia",
      attributed_to: "a South Korean missionary",
      repeats_claim_id: "c014",
    };
    expect(partyDetail(rfa, { outlet: "Chosun Ilbo", figure_text: "about 60" })).toBe(
      "a South Korean missionary, repeats Chosun Ilbo's “about 60” (c014)",
    );
    // A restated claim the release lacks (a copy served through ?data=) is named by its id alone.
    expect(partyDetail(rfa, undefined)).toBe("a South Korean missionary, repeats c014");
  });
});
