// @vitest-environment node
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { describe, expect, it } from "vitest";
import { withNodeDuckDB } from "../testing/nodeDuckDB.js";
import { onlyReads, refusal, splitStatements, statementsOf } from "./consoleSql.js";

describe("splitStatements", () => {
  it("splits on semicolons outside quotes and comments and drops empty statements", () => {
    expect(splitStatements("select 1; select ';' as s;\n-- a; comment\nselect 2 /* ; */;;")).toEqual([
      "select 1",
      "select ';' as s",
      "-- a; comment\nselect 2 /* ; */",
    ]);
  });

  it("keeps a quoted identifier with a semicolon whole, and drops a comment-only tail", () => {
    expect(splitStatements('select 1 as "a;b"; -- done')).toEqual(['select 1 as "a;b"']);
  });
});

describe("statementsOf", () => {
  it("gives each statement's start in the text, past the space and line breaks before it", () => {
    const text = "create table t(i int);\n\n  insert into t values (1);  select * from t\n;";
    const statements = statementsOf(text);
    expect(statements.map((s) => s.sql)).toEqual(splitStatements(text));
    for (const { sql, start } of statements) expect(text.slice(start, start + sql.length)).toBe(sql);
    expect(statements.map((s) => s.start)).toEqual([0, 26, 53]);
  });
});

describe("refusal", () => {
  it("refuses INSTALL and LOAD in any statement, in any case, after comments", () => {
    expect(refusal("INSTALL httpfs")).toMatch(/^INSTALL is not available/);
    expect(refusal("select 1; load httpfs;")).toMatch(/^LOAD is not available/);
    expect(refusal("/* x */ force install spatial")).toMatch(/^INSTALL/);
    expect(refusal("-- note\n  Load json")).toMatch(/^LOAD/);
  });

  it("lets queries through that only mention the words", () => {
    expect(refusal("select 'install httpfs' as s")).toBeNull();
    expect(refusal("select * from claims where quote like '%load%'")).toBeNull();
    expect(refusal("select 1 as loaded")).toBeNull();
  });
});

describe("onlyReads", () => {
  it("takes queries, parenthesised or after comments, as reads", () => {
    for (const q of [
      "select * from big",
      "  -- note\n/* x */ SELECT 1",
      "(select 1) union all (select 2)",
      "with x as (select 1) select * from x",
      "from claims",
      "describe claims",
      "select 'insert into t' as s, \"delete\" from t",
      // A column named as a statement is no write, and a table function only reads (a review).
      "select copy, update from t",
      "call duckdb_functions()",
    ])
      expect(onlyReads(q), q).toBe(true);
  });

  it("takes anything that may change a table, or is not known to read, as not only reading", () => {
    for (const q of [
      "insert into r select * from range(1500) returning *",
      "update r set i = i + 1 returning i",
      "with x as (select 7 as i) insert into r select i from x returning *",
      "explain analyze delete from r returning *",
      "create table t as select 1",
      "pragma version",
      // Run again, other values than those shown (a review: the download wrote other numbers).
      "select nextval('s') from range(5000)",
      "select random() from range(5000)",
      // Before: the escaped quote was read as opening a string that ran over random().
      String.raw`select E'\'', random() as v from range(5000)`,
      // A sample without a seed draws other rows each run (a review: the CSV held another sample).
      "SELECT i FROM range(100000) t(i) USING SAMPLE 1500 ROWS",
      "select * from range(100000) tablesample 10%",
      "select * from range(100000) t(i) using sample 1% (bernoulli, 3), range(9) tablesample 5 rows",
      // Called with a space before "(", or with no parentheses as SQL's special values are.
      "select now () as t from range(5000)",
      "select current_timestamp as t from range(5000)",
      "select uuidv7() as u from range(5000)",
    ])
      expect(onlyReads(q), q).toBe(false);
  });

  it("takes a column named as a volatile function, and a seeded sample, as reads", () => {
    for (const q of [
      // Before: refused a download, the column name taken for the now() function (a review).
      "SELECT i AS now FROM range(1500) t(i)",
      "select random, uuid from (select 1 as random, 2 as uuid)",
      "select i from range(100000) t(i) using sample reservoir(1500 rows) repeatable (42)",
      "select i from range(100000) t(i) using sample 10% (bernoulli, 7)",
      "select i from range(100000) t(i) tablesample bernoulli(5%) repeatable (7)",
    ])
      expect(onlyReads(q), q).toBe(true);
  });
});

