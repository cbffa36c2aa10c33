// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import type { ReleaseSummary } from "@tally/dataset";
import { beforeAll, describe, expect, it } from "vitest";
import { CLAIM_VIEW_SQL } from "./duckdb/claimViewSql.js";
import { toRows } from "./duckdb/engine.js";
import { releaseFiles } from "./duckdb/releaseFiles.js";
import type { Session } from "./duckdb/session.js";
import {
  cannotFitUnder,
  type GroupOnScreen,
  IMPLIED_COUNTS_LIMIT,
  type ImpliedCounts,
  impliedCounts,
  queryImpliedCounts,
} from "./impliedCounts.js";
import { claim } from "./testing/claimView.js";
import { withNodeDuckDB } from "./testing/nodeDuckDB.js";

// The release the dashboard ships, as `pnpm build:data` writes it (npm test builds it first).
const DATA = resolve(import.meta.dirname, "../../../artifacts/data");
const index = existsSync(resolve(DATA, "index.json"))
  ? (JSON.parse(readFileSync(resolve(DATA, "index.json"), "utf8")) as { latest: string })
  : null;
const dir = index ? resolve(DATA, "releases", index.latest) : "";
const summary = index
  ? (JSON.parse(readFileSync(resolve(dir, "summary.json"), "utf8")) as ReleaseSummary)
  : null;

let conn: duckdb.DuckDBConnection;

const session: Session = {
  query: async (sql, params = []) =>
    toRows(params.length === 0 ? conn.query(sql) : conn.prepare(sql).query(...params)),
  claims: async (sql, params) => (await session.query(sql, params)) as never,
  bundle: {} as Session["bundle"],
};

/** Loads the shipped release as the dashboard's session does, leaving out the tables named. */
function load(without: readonly string[] = []) {
  conn.query("DROP VIEW IF EXISTS claim_view");
  for (const r of conn.query("SHOW TABLES").toArray()) conn.query(`DROP TABLE "${String(r.toJSON().name)}"`);
  const files = Object.fromEntries(Object.entries(summary!.files).filter(([t]) => !without.includes(t)));
  for (const { table, file } of releaseFiles(files))
    conn.insertArrowFromIPCStream(readFileSync(resolve(dir, file)), { name: table, create: true });
  conn.query(CLAIM_VIEW_SQL);
}

/** "c025 of c004: (270, 660] cannot fit under 0", one line per implied count, against `group`'s readings. */
const lines = (found: ImpliedCounts, group?: GroupOnScreen) =>
  found.counts.map((count) => {
    const { share, base, implied: r } = count;
    const cannotFit = group ? cannotFitUnder(count, group) : [];
    const range = `${r.low_open ? "(" : "["}${r.low}, ${r.high}${r.high_open ? ")" : "]"}`;
    return `${share.claim_id} of ${base.claim_id}: ${range}${cannotFit.length ? ` cannot fit under ${cannotFit}` : ""}`;
  });

const OCT9 = "repatriation-2023-10-09";

