import { describe, expect, it } from "vitest";
import { ratingOfVerdict } from "./groupRating.js";
import {
  claimReadingText,
  envelopeText,
  gapDefinition,
  gapMeaning,
  gapText,
  mostCorroboratedText,
  readingName,
  readingSupport,
} from "./readingText.js";
import { claim } from "./testing/claimView.js";
import { shippedRepatriation, threeReadings, verdict } from "./testing/groupVerdicts.js";

const shipped = ratingOfVerdict(shippedRepatriation);
const three = ratingOfVerdict(threeReadings);

describe("the words for readings", () => {
  it("names the shipped group's most corroborated reading, envelope and gap", () => {
    expect(mostCorroboratedText(shipped)).toBe("most corroborated reading: 200–220, 2 independent origins");
    expect(envelopeText(shipped)).toBe("envelope of the readings: 200–660");
    expect(gapText(shipped)).toBe("widest gap ×2.45 (high)");
    expect(readingName(shipped, 1)).toBe("B: 540–660");
  });

  it("says when readings tie, and names an unbounded envelope end and gap", () => {
    expect(mostCorroboratedText(three)).toBe(
      "most corroborated readings, tied: A 40–50 and B 120–150, 2 independent origins each",
    );
    expect(envelopeText(three)).toBe("envelope of the readings: at least 40");
    expect(gapText(three)).toBe("widest gap unbounded (high)");
    expect(readingName(three, 2)).toBe("C: more than 400");
  });

  it("has no most corroborated reading, envelope or gap for one reading", () => {
    const one = ratingOfVerdict(verdict({}));
    expect(mostCorroboratedText(one)).toBeNull();
    expect(envelopeText(one)).toBeNull();
    expect(gapText(one)).toBeNull();
    expect(readingName(one, 0)).toBe("common range 10–12");
  });

  it("spells out what the widest gap divides, and how the bands read it", () => {
    // An outside review: "about 200" against "approximately 600" reads as ×3, and nothing said
    // why the dashboard printed ×2.45 or what "(high)" meant.
    expect(gapMeaning(shipped, 0.1)).toBe(
      "Widest gap: 540 ÷ 220 = ×2.45, the highest reading's low end over the lowest reading's high end, as the validator reads the figures (“about” ±10%). ×2 or more is high, from ×1.25 medium, below that low.",
    );
    expect(gapMeaning(shipped, 0.15)).toContain("(“about” ±15%)");
    expect(gapMeaning(three, 0.1)).toMatch(/^Widest gap: unbounded\. No ratio measures it/);
    expect(gapMeaning(ratingOfVerdict(verdict({})), 0.1)).toBeNull();
    // Readings whose ends do not give the validator's ratio: the ratio alone, never a wrong sum.
    expect(gapMeaning({ ...shipped, max_gap_ratio: 3 }, 0.1)).toMatch(/^Widest gap: ×3\.00, the highest/);
    expect(gapDefinition(0.1)).toBe(
      "A gap is the higher reading's low end over the lower reading's high end, as the validator reads the figures (“about” ±10%): ×2 or more is high, from ×1.25 medium, below that low.",
    );
  });

  it("never calls a reading true", () => {
    for (const text of [mostCorroboratedText(shipped), mostCorroboratedText(three), envelopeText(shipped)])
      expect(text).not.toMatch(/\btru(e|th)\b|likely|correct/i);
  });

  it("names who stands behind a reading: outlets and counts, long and short", () => {
    const claims = new Map(
      [
        claim({ claim_id: "c001", outlet: "Daily NK" }),
        claim({ claim_id: "c002", outlet: "Daily NK" }),
        claim({ claim_id: "c011", outlet: "Daily NK" }),
        claim({ claim_id: "c004", outlet: "NK Insider" }),
      ].map((c) => [c.claim_id, c]),
    );
    expect(readingSupport(shipped.readings[0]!, claims)).toEqual({
      text: "Daily NK · 3 claims, 2 independent origins",
      shortText: "3 claims, 2 origins",
    });
    expect(readingSupport(shipped.readings[1]!, claims).text).toBe(
      "NK Insider · 1 claim, 1 independent origin",
    );
    expect(
      readingSupport(
        { claim_ids: ["a", "b", "c"], origins: 3 },
        new Map([
          ["a", claim({ outlet: "X" })],
          ["b", claim({ outlet: "Y" })],
          ["c", claim({ outlet: "Z" })],
        ]),
      ).text,
    ).toBe("3 first reporters · 3 claims, 3 independent origins");
    // A relayed figure stands behind its first reporter (Liaoning 2019: Chosun Ilbo via RFA).
    expect(
      readingSupport(
        { claim_ids: ["c014", "c015"], origins: 2 },
        new Map([
          ["c014", claim({ outlet: "Radio Free Asia" })],
          ["c015", claim({ outlet: "Radio Free Asia", first_reported_by: "Chosun Ilbo" })],
        ]),
      ).text,
    ).toBe("Radio Free Asia, Chosun Ilbo · 2 claims, 2 independent origins");
    // A repeat stands behind the claim it repeats, through a chain, as the validator counts it
    // (Shenyang 2019: The Epoch Times's lede repeats Justice for North Korea's statement).
    const shenyang = new Map([
      ["c018", claim({ claim_id: "c018", outlet: "The Epoch Times", repeats_claim_id: "c020" })],
      [
        "c019",
        claim({ claim_id: "c019", outlet: "The Epoch Times", first_reported_by: "Human Rights Watch" }),
      ],
      [
        "c020",
        claim({ claim_id: "c020", outlet: "The Epoch Times", first_reported_by: "Justice for North Korea" }),
      ],
      ["c021", claim({ claim_id: "c021", outlet: "Another", repeats_claim_id: "c018" })],
    ]);
    expect(readingSupport({ claim_ids: ["c018", "c019", "c020", "c021"], origins: 2 }, shenyang).text).toBe(
      "Justice for North Korea, Human Rights Watch · 4 claims, 2 independent origins",
    );
    // A repeat of a claim outside the map, or a cycle, stops at the last claim it has.
    const loose = new Map([
      ["a", claim({ claim_id: "a", outlet: "X", repeats_claim_id: "gone" })],
      ["b", claim({ claim_id: "b", outlet: "Y", repeats_claim_id: "d" })],
      ["d", claim({ claim_id: "d", outlet: "Z", repeats_claim_id: "b" })],
    ]);
    expect(readingSupport({ claim_ids: ["a", "b"], origins: 2 }, loose).text).toBe(
      "X, Z · 2 claims, 2 independent origins",
    );
  });
});

describe("claimReadingText", () => {
  it("names a claim's reading and its place, a spanning claim as such, and nothing for no reading", () => {
    expect(claimReadingText(shipped, { readings: [1], spanning: false })).toBe("B: 540–660 (2 of 2)");
    expect(claimReadingText(three, { readings: [0, 1], spanning: false })).toBe(
      "A: 40–50 (1 of 3); B: 120–150 (2 of 3)",
    );
    expect(claimReadingText(shipped, { readings: [], spanning: true })).toBe(
      "consistent with every reading (2), supports none",
    );
    expect(claimReadingText(ratingOfVerdict(verdict({})), { readings: [0], spanning: false })).toBe(
      "common range 10–12",
    );
    expect(claimReadingText(shipped, { readings: [], spanning: false })).toBeNull();
    expect(claimReadingText(shipped, undefined)).toBeNull();
  });
});
