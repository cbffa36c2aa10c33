import { figureLabel, readingStyle, SPANNING_STYLE, verdictStyle } from "@tally/ui";
import { describe, expect, it } from "vitest";
import { claimReadings, claimVerdicts, orderByReading } from "./claimVerdicts.js";
import { type GroupRating, ratingOfVerdict } from "./groupRating.js";
import { readingCellText, readingRows, SPANNING_SECTION } from "./readingRows.js";
import { claim } from "./testing/claimView.js";
import { shippedRepatriation, verdict } from "./testing/groupVerdicts.js";

const CLAIMS = [
  claim({ claim_id: "c001", outlet: "Daily NK", value_low: 200, value_high: 200 }),
  claim({
    claim_id: "c002",
    outlet: "Daily NK",
    attributed_to: "Daily NK",
    qualifier: "between",
    value_low: 200,
    value_high: 300,
  }),
  claim({ claim_id: "c004", outlet: "NK Insider", value_low: 600, value_high: 600 }),
  claim({
    claim_id: "c005",
    outlet: "NK Insider",
    qualifier: "at_least",
    value_low: 100,
    value_high: null,
    vague: true,
    figure_text: "Hundreds",
  }),
  claim({
    claim_id: "c011",
    outlet: "Daily NK",
    attributed_to: "Daily NK",
    repeats_claim_id: "c001",
    value_low: 200,
    value_high: 200,
  }),
  claim({
    claim_id: "c012",
    outlet: "Daily NK",
    attributed_to: "a high-ranking Daily NK source in North Korea",
    repeats_claim_id: "c024",
    qualifier: "at_least",
    value_low: 100,
    value_high: null,
  }),
];

function drawn(rating: GroupRating) {
  const ids = CLAIMS.map((c) => c.claim_id);
  const placed = claimReadings(rating, ids);
  return readingRows(
    rating,
    orderByReading(CLAIMS, placed),
    placed,
    claimVerdicts(rating, ids),
    new Map(CLAIMS.map((c) => [c.claim_id, c])),
  );
}

describe("readingRows", () => {
  const shipped = drawn(ratingOfVerdict(shippedRepatriation));

  it("colours and names each claim by its reading, the spanning claims grey in their own section", () => {
    const byId = new Map(shipped.chart.map((r) => [r.id, r]));
    expect(byId.get("c001")).toMatchObject({ color: readingStyle(0).color, tag: "reading A" });
    expect(byId.get("c004")).toMatchObject({ color: readingStyle(1).color, tag: "reading B" });
    expect(byId.get("c005")).toMatchObject({
      color: SPANNING_STYLE.color,
      dash: SPANNING_STYLE.dash,
      tag: "every reading",
      section: SPANNING_SECTION,
    });
    expect(shipped.chart.filter((r) => r.section).map((r) => r.id)).toEqual(["c005", "c012"]);
  });

  it("names the party a claim is attributed to under its outlet, and the claim a repeat restates", () => {
    const byId = new Map(shipped.chart.map((r) => [r.id, r]));
    expect(byId.get("c001")).toMatchObject({ label: "Daily NK", detail: "a source" });
    expect(byId.get("c002")).toMatchObject({ label: "Daily NK", detail: "own reporting" });
    // c011 restates c001. Its bar read "Daily NK" over "Daily NK" (a slip), then "own reporting",
    // as though Daily NK had counted anew.
    expect(byId.get("c011")).toMatchObject({
      label: "Daily NK",
      detail: "repeats its “about 200” (c001)",
    });
    // c024 is not among the claims drawn here: named by its id.
    expect(byId.get("c012")?.detail).toBe("a high-ranking Daily NK source in North Korea, repeats c024");
  });

  it("labels a vague claim with its own words before its bound", () => {
    const byId = new Map(shipped.chart.map((r) => [r.id, r]));
    expect(figureLabel(byId.get("c005")!, String)).toBe("“Hundreds”, at least 100");
    expect(figureLabel(byId.get("c012")!, String)).toBe("at least 100");
  });

  it("gives each reading a band with its letter, range, support and whether it is most corroborated", () => {
    expect(shipped.bands.map((b) => [b.letter, b.low, b.high, b.text, b.emphasis])).toEqual([
      ["A", 200, 220, "Daily NK · 3 claims, 2 independent origins", true],
      ["B", 540, 660, "NK Insider · 1 claim, 1 independent origin", false],
    ]);
  });

  it("puts the readings in the CSV: letter, common range, origins, most corroborated, spanning", () => {
    const byId = new Map(shipped.csv.map((r) => [r.claim_id, r]));
    expect(byId.get("c002")).toMatchObject({
      reading: "A",
      reading_range: "200–220",
      reading_origins: "2",
      most_corroborated: true,
      spanning: false,
      verdict: "conflict",
    });
    expect(byId.get("c012")).toMatchObject({
      reading: "",
      spanning: true,
      verdict: "consistent",
      group_verdict: "conflict",
    });
  });

  it("keeps the verdict's colours for a group of one reading, its band unlettered", () => {
    const one = drawn(
      ratingOfVerdict(
        verdict({
          claim_ids: CLAIMS.map((c) => c.claim_id),
          readings: [
            {
              low: 200,
              high: 220,
              low_open: false,
              high_open: false,
              claim_ids: CLAIMS.map((c) => c.claim_id),
              origins: 4,
            },
          ],
        }),
      ),
    );
    expect(one.chart.every((r) => r.color === undefined && r.verdict === "consistent")).toBe(true);
    expect(one.bands).toHaveLength(1);
    expect(one.bands[0]).toMatchObject({
      letter: "",
      color: verdictStyle("consistent").color,
      emphasis: false,
    });
    // The only reading is the most corroborated one (`most_corroborated: [0]` in the release).
    expect(one.csv.every((r) => r.reading === "A" && r.most_corroborated && !r.spanning)).toBe(true);
    expect(one.csv.every((r) => r.group_verdict === "consistent")).toBe(true);
  });
});

describe("readingCellText", () => {
  it("names a reading as the chart does: by letter among several, as the common range when it is the only one", () => {
    expect(readingCellText({ reading: "A", spanning: false }, 2)).toBe("A");
    expect(readingCellText({ reading: "A;B", spanning: false }, 3)).toBe("A;B");
    expect(readingCellText({ reading: "", spanning: true }, 2)).toBe("every reading");
    // The chart's band for a group's only reading has no letter: "common range 60 · …".
    expect(readingCellText({ reading: "A", spanning: false }, 1)).toBe("common range");
    // A claim in no reading (its interval holds no value) is in none.
    expect(readingCellText({ reading: "", spanning: false }, 1)).toBe("");
  });
});
