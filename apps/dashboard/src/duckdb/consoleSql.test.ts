import { describe, expect, it } from "vitest";
import { onlyReads, refusal, splitStatements } from "./consoleSql.js";

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
    ])
      expect(onlyReads(q), q).toBe(false);
  });
});
