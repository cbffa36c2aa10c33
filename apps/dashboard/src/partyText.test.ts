import { describe, expect, it } from "vitest";
import { partyText } from "./partyText.js";

describe("partyText", () => {
  it("gives the attributed party, or own reporting where the outlet is its own source", () => {
    expect(partyText({ outlet: "Daily NK", attributed_to: "a source in China" })).toBe("a source in China");
    expect(partyText({ outlet: "Daily NK", attributed_to: "Daily NK" })).toBe("own reporting");
    // Only the same name: another outlet cited as the source is named.
    expect(partyText({ outlet: "NK Insider", attributed_to: "Daily NK" })).toBe("Daily NK");
  });
});
