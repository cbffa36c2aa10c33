// @vitest-environment node
import { createRequire } from "node:module";
import * as duckdb from "@duckdb/duckdb-wasm/blocking";
import type { GroupVerdict } from "@tally/validation";
import { conflictPairsTableOf, verdictsTableOf } from "@tally/validation/node";
import { tableToIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EVENT_GROUPS_SQL,
  groupGap,
  PAIRS_SQL,
  RANKED_GROUPS_SQL,
  ratingFromRows,
  ratingOfVerdict,
  VERDICT_COUNTS_SQL,
  VERDICT_SQL,
} from "./groupRating.js";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

const group = (over: Partial<GroupVerdict>): GroupVerdict => ({
  event_id: "e",
  metric: "m",
  verdict: "conflict",
  claim_ids: ["a", "b", "c"],
  origins: 3,
  conflicts: [{ claim_ids: ["a", "b"], gap_ratio: 1.5, band: "medium" }],
  max_gap_ratio: 1.5,
  ...over,
});

// The release build's verdicts as the validator would hand them over, deliberately out of order.
const GROUPS: GroupVerdict[] = [
  group({ event_id: "small", max_gap_ratio: 1.5 }),
  group({ event_id: "one", claim_ids: ["x"], verdict: "single_origin", conflicts: [], max_gap_ratio: null }),
  group({ event_id: "ok", verdict: "consistent", conflicts: [], max_gap_ratio: null }),
  group({
    event_id: "inf",
    claim_ids: ["p", "q", "r"],
    conflicts: [
      { claim_ids: ["q", "r"], gap_ratio: 4, band: "high" },
      { claim_ids: ["p", "q"], gap_ratio: null, band: "high" },
    ],
    max_gap_ratio: null,
  }),
  group({
    event_id: "big",
    conflicts: [{ claim_ids: ["a", "b"], gap_ratio: 3, band: "high" }],
    max_gap_ratio: 3,
  }),
  group({ event_id: "big", metric: "n", verdict: "single_origin", conflicts: [], max_gap_ratio: null }),
];

let db: duckdb.DuckDBBindings;
let conn: duckdb.DuckDBConnection;

beforeAll(async () => {
  db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist("duckdb-mvp.wasm"), mainWorker: dist("duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: dist("duckdb-eh.wasm"), mainWorker: dist("duckdb-node-eh.worker.cjs") },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  conn = db.connect();
  conn.query("SET autoinstall_known_extensions=false");
  conn.query("SET autoload_known_extensions=false");
  conn.insertArrowFromIPCStream(tableToIPC(verdictsTableOf(GROUPS), "stream"), {
    name: "verdicts",
    create: true,
  });
  conn.insertArrowFromIPCStream(tableToIPC(conflictPairsTableOf(GROUPS), "stream"), {
    name: "conflict_pairs",
    create: true,
  });
  conn.query("CREATE TABLE events AS SELECT 'big' AS event_id, 'The big one' AS title");
});

afterAll(() => {
  conn?.close();
  db?.reset();
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

describe("the verdict queries over verdicts.arrow and conflict_pairs.arrow", () => {
  it("ranks groups of several claims: widest conflict first, unbounded widest, then consistent", () => {
    const ranked = run(RANKED_GROUPS_SQL, [10]);
    expect(ranked.map((g) => g.event_id)).toEqual(["inf", "big", "small", "ok", "big"]);
    expect(ranked[1]).toMatchObject({ metric: "m", event_title: "The big one", max_gap_ratio: 3 });
    expect(run(RANKED_GROUPS_SQL, [2])).toHaveLength(2);
  });

  it("ranks one event's groups", () => {
    expect(run(EVENT_GROUPS_SQL, ["big"]).map((g) => [g.metric, g.verdict])).toEqual([
      ["m", "conflict"],
      ["n", "single_origin"],
    ]);
  });

  it("rebuilds any group's verdict exactly as the validator gave it", () => {
    const inf = GROUPS[3]!;
    const rating = ratingFromRows(run(VERDICT_SQL, ["inf", "m"]), run(PAIRS_SQL, ["inf", "m"]));
    const { conflicts, ...rest } = ratingOfVerdict(inf);
    expect(rating).toMatchObject(rest);
    expect(rating?.conflicts).toEqual(
      [...conflicts].sort((a, b) => a.claim_ids[0].localeCompare(b.claim_ids[0])),
    );
    expect(groupGap(rating!)).toBe("unbounded");
  });

  it("gives null for a group the validator did not rate", () => {
    expect(ratingFromRows(run(VERDICT_SQL, ["nowhere", "m"]), [])).toBeNull();
  });

  it("counts the groups by verdict", () => {
    expect(run(VERDICT_COUNTS_SQL, [])).toEqual([
      { verdict: "conflict", n: 3 },
      { verdict: "consistent", n: 1 },
      { verdict: "single_origin", n: 2 },
    ]);
  });
});
