import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TINY_CSV } from "../__fixtures__/tinyDataset.js";
import { codeChunk } from "../csv/codeChunk.js";
import { type CodedPiece, codedFields } from "../csv/parallelPlain.js";
import { columnsOf, optionalColumnsOf, TABLES, type TableName } from "../schema/tables.js";
import { fastRowParser, fastRowParsers } from "./fastRow.js";

const VALID: Record<TableName, Record<string, string>> = {
  sources: {
    source_id: "s1",
    outlet: " Daily NK ",
    via: "",
    title: "Repatriated",
    title_inferred: "true",
    author: "",
    published: "2023-10",
    published_precision: "month",
    published_inferred: "true",
    original_published: "",
    original_published_precision: "",
    original_published_inferred: "",
    url: "https://example.org/a",
    kind: "news",
    text_ref: "",
    notes: "",
  },
  events: {
    short_title: "",
    event_id: "e1",
    title: "Repatriation",
    date: "2023-10-09",
    date_precision: "day",
    date_inferred: "",
    date_end: "2023-10-10",
    location: "Jilin, China",
    category: "forced_repatriation",
    notes: "",
  },
  metrics: { metric: "persons", label: "Persons", unit: "persons", kind: "count", description: "people" },
  claims: {
    claim_id: "c1",
    event_id: "e1",
    source_id: "s1",
    metric: "persons",
    qualifier: "between",
    value_low: "200",
    value_high: "3e2",
    figure_text: "between 200 and 300",
    attributed_to: "sources",
    attributed_kind: "anonymous_source",
    first_reported_by: "Chosun Ilbo",
    reported_via: "Yonhap; Radio Free Asia",
    repeats_claim_id: "",
    base_claim_id: "",
    as_of: "2023",
    as_of_precision: "year",
    as_of_inferred: "false",
    quote: "between 200 and 300 people",
    vague: "",
    notes: "",
  },
};

// Cells that each codec must either read as zod does or leave to zod.
const cell = fc.constantFrom(
  "",
  " ",
  "x",
  "X",
  "c1",
  "c1 ",
  ".5",
  "-1",
  "1e3",
  "1.",
  "0x10",
  "NaN",
  "Infinity",
  "1e999",
  "1e-400",
  "0e5",
  "-0.000",
  "1e-300",
  "2023",
  "2023-02-30",
  "2023-13",
  "2023-1-1",
  "day",
  "month",
  "year",
  "true",
  "false",
  "True",
  "about",
  "exact",
  "at_least",
  "ngo",
  "news",
  "persons",
  "count",
  "percent",
  "http://a",
  "ftp://a",
  "e1",
  "s1",
  "A; B",
  "A;B",
);

function check(table: TableName, cells: Record<string, string>) {
  const header = columnsOf(table);
  const parse = fastRowParser(TABLES[table].schema, header)!;
  const fast = parse(header.map((c) => cells[c]!));
  const zod = TABLES[table].schema.safeParse(cells);
  return { fast, zod };
}

