import { describe, expect, it } from "vitest";
import { csvSource } from "./consoleDownload.js";

describe("csvSource", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [i]);

  it("writes a result that is all on screen from there, whatever its statement", () => {
    expect(csvSource({ statement: "select * from notes_t", rows: rows(1), total: 1 })).toBe("shown");
    expect(csvSource({ statement: "insert into r values (1) returning *", rows: rows(1), total: 1 })).toBe(
      "shown",
    );
    expect(csvSource({ statement: "create table t(i int)", rows: [], total: 0 })).toBe("shown");
  });

  it("runs only a reading last statement again for the rows not shown, and never one that writes", () => {
    expect(csvSource({ statement: "select * from big", rows: rows(1000), total: 5000 })).toBe(
      "last statement",
    );
    expect(
      csvSource({
        statement: "insert into r select * from range(1500) returning *",
        rows: rows(1000),
        total: 1500,
      }),
    ).toBeNull();
    // Its INSERT stands after an escaped quote, which the console read as opening a string.
    expect(
      csvSource({
        statement: String.raw`with x as (select E'\'' as q) insert into r select * from range(1500) returning *`,
        rows: rows(1000),
        total: 1500,
      }),
    ).toBeNull();
  });
});