describe("DuckDB's quoting forms, read as DuckDB-WASM reads them", () => {
  let conn: duckdb.DuckDBConnection;
  withNodeDuckDB((opened) => {
    conn = opened;
  });
  const value = (statement: string) => conn.query(statement).toArray()[0]!.toJSON().s;

  it("keeps escape strings, dollar-quoted strings and nested comments whole, ';' and all", () => {
    // Before: each was cut at its ";" into two statements, neither of which DuckDB could run.
    const cases: [string, unknown][] = [
      [String.raw`select E'it\'s; insert into t values (1)' as s`, "it's; insert into t values (1)"],
      [String.raw`select e'a\\' as s, ';' as t`, "a\\"],
      ["select $$it's; insert into t values (1)$$ as s", "it's; insert into t values (1)"],
      ["select $q$ $$ ; $q$ as s", " $$ ; "],
      ["select 1 /* a /* b */ ; */ as s", 1],
      // A name may hold "$" and end in "E": neither starts a string there, so wordE'\' is a plain
      // string (of a type named wordE) that ends at its second quote.
      [String.raw`select a$$b$$ as s, wordE'\' as t, wordE';' as u from (select 1 as a$$b$$)`, 1],
    ];
    conn.query("create type wordE as varchar");
    for (const [statement, expected] of cases) {
      const statements = splitStatements(`${statement}; select 2 as s`);
      expect(statements, statement).toEqual([statement, "select 2 as s"]);
      expect(value(statements[0]!), statement).toEqual(expected);
    }
  });

  it("takes a statement word or a volatile function inside such a string as text: a read", () => {
    for (const q of [
      String.raw`select E'\'random' as s from range(5000)`,
      "select $$ nextval('s') $$ as s from range(5000)",
      "with x as (select $t$ ) insert $t$ as s) select * from x",
      "select 1 /* a /* b */ ) insert */ as s from range(5000)",
    ]) {
      expect(onlyReads(q), q).toBe(true);
      expect(conn.query(q).numRows, q).toBeGreaterThan(0);
    }
  });

  it("finds the write that a misread string or comment would hide", () => {
    // Each is an INSERT … RETURNING in DuckDB, and each was taken as a read: the escaped or
    // dollar-quoted quote was read as opening a string that ran over the INSERT, a nested comment
    // ended at its first "*/", a "--" comment at the next "\n" only (DuckDB also ends it at "\r"),
    // and an escape string's second part, after a line break, was read without its escapes.
    conn.query("create table r(i int)");
    let rows = 0;
    for (const q of [
      String.raw`with x as (select E'\'' as q) insert into r select * from range(3) returning *`,
      `${String.raw`with x as (select E'a'`}\n${String.raw`'\'' as q) insert into r select * from range(3) returning * -- '`}`,
      "with x as (select $$'$$ as q) insert into r select * from range(3) returning *",
      "with x as (select $q$ $$ ' $q$ as q) insert into r select * from range(3) returning * -- '",
      "with x as (select 1 /* /* */ ' */ as q) insert into r select * from range(3) returning * -- '",
      "with x as (select 1 as q) -- c\rinsert into r select * from range(3) returning * -- '",
    ]) {
      expect(onlyReads(q), q).toBe(false);
      conn.query(q);
      rows += 3;
      expect(conn.query("select count(*)::int as s from r").toArray()[0]!.toJSON().s, q).toBe(rows);
    }
  });

  it("reads a sample as the same rows each run exactly when it has a seed", () => {
    // Two unseeded draws of 1,500 rows of 100,000 alike is a chance too small to flake on.
    const rows = (q: string) =>
      conn
        .query(q)
        .toArray()
        .map((r) => Number(r.toJSON().i))
        .join(",");
    for (const q of [
      "select i from range(100000) t(i) using sample 1500 rows",
      "select i from range(100000) t(i) using sample reservoir(1500 rows) repeatable (42)",
      "select i from range(100000) t(i) using sample 10% (bernoulli, 7)",
      "select i from range(100000) t(i) tablesample bernoulli(5%) repeatable (7)",
    ]) {
      const shown = rows(q);
      const again = rows(q);
      expect(shown === again, q).toBe(onlyReads(q));
    }
  });

  it("takes a quote or comment left open as not only reading: DuckDB does not run it", () => {
    for (const q of [
      "select $$never closed from range(5000)",
      String.raw`select E'never closed\' from range(5000)`,
      "select 1 /* /* */ from range(5000)",
    ]) {
      expect(onlyReads(q), q).toBe(false);
      expect(() => conn.query(q), q).toThrow();
    }
  });
});
