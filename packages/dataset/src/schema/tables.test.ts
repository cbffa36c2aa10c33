import { describe, expect, it } from "vitest";
import { TINY_CSV } from "../__fixtures__/tinyDataset.js";
import { readCsv } from "../csv/readCsv.js";
import { idCell } from "./cells.js";
import { TABLE_NAMES, TABLES, type TableName } from "./tables.js";

function firstRow(table: TableName): Record<string, string> {
  return readCsv(TINY_CSV[table], TABLES[table].file, table).rows[0]!.cells;
}

/** The columns whose issues a row with `changes` gets from its table's schema. */
function failingColumns(table: TableName, changes: Record<string, string>): string[] {
  const parsed = TABLES[table].schema.safeParse({ ...firstRow(table), ...changes });
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
}

describe("row schemas", () => {
  it.each(TABLE_NAMES)("%s accepts every row of the tiny dataset", (table) => {
    for (const { cells } of readCsv(TINY_CSV[table], TABLES[table].file, table).rows)
      expect(TABLES[table].schema.safeParse(cells).error).toBeUndefined();
  });

  const rejected: [TableName, Record<string, string>, string[]][] = [
    ["sources", { source_id: "Bad Id" }, ["source_id"]],
    ["sources", { outlet: "  " }, ["outlet"]],
    ["sources", { kind: "Blog post" }, ["kind"]],
    ["sources", { url: "ftp://example.org/x" }, ["url"]],
    ["sources", { published: "2023-10", published_precision: "day" }, ["published"]],
    ["sources", { published: "2023-10-10", published_precision: "" }, ["published_precision"]],
    ["sources", { published_inferred: "yes" }, ["published_inferred"]],
    ["events", { category: "" }, ["category"]],
    ["events", { date: "2023-02-30" }, ["date"]],
    ["events", { date_end: "2023-10-01" }, ["date_end"]],
    ["events", { date_end: "2023-09" }, ["date_end"]],
    ["events", { date_end: "2022" }, ["date_end"]],
    ["metrics", { unit: "per cent" }, ["unit"]],
    ["metrics", { kind: "ratio" }, ["kind"]],
    ["metrics", { description: "" }, ["description"]],
    ["claims", { qualifier: "roughly" }, ["qualifier"]],
    ["claims", { value_low: "two hundred" }, ["value_low"]],
    ["claims", { value_high: "" }, ["value_high"]],
    ["claims", { value_high: "250" }, ["value_high"]],
    ["claims", { qualifier: "at_most" }, ["value_low"]],
    ["claims", { attributed_kind: "Rumour" }, ["attributed_kind"]],
    ["claims", { base_claim_id: "c-1" }, ["base_claim_id"]],
    ["claims", { repeats_claim_id: "c-1" }, ["repeats_claim_id"]],
    ["claims", { as_of: "2024-13", as_of_precision: "month" }, ["as_of"]],
    ["claims", { quote: "" }, ["quote"]],
    ["claims", { vague: "maybe" }, ["vague"]],
  ];

  it.each(rejected)("%s rejects %j at %j", (table, changes, columns) => {
    expect(failingColumns(table, changes)).toEqual(columns);
  });

  // A row's cross-column checks run beside a failed cell, on the cells that parsed: a maintainer
  // who fixed the first problem had met the second only on the next run.
  const together: [TableName, Record<string, string>, string[]][] = [
    ["claims", { value_low: "abc", as_of: "2023-02-30", as_of_precision: "day" }, ["value_low", "as_of"]],
    ["claims", { vague: "maybe", qualifier: "at_most" }, ["vague", "value_low"]],
    ["claims", { qualifier: "roughly", value_low: "300", value_high: "200" }, ["qualifier", "value_high"]],
    ["claims", { quote: "", base_claim_id: "c001", claim_id: "c001" }, ["quote", "base_claim_id"]],
    ["events", { category: "", date: "2023-02-30" }, ["category", "date"]],
    ["events", { date_precision: "week", date_end: "2023-09" }, ["date_precision", "date_end"]],
    ["sources", { kind: "Blog post", url: "ftp://example.org/x" }, ["kind", "url"]],
    ["sources", { outlet: "", published: "2023-10", published_precision: "day" }, ["outlet", "published"]],
  ];

  it.each(together)("%s with %j fails at each of %j", (table, changes, columns) => {
    expect(failingColumns(table, changes)).toEqual(columns);
  });

  it("does not judge across columns with a cell that failed", () => {
    // "abc" is no number to compare: only its own problem, no "must equal value_low (abc)".
    expect(failingColumns("claims", { value_low: "abc", value_high: "250" })).toEqual(["value_low"]);
    expect(failingColumns("claims", { qualifier: "roughly", value_high: "" })).toEqual(["qualifier"]);
    expect(failingColumns("events", { date: "2023-13-01", date_end: "2023-01" })).toEqual(["date"]);
  });

  it("accepts an end written coarser than its start that still ends after it (October 2023 from 9 October)", () => {
    // An outside review: "2023-10" compared as text came before "2023-10-09".
    expect(failingColumns("events", { date_end: "2023-10" })).toEqual([]);
    expect(failingColumns("events", { date_end: "2023" })).toEqual([]);
    expect(
      failingColumns("events", { date: "2023", date_precision: "year", date_end: "2023-01-01" }),
    ).toEqual([]);
  });

  it("accepts an event with no date at all", () => {
    expect(failingColumns("events", { date: "", date_precision: "", date_end: "" })).toEqual([]);
  });

  it("reads typed values from the cells", () => {
    const claim = TABLES.claims.schema.parse({
      ...firstRow("claims"),
      value_low: "3.5",
      value_high: "3.5",
      vague: "",
    });
    expect([claim.value_low, claim.vague, claim.first_reported_by]).toEqual([3.5, false, null]);
    const between = TABLES.claims.schema.parse({
      ...firstRow("claims"),
      qualifier: "between",
      value_low: "200",
      value_high: "300",
    });
    expect([between.value_low, between.value_high]).toEqual([200, 300]);
  });
});

describe("id cells", () => {
  it.each([
    ["", "must not be empty"],
    ["c001 ", 'has a space at its start or end ("c001 "): remove it'],
    ["\ufeffc004", 'has U+FEFF (ZERO WIDTH NO-BREAK SPACE) at its start or end ("\ufeffc004"): remove it'],
    [" c004\u00a0", 'has U+00A0 (NO-BREAK SPACE) at its start or end (" c004\u00a0"): remove it'],
    ["C001", 'must be lower-case: "c001"'],
    ["a b", `may hold only lower-case letters, digits, '.', '_' or '-', not " " in "a b"`],
    ["-x", 'must start with a lower-case letter or digit, not "-" in "-x"'],
  ])("says what is wrong with %j", (cell, message) => {
    const parsed = idCell.safeParse(cell);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe(message);
  });
});
