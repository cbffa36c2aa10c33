import { describe, expect, it } from "vitest";
import {
  ATTRIBUTION_SOURCES,
  attributionLine,
  claimReadings,
  claimVerdicts,
  formatGap,
  orderByReading,
} from "./claimVerdicts.js";
import { ratingOfVerdict } from "./groupRating.js";
import { claim } from "./testing/claimView.js";
import { shippedRepatriation, threeReadings, verdict } from "./testing/groupVerdicts.js";

const shipped = ratingOfVerdict(shippedRepatriation);
const IDS = ["c001", "c002", "c004", "c005", "c011", "c012"];

describe("claimReadings", () => {
  it("places each claim in its readings and marks the spanning ones", () => {
    const placed = claimReadings(shipped, IDS);
    expect(placed.get("c001")).toEqual({ readings: [0], spanning: false });
    expect(placed.get("c004")).toEqual({ readings: [1], spanning: false });
    expect(placed.get("c005")).toEqual({ readings: [], spanning: true });
  });

  it("gives a claim where two readings meet both", () => {
    const g = ratingOfVerdict(
      verdict({
        verdict: "conflict",
        readings: [
          { low: 1, high: 2, low_open: false, high_open: false, claim_ids: ["a", "b"], origins: 2 },
          { low: 2, high: 2, low_open: false, high_open: false, claim_ids: ["b", "c"], origins: 2 },
        ],
      }),
    );
    expect(claimReadings(g, ["a", "b", "c"]).get("b")?.readings).toEqual([0, 1]);
  });

  it("places nothing when the validator has no verdict on the group", () => {
    expect(claimReadings(null, ["a"]).get("a")).toEqual({ readings: [], spanning: false });
  });
});

describe("claimVerdicts", () => {
  it("names claims in a conflicting group's readings conflict, and the spanning ones consistent", () => {
    const v = claimVerdicts(shipped, IDS);
    expect([v.get("c001"), v.get("c004"), v.get("c005"), v.get("c012")]).toEqual([
      "conflict",
      "conflict",
      "consistent",
      "consistent",
    ]);
  });

  it("passes a single-origin verdict through to every claim", () => {
    const v = claimVerdicts(ratingOfVerdict(verdict({ verdict: "single_origin" })), ["a", "b"]);
    expect([...v.values()]).toEqual(["single_origin", "single_origin"]);
  });

  it("rates nothing when the validator has no verdict on the group", () => {
    expect(claimVerdicts(null, ["a"]).size).toBe(0);
  });
});

describe("orderByReading", () => {
  it("draws the lowest reading's claims first, then the next, then the spanning claims", () => {
    const claims = [
      claim({ claim_id: "c012", value_low: 100, value_high: null, qualifier: "at_least" }),
      claim({ claim_id: "c004", value_low: 540, value_high: 660 }),
      claim({ claim_id: "c002", value_low: 200, value_high: 300, qualifier: "between" }),
      claim({ claim_id: "c001", value_low: 180, value_high: 220 }),
      claim({ claim_id: "c005", value_low: 100, value_high: null, qualifier: "at_least" }),
      claim({ claim_id: "c011", value_low: 180, value_high: 220 }),
      claim({ claim_id: "c999", value_low: null, value_high: null }),
    ];
    const placed = claimReadings(shipped, [...IDS, "c999"]);
    expect(orderByReading(claims, placed).map((c) => c.claim_id)).toEqual([
      "c001",
      "c011",
      "c002",
      "c004",
      "c005",
      "c012",
      "c999",
    ]);
  });

  it("orders three readings by their place", () => {
    const g = ratingOfVerdict(threeReadings);
    const claims = ["t", "r", "p", "s", "q"].map((id, i) => claim({ claim_id: id, value_low: 10 - i }));
    expect(
      orderByReading(
        claims,
        claimReadings(
          g,
          g.readings.flatMap((r) => r.claim_ids),
        ),
      ).map((c) => c.claim_id),
    ).toEqual(["q", "p", "s", "r", "t"]);
  });
});

