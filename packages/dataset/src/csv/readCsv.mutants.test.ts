import { describe, expect, it } from "vitest";
import { columnsOf } from "../schema/tables.js";
import { cellsOf, readCsv, scanCsv } from "./readCsv.js";

// Without the optional label column, as in release 1.0.0: rows of four fields.
const HEADER = "metric,unit,kind,description";

describe("readCsv, read by csv-parse (files the plain reader turns away)", () => {
  it("turns a lone CR inside a quoted field into a line feed, as in a CRLF file", () => {
    const { rows, problems } = readCsv(`${HEADER}\na,persons,count,"x\ry"\n`, "metrics.csv", "metrics");
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 1, line: 2, cells: { metric: "a", unit: "persons", kind: "count", description: "x\ny" } },
    ]);
  });

  it("finds the header of a BOM file after the empty lines that follow the mark", () => {
    // The stray quote in `5" tall` sends the file to csv-parse.
    const text = `\uFEFF\n\n${HEADER},colour\na,persons,count,x,5" tall\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map(({ row, line, cells }) => [row, line, cells.colour])).toEqual([[1, 4, '5" tall']]);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([["csv/header-unknown", 3, "colour"]]);
  });

  it("puts a short header without a BOM on line 1", () => {
    const text = 'm\n5" tall\n';
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows).toEqual([{ row: 1, line: 2, cells: { m: '5" tall' } }]);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ["csv/header-unknown", 1, "m"],
      ["csv/header-missing", 1, "metric"],
      ["csv/header-missing", 1, "unit"],
      ["csv/header-missing", 1, "kind"],
      ["csv/header-missing", 1, "description"],
    ]);
  });

  it("does not take a first character that merely starts like a BOM for one", () => {
    // U+FF01 is encoded EF BC 81: its first byte is the BOM's.
    const { rows, problems } = readCsv('\uFF01\n5" tall\n', "metrics.csv", "metrics");
    expect(rows).toEqual([{ row: 1, line: 2, cells: { "\uFF01": '5" tall' } }]);
    expect(problems.map((p) => p.line)).toEqual([1, 1, 1, 1, 1]);
  });

  it("reports a quote never closed on the header line alone, with no row and no column", () => {
    const { header, rows, problems, missing } = readCsv(
      'metric,"unit,kind,description\na,persons,count,x\n',
      "metrics.csv",
      "metrics",
    );
    expect(header).toEqual([]);
    expect(rows).toEqual([]);
    expect(missing).toEqual(columnsOf("metrics"));
    expect(problems).toEqual([
      {
        code: "csv/unterminated-quote",
        file: "metrics.csv",
        row: null,
        line: 1,
        column: null,
        message: "the quoted field that opens on line 1 is never closed, so lines 1–2 could not be read",
      },
    ]);
  });

  it("lists the problems by line: header, then a short row, then the quote that never closes", () => {
    const text = `${HEADER},colour\na,persons,count,x\nb,persons,count,"never\nc\n`;
    const { problems } = readCsv(text, "metrics.csv", "metrics");
    expect(problems.map((p) => [p.code, p.row, p.line, p.column])).toEqual([
      ["csv/header-unknown", null, 1, "colour"],
      ["csv/column-count", 1, 2, null],
      ["csv/unterminated-quote", 2, 3, "description"],
    ]);
  });
});

describe("readCsv, rows with the wrong number of fields", () => {
  it("names no column for a long row, even when one of its fields holds a quotation mark", () => {
    const { problems } = readCsv(`${HEADER}\na,persons,count,"say ""hi""",extra\n`, "metrics.csv", "metrics");
    expect(problems).toEqual([
      {
        code: "csv/column-count",
        file: "metrics.csv",
        row: 1,
        line: 2,
        column: null,
        message:
          'row 1 (line 2) has 5 fields, expected 4: a cell too many; quote a cell that holds a comma ("a, b")',
      },
    ]);
  });

  it("names no column for a short row whose field has commas but no quotation mark", () => {
    const { problems } = readCsv(`${HEADER}\na,"persons,count",x\n`, "metrics.csv", "metrics");
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      [
        null,
        "row 1 (line 2) has 3 fields, expected 4: a cell is missing; give every column a cell, an empty one as two commas side by side",
      ],
    ]);
  });

  it("names no column for a short row whose field has a quotation mark but no comma", () => {
    const { problems } = readCsv(`${HEADER}\na,"say ""hi""",x\n`, "metrics.csv", "metrics");
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      [
        null,
        "row 1 (line 2) has 3 fields, expected 4: a cell is missing; give every column a cell, an empty one as two commas side by side",
      ],
    ]);
  });

  it("names no column when the field with a quotation mark has fewer commas than the row lacks fields", () => {
    // Two fields short, but the quoted field holds one comma only.
    const { problems } = readCsv(`${HEADER}\na,"x, ""y"""\n`, "metrics.csv", "metrics");
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      [
        null,
        "row 1 (line 2) has 2 fields, expected 4: 2 cells are missing; give every column a cell, an empty one as two commas side by side",
      ],
    ]);
  });
});

describe("readCsv of an empty file", () => {
  it("gives an empty header and every column as missing", () => {
    const { header, rows, missing } = readCsv("", "metrics.csv", "metrics");
    expect(header).toEqual([]);
    expect(rows).toEqual([]);
    expect(missing).toEqual(columnsOf("metrics"));
  });
});

describe("scanCsv", () => {
  it("reads with a visitor that takes no header", () => {
    const seen: [string[], number, number][] = [];
    const scan = scanCsv(`${HEADER}\na,persons,count,x\n`, "metrics.csv", "metrics", {
      row: (fields, row, line) => seen.push([fields, row, line]),
    });
    expect(seen).toEqual([[["a", "persons", "count", "x"], 1, 2]]);
    expect(scan).toEqual({ header: HEADER.split(","), problems: [], missing: [], dataRows: 1 });
  });
});

describe("cellsOf", () => {
  it("keys each field by its column and adds no other key", () => {
    const cells = cellsOf(["a", "b"], ["1", "2"]);
    expect(Object.keys(cells)).toEqual(["a", "b"]);
    expect(cells).toStrictEqual({ a: "1", b: "2" });
  });

  it("keeps the first of duplicate columns", () => {
    expect(cellsOf(["a", "b", "a"], ["1", "2", "3"])).toStrictEqual({ a: "1", b: "2" });
  });
});
