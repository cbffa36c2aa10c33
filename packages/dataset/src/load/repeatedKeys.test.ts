import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_OPTIONAL_CSV, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { referencedRows, rowIndex } from "./keyIndex.js";
import { loadDataset } from "./loadDataset.js";
import { leaveOutRepeats } from "./repeatedKeys.js";
import { RowLocations } from "./rowLocations.js";

/** The tiny claims CSV with `line` put in before its data row `before` (1-based), or at the end. */
function claimsWith(line: string, before?: number): string {
  const lines = TINY_CSV.claims.split("\n");
  // Data rows start on lines 1, 2, 3 (two lines) and 5 of the array.
  const at = before === undefined ? lines.length : [1, 2, 3, 5][before - 1]!;
  lines.splice(at, 0, line);
  return lines.join("\n");
}

const C2_AGAIN =
  "c-2,e-oct,s-wire,share_women,about,40,40,about 40%,someone else,ngo,,,c-1,,,,about 40% of them,false,";

describe("a row whose key an earlier row has", () => {
  it("is reported once and left out: the rules see the first row of each key, never two", async () => {
    // An outside review: a metric, source and event pasted again redefined them for every claim
    // (the last row won), and a claim id used again put both rows in the readings.
    const metrics = `${TINY_CSV.metrics}\npersons_returned,percent,share,Pasted again`;
    const sources = `${TINY_CSV.sources}\ns-wire,Dup Outlet,,Again,,2020-01,month,false,,news,,`;
    const events = `${TINY_CSV.events}\ne-oct,Mass return,2025-01-01,day,false,,Jilin,forced_repatriation,`;
    const units = `${TINY_OPTIONAL_CSV.units}\npercent,%,false,50,Pasted again`;
    const claims = claimsWith(C2_AGAIN);
    const dir = await writeTinyDataset(undefined, { csv: { metrics, sources, events, claims, units } });
    const { problems, tables, locations, unloaded, rejected } = await loadDataset(dir);
    expect(problems.map((p) => [p.code, p.file, p.row, p.column])).toEqual([
      ["key/duplicate", "sources.csv", 3, "source_id"],
      ["key/duplicate", "events.csv", 3, "event_id"],
      ["key/duplicate", "metrics.csv", 3, "metric"],
      ["key/duplicate", "claims.csv", 5, "claim_id"],
      ["key/duplicate", "units.csv", 7, "unit"],
    ]);
    expect(tables.sources.map((s) => s.outlet)).toEqual(["Example Wire", "Example NGO"]);
    expect(tables.events.map((e) => e.date)).toEqual(["2023-10-09", "2019-01"]);
    expect(tables.metrics.map((m) => [m.metric, m.unit])).toEqual([
      ["persons_returned", "persons"],
      ["share_women", "percent"],
    ]);
    expect(tables.units.filter((u) => u.unit === "percent").map((u) => u.max)).toEqual([100]);
    expect(tables.claims.map((c) => [c.claim_id, c.value_low])).toEqual([
      ["c-1", 200],
      ["c-2", 600],
      ["c-3", 80],
      ["c-4", 100],
    ]);
    for (const table of ["sources", "events", "metrics", "claims", "units"] as const)
      expect(locations[table].length).toBe(tables[table].length);
    // The left-out rows did not load, as rows with a bad cell do not: their keys are not compared
    // with another version, and their figures are still judged by their unit.
    expect(unloaded).toEqual({
      sources: ["s-wire"],
      events: ["e-oct"],
      metrics: ["persons_returned"],
      claims: ["c-2"],
      units: ["percent"],
    });
    expect(rejected?.claims).toEqual([
      {
        row: 5,
        line: 7,
        cells: {
          claim_id: "c-2",
          event_id: "e-oct",
          source_id: "s-wire",
          metric: "share_women",
          base_claim_id: "c-1",
          attributed_kind: "ngo",
          value_low: "40",
          value_high: "40",
        },
      },
    ]);
    // What the rules follow is built on the rows kept.
    expect(rowIndex(tables.claims, "claim_id").duplicates).toBe(0);
    expect(rowIndex(tables.sources, "source_id").duplicates).toBe(0);
    expect(Array.from(referencedRows(tables.claims, "source_id", tables.sources)!)).toEqual([0, 1, 1, 0]);
  });

  it("leaves the rows after it where they were read, and the references into them right", async () => {
    // Before c-3, which names c-2 as its base: c-3 and c-4 move up one place in the table.
    const claims = claimsWith(C2_AGAIN, 3);
    const { problems, tables, locations } = await loadDataset(
      await writeTinyDataset(undefined, { csv: { claims } }),
    );
    expect(problems.map((p) => [p.code, p.row, p.line, p.message])).toEqual([
      ["key/duplicate", 3, 4, 'claim_id "c-2" is used again; it first appears on row 2 (line 3)'],
    ]);
    expect(tables.claims.map((c) => c.claim_id)).toEqual(["c-1", "c-2", "c-3", "c-4"]);
    expect(locations.claims.toArray()).toEqual([
      { row: 1, line: 2 },
      { row: 2, line: 3 },
      { row: 4, line: 5 },
      { row: 5, line: 7 },
    ]);
    expect(Array.from(referencedRows(tables.claims, "base_claim_id", tables.claims)!)).toEqual([
      -1, -1, 1, -1,
    ]);
    expect(rowIndex(tables.claims, "claim_id").get("c-4")).toBe(3);
  });

  it("still has its references checked, as a row left out for a bad cell has", async () => {
    const claims = claimsWith(C2_AGAIN.replace("e-oct,s-wire", "e-none,s-wire"));
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
      ["key/duplicate", 5, "claim_id", 'claim_id "c-2" is used again; it first appears on row 2 (line 3)'],
      ["ref/event", 5, "event_id", 'event_id "e-none" is not an event_id in events.csv'],
    ]);
  });
});