// Skipped outside CI without the built release; in CI a missing release is a failure.
describe.skipIf(index === null && !process.env.CI)("queryImpliedCounts on the shipped release", () => {
  beforeAll(() => {
    if (index === null) throw new Error(`${DATA}/index.json is missing: run \`pnpm build:data\` first`);
  });
  withNodeDuckDB((opened) => {
    conn = opened;
  });

  it("lists the shares of 9 Oct 2023's counts, as the validator's notes read them, against its readings", async () => {
    load();
    const focus = summary!.focus!;
    expect([focus.event_id, focus.metric]).toEqual([OCT9, "repatriated_persons"]);
    const found = await queryImpliedCounts(session, OCT9, "repatriated_persons", 0.1);
    // The validator's notes: [144, 264], (162, 660], (270, 660]; the last its one warning, which
    // names c001, c011 and c024: reading A (200–220).
    expect(lines(found, { event: OCT9, metric: "repatriated_persons", rating: focus })).toEqual([
      "c003 of c002: [144, 264]",
      "c006 of c004: (162, 660]",
      "c025 of c004: (270, 660] cannot fit under 0",
    ]);
    expect(found.total).toBe(3);
  });

  it("lists a share group's own shares, and nothing for a group no share touches", async () => {
    load();
    expect(lines(await queryImpliedCounts(session, OCT9, "women_share", 0.1))).toEqual([
      "c003 of c002: [144, 264]",
    ]);
    const none = await queryImpliedCounts(session, "liaoning-detentions-2019", "detained_persons", 0.1);
    expect(none).toEqual({ counts: [], total: 0 });
  });

  it("reads a release without a units table through the built-in units, as the validator does", async () => {
    load(["units"]);
    expect(lines(await queryImpliedCounts(session, OCT9, "women_share", 0.1))).toEqual([
      "c003 of c002: [144, 264]",
    ]);
  });

  it("lists the first shares of a crowded group and counts them all", async () => {
    load();
    const n = IMPLIED_COUNTS_LIMIT + 7;
    conn.query(
      `INSERT INTO claims BY NAME SELECT 's' || lpad(range::VARCHAR, 3, '0') AS claim_id, claims.* EXCLUDE (claim_id)
       FROM claims, range(${n}) WHERE claims.claim_id = 'c003'`,
    );
    const found = await queryImpliedCounts(session, OCT9, "women_share", 0.1);
    expect(found.total).toBe(n + 1);
    expect(found.counts).toHaveLength(IMPLIED_COUNTS_LIMIT);
    expect(found.counts[0]!.share.claim_id).toBe("c003");
  });
});

describe("impliedCounts", () => {
  const base = claim({
    claim_id: "b",
    qualifier: "exact",
    value_low: 100,
    value_high: 100,
    figure_text: "100",
  });
  const share = (id: string, low: number, high: number | null) =>
    claim({
      claim_id: id,
      metric: "women_share",
      metric_kind: "share",
      unit: "percent",
      qualifier: high === null ? "more_than" : "exact",
      value_low: low,
      value_high: high,
      base_claim_id: "b",
    });
  const claims = new Map(
    [base, share("half", 50, 50), share("over", 150, 150), share("more", 90, null)].map((c) => [
      c.claim_id,
      c,
    ]),
  );
  const links = ["half", "over", "more"].map((share_id) => ({ share_id, base_id: "b", share_max: 100 }));
  const readings = [
    { low: 40, high: 60, low_open: false, high_open: false, claim_ids: [], origins: 1 },
    // Ends where "more than 90%" starts, which leaves 90 out: no point in common.
    { low: 80, high: 90, low_open: false, high_open: false, claim_ids: [], origins: 1 },
  ];

  it("reads the count each share implies, open ends kept", () => {
    expect(impliedCounts(links, claims, 0.1).map((c) => [c.share.claim_id, c.implied])).toEqual([
      ["half", { low: 50, high: 50, low_open: false, high_open: false }],
      // 150% of the whole is no share of it: the validator implies nothing, and neither does this.
      ["more", { low: 90, high: 100, low_open: true, high_open: false }],
    ]);
  });

  it("names the readings of the base's group an implied count is above, and only in that group", () => {
    const group = { event: base.event_id, metric: base.metric, rating: { readings } };
    const found = impliedCounts(links, claims, 0.1);
    expect(found.map((c) => cannotFitUnder(c, group))).toEqual([[], [0, 1]]);
    expect(found.map((c) => cannotFitUnder(c, { ...group, metric: "women_share" }))).toEqual([[], []]);
    expect(found.map((c) => cannotFitUnder(c, { ...group, rating: undefined }))).toEqual([[], []]);
  });

  it("skips a link whose claims the query did not return", () => {
    expect(impliedCounts([{ share_id: "gone", base_id: "b", share_max: 100 }], claims, 0.1)).toEqual([]);
  });
});
