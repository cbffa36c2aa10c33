// @vitest-environment node
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { describe, expect, it } from "vitest";
import { claimRowQuery, claimsQuery } from "./queries.js";
import { withNodeDuckDB } from "./testing/nodeDuckDB.js";
import { METRIC_SQL } from "./trendSelection.js";
import { NO_FILTERS, type SortKey } from "./urlState.js";

describe("claimsQuery", () => {
  it("binds every filter value as a parameter, never as SQL text", () => {
    const evil = "x'); DROP TABLE claims; --";
    const q = claimsQuery({
      event: evil,
      metric: "m",
      outlet: null,
      qualifier: "about",
      category: evil,
      kind: "ngo",
      q: evil,
    });
    expect(q.sql).not.toContain(evil);
    expect(q.sql).not.toContain("DROP");
    expect(q.params.at(-1)).toBe(evil);
    expect(q.params.slice(0, 5)).toEqual([evil, "m", "about", evil, "ngo"]);
    expect(q.sql.match(/\?/g)).toHaveLength(q.params.length);
    expect(q.sql).toContain("category = ?");
    expect(q.sql).toContain("attributed_kind = ?");
  });

  it("orders by the chosen column, then claim id, for a stable order", () => {
    const q = claimsQuery(NO_FILTERS, { key: "outlet", dir: "desc" });
    expect(q.sql).toMatch(/ORDER BY outlet DESC NULLS LAST, claim_id$/);
    expect(q.sql).not.toContain("WHERE");
  });
});

describe("claimsQuery's order, run by DuckDB", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
    // Only the columns the order reads: [claim_id, unit, value_low, value_high].
    conn.query(`CREATE TABLE claim_view AS SELECT * FROM (VALUES
      ('about-600', 'persons', 600, 600), ('about-200', 'persons', 200, 200),
      ('share-80', 'percent', 80, 80), ('at-most-50', 'persons', NULL, 50),
      ('at-least-39', 'persons', 39, NULL), ('also-200', 'persons', 200, 200),
      ('between-200-300', 'persons', 200, 300)
    ) t(claim_id, unit, value_low, value_high)`);
  });
  const ids = (key: SortKey, dir: "asc" | "desc") =>
    conn
      .query(claimsQuery(NO_FILTERS, { key, dir }).sql)
      .toArray()
      .map((r) => String(r.toJSON().claim_id));

  it("sorts figures within their unit, a figure with no low bound at its high bound", () => {
    // 80 % sorted between 60 and 200 persons when the column was ordered by value_low alone.
    expect(ids("value_low", "asc")).toEqual([
      "share-80",
      "at-least-39",
      "at-most-50",
      "about-200",
      "also-200",
      "between-200-300",
      "about-600",
    ]);
    const descending = [
      "share-80",
      "about-600",
      "between-200-300",
      "about-200",
      "also-200",
      "at-most-50",
      "at-least-39",
    ];
    expect(ids("value_low", "desc")).toEqual(descending);
  });
});

describe("claimsQuery's order of text columns, run by DuckDB", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
    // Ids, full titles and labels ordered unlike the words the Event and Metric cells show.
    conn.query(`CREATE TABLE claim_view AS SELECT * FROM (VALUES
      ('c1', 'e-china', 'China forcibly repatriates', 'Dandong repatriation', 'arrivals_persons', 'Defectors arriving'),
      ('c2', 'e-border', 'North Korea closes its border', 'Border closure', 'border_closure_years', 'Length of border closure'),
      ('c3', 'e-deaths', 'Xinjiang deaths', 'Xinjiang deaths', 'deaths', 'Deaths'),
      ('c4', 'e-also', 'Another event', 'Border closure', 'z_other', 'Deaths')
    ) t(claim_id, event_id, event_title, event_short_title, metric, metric_label)`);
  });
  const ids = (key: SortKey, dir: "asc" | "desc") =>
    conn
      .query(claimsQuery(NO_FILTERS, { key, dir }).sql)
      .toArray()
      .map((r) => String(r.toJSON().claim_id));

  it("sorts Metric by the label shown, the metric id breaking ties", () => {
    // By id the order was c1, c2, c3, c4: "Length of border closure" before "Deaths".
    expect(ids("metric", "asc")).toEqual(["c3", "c4", "c1", "c2"]);
    expect(ids("metric", "desc")).toEqual(["c2", "c1", "c4", "c3"]);
  });

  it("sorts Event by the short title shown, the event id breaking ties", () => {
    // By the full title, c1 ("Dandong repatriation", titled "China forcibly…") came second.
    expect(ids("event_title", "asc")).toEqual(["c4", "c2", "c1", "c3"]);
    expect(ids("event_title", "desc")).toEqual(["c3", "c1", "c2", "c4"]);
  });
});

