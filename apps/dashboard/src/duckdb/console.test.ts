// @vitest-environment node
import type * as duckdb from "@duckdb/duckdb-wasm/blocking";
import { describe, expect, it, vi } from "vitest";
import { withNodeDuckDB } from "../testing/nodeDuckDB.js";
import { type ConsoleEngine, consoleOn, type SqlConsole } from "./console.js";
import { EnumLabelsLost, StatementFailed } from "./consoleFailure.js";
import { columnTypes } from "./consoleValues.js";

// Counted, to see how often a download works out the column types.
vi.mock("./consoleValues.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./consoleValues.js")>();
  return { ...actual, columnTypes: vi.fn(actual.columnTypes) };
});

let opened: Promise<SqlConsole>;

withNodeDuckDB((conn: duckdb.DuckDBConnection) => {
  // Node's connection answers synchronously where the browser's worker answers with promises.
  const engine = {
    conn: {
      query: async (sql: string) => conn.query(sql),
      send: async (sql: string, stream?: boolean) => conn.send(sql, stream),
      cancelSent: async () => conn.cancelSent(),
    },
    db: { terminate: async () => {} },
  } as unknown as ConsoleEngine;
  opened = consoleOn(async () => engine);
});

async function failure(sql: string): Promise<StatementFailed> {
  const error = await (await opened).run(sql).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StatementFailed);
  return error as StatementFailed;
}

describe("a run that fails", () => {
  it("says which statement of several failed, whose earlier statements took effect, at the editor's line", async () => {
    const text = "create table made as select 1 as x;\n\nselect x,\n  nosuch\nfrom made;\nselect 2";
    const error = await failure(text);
    expect([error.index, error.count]).toEqual([2, 3]);
    expect(error.title).toBe("Statement 2 of 3 failed");
    expect(error.ran).toMatch(/^Statement 1 ran before it, .* Statement 3 did not run\.$/);
    // DuckDB said LINE 2, of the statement; the editor's line 4 holds "  nosuch".
    expect(error.message).toContain("LINE 4:   nosuch\n          ^");
    expect(text.split("\n")[3]).toBe("  nosuch");
    // The CREATE TABLE before it ran.
    expect((await (await opened).run("select * from made")).rows).toEqual([[1]]);
  });

  it("counts the lines above a single statement too, and names the last statement of a run", async () => {
    const single = await failure("\n\n-- a note\nselec 1");
    expect([single.index, single.count, single.title]).toEqual([1, 1, "The query failed"]);
    expect(single.message).toContain("LINE 4: selec 1\n        ^");
    const last = await failure("select 1;\nselect 2;\nselect 'x'::int");
    expect([last.index, last.count]).toEqual([3, 3]);
    expect(last.message).toContain("LINE 3: select 'x'::int");
  });
});

describe("a result of ENUM values", () => {
  // An outside audit: `select 'x'::enum('x','y')` showed NULL, and its CSV an empty cell, since
  // DuckDB-WASM streams an ENUM without its labels (duckdb-wasm issue 1548).
  it("is not shown as NULLs: it names the columns and the cast that shows them", async () => {
    const c = await opened;
    const error = await c
      .run(
        "create table moods as select 'ok'::enum('ok', 'bad') as mood;\nselect 1 as n, mood, [mood] as \"a \"\"list\"\"\" from moods",
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(EnumLabelsLost);
    expect((error as EnumLabelsLost).columns).toEqual(["mood", 'a "list"']);
    expect((error as Error).message).toContain(
      'SELECT * REPLACE ("mood"::VARCHAR AS "mood", "a ""list"""::VARCHAR AS "a ""list""") FROM (…)',
    );
    // The cast it gives shows the values; the statement before ran, and the console goes on.
    const cast = await c.run("select * replace (mood::varchar as mood) from moods");
    expect(cast.rows).toEqual([["ok"]]);
    // No rows, no values lost: an empty result of an ENUM column is shown as one.
    expect((await c.run("select mood from moods where false")).total).toBe(0);
  });
});

describe("the CSV download", () => {
  it("writes every row run again with the types worked out once for the result, NULL apart from ''", async () => {
    const console_ = await opened;
    const result = await console_.run(
      "select i, (i * 0.5)::decimal(10, 2) as half, " +
        "case i % 3 when 0 then null when 1 then '' else '-x' end as t from range(10000) t(i)",
    );
    expect([result.total, result.rows.length]).toEqual([10000, 1000]);
    vi.mocked(columnTypes).mockClear();
    const bytes = new Uint8Array(await (await console_.csv(result)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const t = ["", '""', "'-x"];
    const expected = Array.from({ length: 10000 }, (_, i) => `${i},${(i / 2).toFixed(2)},${t[i % 3]}\n`);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(`i,half,t\n${expected.join("")}`);
    // Before: the same file, with the types worked out twice for each of the five record batches.
    expect(vi.mocked(columnTypes).mock.calls.length).toBeLessThanOrEqual(1);
  });
});
