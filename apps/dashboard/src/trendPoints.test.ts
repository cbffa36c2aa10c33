import type { ClaimView } from "@tally/dataset";
import { seriesColor } from "@tally/ui";
import { describe, expect, it } from "vitest";
import { claim } from "./testing/claimView.js";
import { seriesOf, seriesPalette, trendPoints } from "./trendPoints.js";

describe("trendPoints", () => {
  it("plots a month or a half-year over its whole interval, labelled by its period", () => {
    const [h1] = trendPoints(
      [claim({ claim_id: "c017", event_date: "2018-01", event_date_end: "2018-06", event_id: "a18" })],
      (c) => c.metric,
      0.1,
    );
    expect(new Date(h1!.start).toISOString()).toBe("2018-01-01T00:00:00.000Z");
    expect(new Date(h1!.end).toISOString()).toBe("2018-06-30T23:59:59.000Z");
    expect(h1!.period).toBe("Jan–Jun 2018");
  });

  it("groups the claims of one event so they are set side by side, ordered by outlet", () => {
    const points = trendPoints(
      [claim({ claim_id: "c004", outlet: "NK Insider" }), claim({ claim_id: "c001", outlet: "Daily NK" })],
      (c) => c.metric,
      0.1,
    );
    expect(points.map((p) => p.group)).toEqual(["repatriation-2023-10-09", "repatriation-2023-10-09"]);
    expect(points[1]!.sortKey! < points[0]!.sortKey!).toBe(true);
  });

  it("names who gave the figure, so claims of one outlet about one event are told apart", () => {
    const points = trendPoints(
      [
        claim({ claim_id: "c018", outlet: "The Epoch Times", attributed_to: "The Epoch Times" }),
        claim({ claim_id: "c020", outlet: "The Epoch Times", attributed_to: "Justice for North Korea" }),
      ],
      (c) => c.metric,
      0.1,
    );
    expect(points.map((p) => p.label)).toEqual([
      "Repatriation (The Epoch Times)",
      "Repatriation (The Epoch Times, Justice for North Korea)",
    ]);
  });

  it("gives an about figure the interval the validator reads it as, with the release's tolerance", () => {
    const [about, exact] = trendPoints(
      [claim({ claim_id: "c001" }), claim({ claim_id: "c002", qualifier: "exact" })],
      (c) => c.metric,
      0.1,
    );
    expect(about!.interval).toEqual({ low: 180, high: 220 });
    expect(exact!.interval).toBeUndefined();
    // Another tolerance, another range: the chart follows the release, not a constant.
    expect(trendPoints([claim({})], (c) => c.metric, 0.25)[0]!.interval).toEqual({ low: 150, high: 250 });
  });

  it("draws a figure stated as of a later day at that day, apart from its event's other claims", () => {
    const [asOf, event] = trendPoints(
      [claim({ claim_id: "c006", as_of: "2024-01-15", outlet: "NK Insider" }), claim({ claim_id: "c001" })],
      (c) => c.metric,
      0.1,
    );
    expect(new Date(asOf!.start).toISOString()).toBe("2024-01-15T00:00:00.000Z");
    expect(new Date(asOf!.end).toISOString()).toBe("2024-01-15T23:59:59.000Z");
    expect(asOf!.period).toBe("as of 15 Jan 2024");
    expect(asOf!.label).toBe("Repatriation (NK Insider, a source)");
    // Set side by side only with claims that hold at the same day, not at the event's.
    expect(asOf!.group).not.toBe(event!.group);
    expect(new Date(event!.start).toISOString()).toBe("2023-10-09T00:00:00.000Z");
    // A month-precision as-of covers its month, and says when it was inferred.
    const [month] = trendPoints([claim({ as_of: "2019-07", as_of_inferred: true })], (c) => c.metric, 0.1);
    expect(new Date(month!.end).toISOString()).toBe("2019-07-31T23:59:59.000Z");
    expect(month!.period).toBe("as of Jul 2019 (inferred)");
    // Liaoning's as-of is its event's own month: it stays with its event's claims.
    const liaoning = { event_date: "2019-07", event_id: "liaoning", as_of: "2019-07", as_of_inferred: true };
    const [same] = trendPoints([claim(liaoning)], (c) => c.metric, 0.1);
    expect(same!.group).toBe("liaoning");
    expect(same!.period).toBe("Jul 2019");
  });

  it("leaves out a claim whose event has no date", () => {
    expect(trendPoints([claim({ event_date: null })], (c) => c.metric, 0.1)).toEqual([]);
  });
});

describe("seriesPalette", () => {
  const key = (c: ClaimView) => `${c.category} · ${c.metric}`;
  const release100 = [
    claim({ claim_id: "c001", metric: "repatriated_persons" }),
    claim({ claim_id: "c007", category: "cooperation", metric: "officials_dispatched" }),
    claim({ claim_id: "c014", category: "detention", metric: "detained_persons" }),
  ];

  it("keeps each series' colour when a later release adds one (as 1.1.0 did)", () => {
    const release110 = [
      ...release100,
      claim({ claim_id: "c024", category: "detention", metric: "companions_detained" }),
    ];
    const before = seriesPalette(release100, key);
    const after = seriesPalette([...release110].reverse(), key);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toBe("detention · companions_detained");
    // Past c999 too: c1000 was added after c101.
    const later = [claim({ claim_id: "c101" }), claim({ claim_id: "c1000", metric: "deaths" })];
    expect(seriesPalette(later, key)).toEqual([
      "forced_repatriation · repatriated_persons",
      "forced_repatriation · deaths",
    ]);
    expect(before).toEqual([
      "forced_repatriation · repatriated_persons",
      "cooperation · officials_dispatched",
      "detention · detained_persons",
    ]);
  });
});

describe("seriesOf", () => {
  const points = trendPoints(
    [
      claim({ claim_id: "a", metric: "detained_persons" }),
      claim({ claim_id: "b", metric: "repatriated_persons" }),
    ],
    (c) => c.metric,
    0.1,
  );
  const label = (k: string) => k;

  it("colours each series by its place in the palette, so a picked metric keeps its colour", () => {
    const palette = ["detained_persons", "repatriated_persons"];
    const both = seriesOf(points, label, { palette });
    const one = seriesOf(
      points.filter((p) => p.series === "repatriated_persons"),
      label,
      { palette },
    );
    expect(both.map((s) => s.color)).toEqual([seriesColor(0), seriesColor(1)]);
    // Before: alone on the chart it took the first colour, the one detained_persons has above.
    expect(one).toEqual([
      { key: "repatriated_persons", label: "repatriated_persons", color: seriesColor(1) },
    ]);
  });

  it("leaves the colour to the chart's order without a palette, or for a key the palette lacks", () => {
    expect(seriesOf(points, label).map((s) => s.color)).toEqual([undefined, undefined]);
    expect(seriesOf(points, label, { palette: ["other"] }).every((s) => !("color" in s))).toBe(true);
  });
});