describe("claimsQuery's quote search, run by DuckDB", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
    conn.query(`CREATE TABLE claim_view AS SELECT * FROM (VALUES
      ('c016', 'South Korea’s Unification Ministry said 546'),
      ('c004', 'approximately 600 “North Koreans”'),
      ('c002', 'between 200–300 people'),
      ('c001', 'about 200 people'),
      ('c009', 'forcibly repatriated' || chr(10) || 'about  50 people')
    ) t(claim_id, quote)`);
  });
  const found = (q: string) => {
    const { sql, params } = claimsQuery({ ...NO_FILTERS, q });
    const statement = conn.prepare(sql);
    try {
      return statement
        .query(...params)
        .toArray()
        .map((r) => String(r.toJSON().claim_id));
    } finally {
      statement.close();
    }
  };

  it("finds a quote whatever quotes and dashes either side is typed with", () => {
    // Typed on a keyboard, the quotes print typographic marks (an outside review found none).
    expect(found("Korea's Unification")).toEqual(["c016"]);
    expect(found('"north koreans"')).toEqual(["c004"]);
    expect(found("200-300")).toEqual(["c002"]);
    // Pasted from the text, typographic marks find the same.
    expect(found("Korea’s")).toEqual(["c016"]);
    expect(found("people")).toEqual(["c001", "c002", "c009"]);
    expect(found("Korea's Reunification")).toEqual([]);
  });

  it("drops white space at either end and reads each run of it, typed or quoted, as one space", () => {
    // "Korea " with a space typed after it found 4 claims of 20, and two spaces between words none
    // (an outside audit).
    expect(found("Korea ")).toEqual(["c004", "c016"]);
    expect(found("  about  200 ")).toEqual(["c001"]);
    expect(found("repatriated about 50")).toEqual(["c009"]);
    expect(found("repatriated\tabout")).toEqual(["c009"]);
    expect(found("Korea's  Unification")).toEqual(["c016"]);
  });
});

describe("claimRowQuery, run by DuckDB", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
    conn.query(`CREATE TABLE claim_view AS SELECT * FROM (VALUES
      ('about-600', 'persons', 600, 600, 'returned'), ('about-200', 'persons', 200, 200, 'returned'),
      ('share-80', 'percent', 80, 80, 'share'), ('at-most-50', 'persons', NULL, 50, 'returned'),
      ('at-least-39', 'persons', 39, NULL, 'detained'), ('also-200', 'persons', 200, 200, 'returned'),
      ('between-200-300', 'persons', 200, 300, 'detained')
    ) t(claim_id, unit, value_low, value_high, metric)`);
  });
  const run = ({ sql, params }: { sql: string; params: (string | number)[] }) => {
    const statement = conn.prepare(sql);
    try {
      return statement
        .query(...params)
        .toArray()
        .map((r) => r.toJSON());
    } finally {
      statement.close();
    }
  };

  it("gives each claim the row claimsQuery lists it at, for every order and filter", () => {
    const metrics = [null, "returned", "detained"];
    const sorts = [
      undefined,
      ...(["value_low"] as const).flatMap((key) => [
        { key, dir: "asc" as const },
        { key, dir: "desc" as const },
      ]),
    ];
    for (const metric of metrics)
      for (const sort of sorts) {
        const filters = { ...NO_FILTERS, metric };
        const listed = run(claimsQuery(filters, sort)).map((r) => String(r.claim_id));
        for (const [i, id] of listed.entries())
          expect(run(claimRowQuery(filters, sort, id))).toEqual([{ claim_row: i + 1 }]);
        // A claim the filters leave out stands at no row.
        if (metric !== null) expect(run(claimRowQuery(filters, sort, "share-80"))).toEqual([]);
      }
  });
});

describe("METRIC_SQL, run by DuckDB", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
    conn.query(`CREATE TABLE metrics AS SELECT * FROM (VALUES
      ('deaths', 'Deaths'), ('empty_metric', 'Metric with no claims')
    ) t(metric, label)`);
    conn.query(`CREATE TABLE claim_view AS SELECT * FROM (VALUES
      ('c1', 'deaths'), ('c2', 'deaths')
    ) t(claim_id, metric)`);
  });
  const row = (metric: string) => {
    const stmt = conn.prepare(METRIC_SQL);
    const rows = stmt
      .query(metric)
      .toArray()
      .map((r) => r.toJSON());
    stmt.close();
    return rows;
  };

  it("gives a metric's label and its claims, 0 for a metric of metrics.csv that no claim measures", () => {
    expect(row("deaths")).toEqual([{ metric: "deaths", metric_label: "Deaths", claims: 2 }]);
    expect(row("empty_metric")).toEqual([
      { metric: "empty_metric", metric_label: "Metric with no claims", claims: 0 },
    ]);
    expect(row("garbage")).toEqual([]);
  });
});