describe("a key of a row left out for another cell", () => {
  it("is reported when a loaded row, or another such row, has it too (an outside review)", async () => {
    // c-2 pasted again with vague "TRUE": the bad cell alone was reported, the repeat next run.
    const bad = C2_AGAIN.replace(/,false,$/, ",TRUE,");
    const claims = claimsWith(`${bad}\n${bad}`);
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
      ["schema/vague", 5, "vague", expect.any(String)],
      ["key/duplicate", 5, "claim_id", 'claim_id "c-2" is used again; it first appears on row 2 (line 3)'],
      ["schema/vague", 6, "vague", expect.any(String)],
      // The first row of all, the loaded one, not the first of those left out (a review).
      ["key/duplicate", 6, "claim_id", 'claim_id "c-2" is used again; it first appears on row 2 (line 3)'],
    ]);
  });

  it("written before the loaded row that has it, is named there as where the key first appears", async () => {
    const claims = claimsWith(C2_AGAIN.replace("c-2,", "c-9,").replace(/,false,$/, ",TRUE,"), 1).concat(
      `\n${C2_AGAIN.replace("c-2,", "c-9,")}`,
    );
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.filter((p) => p.code === "key/duplicate").map((p) => [p.row, p.message])).toEqual([
      [6, 'claim_id "c-9" is used again; it first appears on row 1 (line 2)'],
    ]);
  });

  it("with a space around it, leaves the references to the key without it unjudged", async () => {
    // "c-2 " fails for its space; c-3's base "c-2" is a row that did not load, not no row.
    const claims = TINY_CSV.claims.replace("\nc-2,", "\nc-2 ,");
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([["schema/claim_id", 2, "claim_id"]]);
  });

  it("with a zero-width character in it, leaves the references to the key without it unjudged", async () => {
    // An outside audit: "e-oct\u200b" in events.csv drew one ref/event error per claim of e-oct.
    const events = TINY_CSV.events.replace("\ne-oct,", "\ne-oct\u200b,");
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { events } }));
    expect(problems.map((p) => [p.code, p.file, p.row, p.column])).toEqual([
      ["schema/event_id", "events.csv", 1, "event_id"],
    ]);
  });

  it("with a space around it, is compared as meant with the loaded rows (a review)", async () => {
    const claims = claimsWith(C2_AGAIN.replace("c-2,", "c-2 ,"));
    const { problems } = await loadDataset(await writeTinyDataset(undefined, { csv: { claims } }));
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
      ["schema/claim_id", 5, "claim_id", expect.any(String)],
      ["key/duplicate", 5, "claim_id", 'claim_id "c-2" is used again; it first appears on row 2 (line 3)'],
    ]);
  });
});

describe("leaveOutRepeats", () => {
  it("takes the rows out of the table and its locations together, in place", () => {
    const rows = ["a", "b", "a", "c", "b", "d"];
    const locations = RowLocations.of(rows.map((_, i) => ({ row: i + 1, line: i + 2 })));
    leaveOutRepeats(rows, locations, [2, 4]);
    expect(rows).toEqual(["a", "b", "c", "d"]);
    expect(locations.toArray()).toEqual([
      { row: 1, line: 2 },
      { row: 2, line: 3 },
      { row: 4, line: 5 },
      { row: 6, line: 7 },
    ]);
    // Nothing to leave out leaves both as they were; the last row alone, likewise.
    leaveOutRepeats(rows, locations, []);
    expect(rows).toEqual(["a", "b", "c", "d"]);
    leaveOutRepeats(rows, locations, [3]);
    expect(rows).toEqual(["a", "b", "c"]);
    expect(locations.toArray().map((l) => l.row)).toEqual([1, 2, 4]);
  });
});