describe("formatGap", () => {
  it("shows a finite ratio with two decimals and a missing one as unbounded", () => {
    expect(formatGap(2.7)).toBe("×2.70");
    expect(formatGap(null)).toBe("unbounded");
  });
});

describe("attributionLine", () => {
  const from = (outlet: string, published: string | null, inferred = false) =>
    claim({ outlet, published, published_inferred: inferred });

  it("names each outlet and date once, inferred dates marked", () => {
    expect(
      attributionLine([
        from("Daily NK", "2023-10", true),
        from("Daily NK", "2023-10", true),
        from("Yonhap", null),
      ]),
    ).toBe("Sources: Daily NK (2023-10, inferred); Yonhap (undated)");
    expect(attributionLine([])).toBe("Sources: none");
  });

  it("with parties, names whom each source's figures are attributed to, not the outlet itself", () => {
    const c = (outlet: string, attributed_to: string, first_reported_by: string | null = null) =>
      claim({ outlet, published: "2019-08-08", published_inferred: false, attributed_to, first_reported_by });
    const claims = [
      c("Radio Free Asia", "South Korea’s Unification Ministry", "Chosun Ilbo"),
      c("Radio Free Asia", "South Korea’s Unification Ministry", "Chosun Ilbo"),
      c("Radio Free Asia", "Radio Free Asia"),
      c("Radio Free Asia", "a South Korean missionary"),
      c("Daily NK", "Daily NK"),
    ];
    expect(attributionLine(claims, { parties: true })).toBe(
      "Sources: Radio Free Asia (2019-08-08) citing South Korea’s Unification Ministry (first reported by Chosun Ilbo) and a South Korean missionary; Daily NK (2019-08-08)",
    );
    // Without, as the Discrepancies chart, whose bars name their parties: outlets only.
    expect(attributionLine(claims)).toBe("Sources: Radio Free Asia (2019-08-08); Daily NK (2019-08-08)");
    const crowd = ["a", "b", "c", "d", "e"].map((p) => c("Yonhap", `party ${p}`));
    expect(attributionLine(crowd, { parties: true })).toBe(
      "Sources: Yonhap (2019-08-08) citing party a, party b, party c and 2 more (every claim's source and attribution is in the data table and the CSV export)",
    );
  });

  it("isolates each right-to-left name, so its date and whom it cites stay in their places", () => {
    // An outside audit read "(11-10-2023) الجزيرة نت" and the outlets swapped with their parties.
    const rtl = claim({
      outlet: "الجزيرة نت",
      published: "2023-10-11",
      published_inferred: false,
      attributed_to: "شرطة الحدود",
      first_reported_by: null,
    });
    expect(attributionLine([rtl], { parties: true })).toBe(
      "Sources: \u2068الجزيرة نت\u2069 (2023-10-11) citing \u2068شرطة الحدود\u2069",
    );
  });

  it("names the first 12 sources and counts the rest, however many there are", () => {
    // An outside review at 10k claims: thousands of sources made the line 13,000 px tall.
    const many = Array.from({ length: 5000 }, (_, i) => from(`Outlet ${i}`, "2020-01-01"));
    const line = attributionLine(many);
    expect(line).toContain("Outlet 11 (2020-01-01); and 4,988 more (every claim's source");
    expect(line).not.toContain("Outlet 12 ");
    expect(line.length).toBeLessThan(500);
    expect(attributionLine(many.slice(0, ATTRIBUTION_SOURCES))).not.toContain("more");
    // Sources and their parties both cut: the pointer names both.
    const crowded = many.flatMap((c) =>
      ["a", "b", "c", "d"].map((p) => ({ ...c, attributed_to: `party ${p}` })),
    );
    expect(attributionLine(crowded, { parties: true })).toMatch(
      /; and 4,988 more \(every claim's source and attribution is in the data table and the CSV export\)$/,
    );
  });
});
