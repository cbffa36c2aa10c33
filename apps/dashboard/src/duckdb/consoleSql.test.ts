import { describe, expect, it } from "vitest";
import { refusal, splitStatements } from "./consoleSql.js";

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
