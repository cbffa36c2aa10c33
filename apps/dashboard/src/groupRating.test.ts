// @vitest-environment node
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import type { GroupVerdict } from "@tally/validation";
import { readingClaimsTableOf, readingsTableOf, verdictsTableOf } from "@tally/validation/node";
import { tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import {
  DISCREPANT_GROUPS_SQL,
  EVENT_GROUPS_SQL,
  groupGap,
  RANKED_GROUPS_SQL,
  READING_CLAIMS_SQL,
  READINGS_SQL,
  ratingFromRows,
  ratingOfVerdict,
  VERDICT_COUNTS_SQL,
  VERDICT_SQL,
  verdictCountsText,
} from "./groupRating.js";
import { shippedRepatriation, threeReadings, verdict } from "./testing/groupVerdicts.js";
import { withNodeDuckDB } from "./testing/nodeDuckDB.js";

const conflict = (over: Partial<GroupVerdict>): GroupVerdict =>
  verdict({
    verdict: "conflict",
    claim_ids: ["a", "b", "c"],
    origins: 3,
    readings: [
      { low: 10, high: 10, low_open: false, high_open: false, claim_ids: ["a"], origins: 1 },
      { low: 15, high: 15, low_open: false, high_open: false, claim_ids: ["b"], origins: 1 },
    ],
    spanning: ["c"],
    envelope: { low: 10, high: 15 },
    most_corroborated: [0, 1],
    pairs: 1,
    max_gap_ratio: 1.5,
    band: "medium",
    ...over,
  });

// The release build's verdicts as the validator would hand them over, deliberately out of order.
const GROUPS: GroupVerdict[] = [
  conflict({ event_id: "small" }),
  verdict({
    event_id: "one",
    verdict: "single_origin",
    claim_ids: ["x"],
    origins: 1,
    readings: [{ low: 5, high: 5, low_open: false, high_open: false, claim_ids: ["x"], origins: 1 }],
  }),
  verdict({ event_id: "ok" }),
  { ...threeReadings, event_id: "inf", metric: "m" },
  { ...shippedRepatriation, event_id: "big", metric: "m", max_gap_ratio: 3 },
  verdict({ event_id: "big", metric: "n", verdict: "single_origin", origins: 1 }),
];

let conn: duckdb.DuckDBConnection;

withNodeDuckDB((opened) => {
  conn = opened;
  for (const [name, table] of [
    ["verdicts", verdictsTableOf(GROUPS)],
    ["readings", readingsTableOf(GROUPS)],
    ["reading_claims", readingClaimsTableOf(GROUPS)],
  ] as const)
    conn.insertArrowFromIPCStream(tableToIPC(table, "stream"), { name, create: true });
  conn.query("CREATE TABLE events AS SELECT 'big' AS event_id, 'The big one' AS title, 'Big' AS short_title");
  conn.query("CREATE TABLE metrics AS SELECT 'm' AS metric, NULL::VARCHAR AS label");
});

/** A bound-parameter query, as the dashboard's session runs it. */
function run(sql: string, params: (string | number)[]): Record<string, unknown>[] {
  const stmt = conn.prepare(sql);
  try {
    return stmt
      .query(...params)
      .toArray()
      .map((r) => {
        const o = r.toJSON() as Record<string, unknown>;
        for (const k of Object.keys(o)) if (typeof o[k] === "bigint") o[k] = Number(o[k]);
        return o;
      });
  } finally {
    stmt.close();
  }
}

const ratingOf = (event: string, metric: string) =>
  ratingFromRows(
    run(VERDICT_SQL, [event, metric]),
    run(READINGS_SQL, [event, metric]),
    run(READING_CLAIMS_SQL, [event, metric]),
  );

describe("the verdict queries over verdicts, readings and reading_claims", () => {
  it("ranks groups of several claims: widest conflict first, unbounded widest, then consistent", () => {
    const ranked = run(RANKED_GROUPS_SQL, [10]);
    expect(ranked.map((g) => g.event_id)).toEqual(["inf", "big", "small", "ok", "big"]);
    expect(ranked[1]).toMatchObject({
      metric: "m",
      event_title: "The big one",
      event_short_title: "Big",
      // A metric without a label (release 1.0.0) reads as its id in words.
      metric_label: "M",
      max_gap_ratio: 3,
      reading_count: 2,
    });
    expect(run(RANKED_GROUPS_SQL, [2])).toHaveLength(2);
  });

  it("lists as discrepancies only the groups with two readings or more", () => {
    expect(run(DISCREPANT_GROUPS_SQL, [10]).map((g) => [g.event_id, g.reading_count])).toEqual([
      ["inf", 3],
      ["big", 2],
      ["small", 2],
    ]);
  });

  it("ranks one event's groups", () => {
    expect(run(EVENT_GROUPS_SQL, ["big"]).map((g) => [g.metric, g.verdict])).toEqual([
      ["m", "conflict"],
      ["n", "single_origin"],
    ]);
  });

  it("rebuilds the shipped group's readings, spanning claims and envelope exactly as the validator gave them", () => {
    expect(ratingOf("big", "m")).toEqual(ratingOfVerdict(GROUPS[4]!));
  });

  it("rebuilds three readings, a tie and an unbounded envelope", () => {
    const rating = ratingOf("inf", "m");
    expect(rating).toEqual(ratingOfVerdict(GROUPS[3]!));
    expect(rating?.most_corroborated).toEqual([0, 1]);
    expect(rating?.envelope).toEqual({ low: 40, high: null });
    expect(groupGap(rating!)).toBe("unbounded");
  });

  it("rebuilds a consistent group with its one reading", () => {
    expect(ratingOf("ok", "m")).toEqual(ratingOfVerdict(GROUPS[2]!));
  });

  it("gives null for a group the validator did not rate", () => {
    expect(ratingOf("nowhere", "m")).toBeNull();
  });

  it("refuses readings that do not match the verdict row's count", () => {
    expect(() => ratingFromRows(run(VERDICT_SQL, ["big", "m"]), [], [])).toThrow(/counts 2 readings/);
  });

  it("counts the groups by verdict", () => {
    expect(run(VERDICT_COUNTS_SQL, [])).toEqual([
      { verdict: "conflict", n: 3 },
      { verdict: "consistent", n: 1 },
      { verdict: "single_origin", n: 2 },
    ]);
  });
});

describe("verdictCountsText", () => {
  it("counts conflicts as a noun and the other verdicts as adjectives", () => {
    expect(
      verdictCountsText([
        { verdict: "conflict", n: 40 },
        { verdict: "consistent", n: 2 },
        { verdict: "single_origin", n: 12 },
      ]),
    ).toBe("54 event/metric groups rated: 40 conflicts, 2 consistent, 12 single origin.");
    expect(verdictCountsText([{ verdict: "conflict", n: 1 }])).toBe(
      "1 event/metric group rated: 1 conflict.",
    );
    expect(verdictCountsText([])).toBe("0 event/metric groups rated: none.");
  });
});