describe("fastRowParser", () => {
  it("reads valid rows itself, with zod's values in zod's key order", () => {
    for (const table of Object.keys(VALID) as TableName[]) {
      const { fast, zod } = check(table, VALID[table]);
      expect(fast).toBeDefined();
      expect(zod.success).toBe(true);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    }
  });

  it("never accepts a row zod rejects, and gives zod's output for every row it accepts", () => {
    for (const table of Object.keys(VALID) as TableName[]) {
      const columns = columnsOf(table);
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...columns), cell, { maxKeys: 4 }), (changes) => {
          const { fast, zod } = check(table, { ...VALID[table], ...changes });
          if (fast === undefined) return;
          expect(zod.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        }),
        { numRuns: 400 },
      );
    }
  });

  it("gives every claim without outlets one shared list, frozen so that nobody changes them all", () => {
    const header = columnsOf("claims");
    const parse = fastRowParser(TABLES.claims.schema, header)!;
    const cells = (id: string): Record<string, string> => ({
      ...VALID.claims,
      claim_id: id,
      reported_via: "",
    });
    const row = (id: string) => header.map((c) => cells(id)[c]!);
    const [a, b] = [parse(row("c1"))!, parse(row("c2"))!];
    expect(a.reported_via).toEqual([]);
    expect(a.reported_via).toBe(b.reported_via);
    expect(Object.isFrozen(a.reported_via)).toBe(true);
  });

  it("reads columns by name whatever their order, and ignores unknown ones", () => {
    const header = ["extra", ...columnsOf("metrics").reverse()];
    const parse = fastRowParser(TABLES.metrics.schema, header)!;
    expect(parse(["?", "people", "count", "persons", "", "m1"])).toEqual({
      metric: "m1",
      label: null,
      unit: "persons",
      kind: "count",
      description: "people",
    });
    expect(fastRowParser(TABLES.metrics.schema, ["metric", "unit"])).toBeNull();
  });

  it("reads a file without the columns its header may leave out, as zod reads the missing keys", () => {
    // Files written before `reported_via`, `title_inferred`, `label`… were added (release 1.0.0,
    // older exports): each table's optional columns left out, every row still on the fast path.
    for (const table of Object.keys(VALID) as TableName[]) {
      const optional = new Set(optionalColumnsOf(table));
      const header = columnsOf(table).filter((c) => !optional.has(c));
      const parse = fastRowParser(TABLES[table].schema, header);
      expect(parse, table).not.toBeNull();
      const cells = Object.fromEntries(header.map((c) => [c, VALID[table][c]!]));
      const zod = TABLES[table].schema.safeParse(cells);
      expect(zod.success, table).toBe(true);
      expect(JSON.stringify(parse!(header.map((c) => cells[c]!))), table).toBe(JSON.stringify(zod.data));
    }
  });

  it("still refuses a header without a required column, or without one that an empty cell would not stand for", () => {
    const header = columnsOf("claims").filter((c) => c !== "quote");
    expect(fastRowParser(TABLES.claims.schema, header)).toBeNull();
    // Missing, `b` is undefined to zod; an empty cell would make it "".
    expect(fastRowParser(z.object({ a: z.string(), b: z.string().optional() }), ["a"])).toBeNull();
  });
});

describe("fastRowParsers' coded parser", () => {
  // Each table's own rows, some repeated, so that a small trial codes some columns and leaves
  // others in the text: both ways a coded cell can come.
  const withOutlets = TINY_CSV.claims
    .split("\n")
    .map((line, i) => `${line},${i === 0 ? "reported_via" : "Yonhap; Radio Free Asia"}`)
    .join("\n");
  const cases: [TableName, string][] = [
    ...(Object.keys(TINY_CSV) as TableName[]).map((t): [TableName, string] => [t, TINY_CSV[t]]),
    ["claims", withOutlets],
  ];
  for (const [table, csv] of cases)
    it(`gives what the fields parser gives, from coded and uncoded cells alike: ${table}${csv === withOutlets ? " with outlets" : ""}`, () => {
      const [header, ...rows] = csv.split("\n");
      const body = `${[...rows, ...rows, ...rows, ...rows].join("\n")}\n`;
      const state = { pools: [], seen: [], keys: [], lastId: [], entries: 0, chars: 0 };
      const chunk = codeChunk(body, true, false, state, { trial: 2, entries: 1000, chars: 1e6 });
      const piece: CodedPiece = { ...chunk, dict: chunk.fresh, cache: chunk.fresh.map(() => []) };
      const parsers = fastRowParsers(TABLES[table].schema, header!.split(","))!;
      let coded = 0;
      let uncoded = 0;
      for (let r = 0; r < chunk.rows; r++) {
        expect(parsers.coded(piece, r)).toEqual(parsers.fields(codedFields(piece, r)));
        for (let j = 0; j < chunk.counts[r]!; j++) {
          if (chunk.cells[chunk.at[r]! + 2 * j]! < 0) coded++;
          else uncoded++;
        }
      }
      expect(coded).toBeGreaterThan(0);
      expect(uncoded).toBeGreaterThan(0);
      // Each row its own list of outlets, never one array shared by rows.
      if (csv === withOutlets) {
        const lists = Array.from({ length: chunk.rows }, (_, r) => parsers.coded(piece, r)!.reported_via);
        expect(lists[0]).toEqual(["Yonhap", "Radio Free Asia"]);
        expect(new Set(lists).size).toBe(lists.length);
      }
    });
});
