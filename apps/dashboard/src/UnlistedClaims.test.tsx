import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { UnknownClaim } from "./ClaimNotice.js";
import { toRows } from "./duckdb/engine.js";
import type { Session } from "./duckdb/session.js";
import { UNLISTED_CLAIMS_LIMIT, UNLISTED_CLAIMS_SQL } from "./queries.js";
import { withNodeDuckDB } from "./testing/nodeDuckDB.js";
import { renderView } from "./testing/renderView.js";
import { UnlistedClaims } from "./UnlistedClaims.js";

let conn: duckdb.DuckDBConnection;

/** A session over the node DuckDB, as the dashboard's answers the view's one query. */
const session = (): Session => ({
  query: async (sql, params = []) =>
    toRows(params.length === 0 ? conn.query(sql) : conn.prepare(sql).query(...params)),
  claims: async () => [],
  bundle: {} as Session["bundle"],
});

/** Tables with only the columns the query reads; `claims` rows as [claim_id, event_id, source_id, metric]. */
function release(claims: readonly (readonly [string, string, string, string])[]) {
  conn.query(`CREATE OR REPLACE TABLE events AS SELECT * FROM (VALUES ('e1'), ('e2'), ('e2')) t(event_id)`);
  conn.query(`CREATE OR REPLACE TABLE sources AS SELECT * FROM (VALUES ('s1')) t(source_id)`);
  conn.query(`CREATE OR REPLACE TABLE metrics AS SELECT * FROM (VALUES ('persons')) t(metric)`);
  conn.query(
    "CREATE OR REPLACE TABLE claims (claim_id VARCHAR, event_id VARCHAR, source_id VARCHAR, metric VARCHAR)",
  );
  for (const row of claims) conn.query(`INSERT INTO claims VALUES (${row.map((v) => `'${v}'`).join(", ")})`);
  // The dashboard's claim_view is the same inner join, with more columns.
  conn.query(
    "CREATE OR REPLACE VIEW claim_view AS SELECT DISTINCT c.claim_id FROM claims c JOIN events USING (event_id) JOIN sources USING (source_id) JOIN metrics USING (metric)",
  );
}

describe("UnlistedClaims", () => {
  withNodeDuckDB((opened) => {
    conn = opened;
  });
  afterEach(cleanup);

  it("names each claim the views leave out, with what it lacks, and no claim that has all three", async () => {
    release([
      ["c1", "e1", "s1", "persons"],
      // e2 twice in events: still one event, not a missing one.
      ["c2", "e2", "s1", "persons"],
      ["c3", "e9", "s1", "persons"],
      ["c4", "e1", "s9", "deaths"],
    ]);
    renderView(<UnlistedClaims />, session());
    const note = await screen.findByTestId("unlisted-claims");
    expect(note.querySelector("strong")?.textContent).toBe("2 claims of release 1.1.0 are not listed here");
    expect([...note.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "c3: no event “e9”",
      "c4: no source “s9”, no metric “deaths”",
    ]);
  });

  it("counts past the ids it names", async () => {
    const n = UNLISTED_CLAIMS_LIMIT + 5;
    release(
      Array.from(
        { length: n },
        (_, i) => [`c${String(i).padStart(3, "0")}`, "gone", "s1", "persons"] as const,
      ),
    );
    renderView(<UnlistedClaims />, session());
    const note = await screen.findByTestId("unlisted-claims");
    expect(note.querySelector("strong")?.textContent).toBe(
      `${n} claims of release 1.1.0 are not listed here`,
    );
    expect(note.querySelectorAll("li")).toHaveLength(UNLISTED_CLAIMS_LIMIT);
    expect(note.textContent).toContain("and 5 more (the first 20 by id are named");
  });

  it("says nothing when every claim has its event, source and metric", async () => {
    release([["c1", "e1", "s1", "persons"]]);
    expect(toRows(conn.query(UNLISTED_CLAIMS_SQL))).toEqual([]);
    renderView(<UnlistedClaims />, session());
    await waitFor(() => expect(screen.queryByText(/not listed/)).toBeNull());
    expect(screen.queryByTestId("unlisted-claims")).toBeNull();
  });

  it("tells a link to such a claim that it cannot be shown, and one to no claim that there is none", async () => {
    release([
      ["c1", "e1", "s1", "persons"],
      ["c3", "e9", "s1", "persons"],
    ]);
    renderView(<UnknownClaim id="c3" />, session());
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Claim “c3” of release 1.1.0 cannot be shown",
    );
    cleanup();
    renderView(<UnknownClaim id="c404" />, session());
    expect((await screen.findByRole("alert")).textContent).toContain("No claim “c404” in release 1.1.0");
  });
});
