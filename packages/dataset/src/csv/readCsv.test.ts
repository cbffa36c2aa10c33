import { describe, expect, it } from "vitest";
import { columnsOf } from "../schema/tables.js";
import { misplacedQuote, readCsv, scanCsv, textAfterQuote } from "./readCsv.js";

// Without the optional label column, as in release 1.0.0: rows of four fields.
const FOUR = ["metric", "unit", "kind", "description"];
const HEADER = FOUR.join(",");

describe("textAfterQuote", () => {
  it("finds the field with text after its closing quote, and no other", () => {
    expect(textAfterQuote('"Hundreds"x,2\n')).toBe(0);
    expect(textAfterQuote('a,"b" c,d')).toBe(1);
    expect(textAfterQuote('a,b,"c"\r\n')).toBe(-1);
    expect(textAfterQuote('"""them"" are",3\n')).toBe(-1);
    expect(textAfterQuote('"a, b","c\nd",e')).toBe(-1);
    expect(textAfterQuote('per"sons",x')).toBe(-1);
    expect(textAfterQuote('"never closed,x')).toBe(-1);
    // csv-parse's raw record starts with the empty lines skipped before it.
    expect(textAfterQuote('\n\r\na,"b" c,d\n')).toBe(1);
  });
});

describe("misplacedQuote", () => {
  const always = () => true;
  it("finds the first field with a quotation mark that does not quote it, as csv-parse cuts fields", () => {
    expect(misplacedQuote('a,b"c,d\n', always)).toEqual({ field: 1, afterClose: false });
    expect(misplacedQuote('a, "b,c"\n', always)).toEqual({ field: 1, afterClose: false });
    expect(misplacedQuote('a,"b" c,d"e\n', always)).toEqual({ field: 1, afterClose: true });
    expect(misplacedQuote('"a\nb",c,d "e\r\n', always)).toEqual({ field: 2, afterClose: false });
    expect(misplacedQuote('\n\na,"b" c', always)).toEqual({ field: 1, afterClose: true });
    expect(misplacedQuote('a,"b ""c""",d\n', always)).toBeNull();
    expect(misplacedQuote('a,"b",,c\n', always)).toBeNull();
    expect(misplacedQuote("a,b,c", always)).toBeNull();
    expect(misplacedQuote('a,"never closed', always)).toBeNull();
  });

  it("passes over a quote in an unquoted cell that the caller does not blame, or without a caller", () => {
    expect(misplacedQuote('a,b"c,d "e,f\n', (k) => k === 2)).toEqual({ field: 2, afterClose: false });
    expect(misplacedQuote('a,b"c,d\n')).toBeNull();
    expect(misplacedQuote('a,b"c,"d" e\n')).toEqual({ field: 2, afterClose: true });
  });
});

describe("readCsv", () => {
  // An outside review: `"Hundreds"x` loaded as written, quotes and all, with no problem, where
  // Python's csv module reads `Hundredsx`: the tables no longer read alike without Tally.
  it("names both lines when a quote left open took the next line's row in, up to a quoted cell", () => {
    const text = `${HEADER}\na,persons,count,"no close\nb,days,duration,"plain" x\nc,days,duration,ok\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map((r) => r.cells.metric)).toEqual(["c"]);
    expect(problems.map((p) => [p.code, p.row, p.line, p.column, p.message])).toEqual([
      [
        "csv/text-after-quote",
        1,
        2,
        "description",
        "row 1 (lines 2–3, read as one row): description runs on to a quotation mark on line 3 with text after it, so a quoted field on line 2 is probably missing its closing quote; neither line was loaded",
      ],
    ]);
  });

  it("leaves out a row whose quoted field has text after its closing quote, located", () => {
    const text = `${HEADER}
a,persons,count,"two words" more\nb,days,duration,plain\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map((r) => r.cells.metric)).toEqual(["b"]);
    expect(problems).toEqual([
      {
        code: "csv/text-after-quote",
        file: "metrics.csv",
        row: 1,
        line: 2,
        column: "description",
        message:
          'description has text after its closing quotation mark ("two words" more): CSV readers disagree on what such a cell holds, so the row was not loaded; quote the whole cell, doubling each quotation mark inside it',
      },
    ]);
  });

  it("reads a BOM-prefixed CRLF file like its plain LF twin", () => {
    const lf = `${HEADER}\na,persons,count,"two\nlines"\nb,days,duration,plain\n`;
    const crlf = `\uFEFF${lf.replaceAll("\n", "\r\n")}`;
    const plain = readCsv(lf, "metrics.csv", "metrics");
    const windows = readCsv(crlf, "metrics.csv", "metrics");
    expect(windows.problems).toEqual([]);
    expect(windows.header).toEqual(FOUR);
    expect(windows.rows).toEqual(plain.rows);
    expect(windows.rows.map((r) => r.cells.description)).toEqual(["two\nlines", "plain"]);
  });

  it("gives the physical line of each row when quoted fields span lines", () => {
    const text = `${HEADER}\na,persons,count,"one\ntwo\nthree"\n\nb,days,duration,x\r\nc,days,duration,"y\r\nz"\nd,days,duration,w`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(problems).toEqual([]);
    expect(rows.map(({ row, line }) => [row, line])).toEqual([
      [1, 2],
      [2, 6],
      [3, 7],
      [4, 9],
    ]);
  });

  it("reports a row with the wrong number of fields and keeps reading", () => {
    const text = `${HEADER}\na,persons,count,x\nb,persons,count\nc,persons,count,z,extra\nd,persons,count,w\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map((r) => r.cells.metric)).toEqual(["a", "d"]);
    expect(problems).toEqual([
      {
        code: "csv/column-count",
        file: "metrics.csv",
        row: 2,
        line: 3,
        column: null,
        message:
          "row 2 (line 3) has 3 fields, expected 4: a cell is missing; give every column a cell, an empty one as two commas side by side",
      },
      {
        code: "csv/column-count",
        file: "metrics.csv",
        row: 3,
        line: 4,
        column: null,
        message:
          'row 3 (line 4) has 5 fields, expected 4: a cell too many; quote a cell that holds a comma ("a, b")',
      },
    ]);
  });

  it("says a short row's quoted field probably lost its closing quote, at that column", () => {
    // The quote that opens the unit field should close after "persons": the next quote on the
    // line closes it instead, and the row comes out two fields short.
    const broken = `${HEADER}\nb,"persons,count,""said"" two"\n`;
    expect(readCsv(broken, "metrics.csv", "metrics").problems).toEqual([
      {
        code: "csv/column-count",
        file: "metrics.csv",
        row: 1,
        line: 2,
        column: "unit",
        message:
          "row 1 (line 2) has 2 fields, expected 4: unit runs on past a comma and holds a quotation mark, so a quoted field on this line is probably missing its closing quote",
      },
    ]);
    // A row that is only short names no column.
    expect(readCsv(`${HEADER}\nb,persons,count\n`, "metrics.csv", "metrics").problems[0]!.column).toBeNull();
  });

  it("tells a row that lacks a cell from one whose quote ran on, by the commas a delimiter leaves", () => {
    // An outside audit: a claim without its `vague` cell was blamed on the quotes of its notes,
    // prose whose commas are followed by spaces, and the fix it needed was never said.
    const prose = `${HEADER}\nb,persons,"""the sources"" are the ""many"", in Dandong, said"\n`;
    expect(readCsv(prose, "metrics.csv", "metrics").problems).toMatchObject([
      {
        column: null,
        message:
          "row 1 (line 2) has 3 fields, expected 4: a cell is missing; give every column a cell, an empty one as two commas side by side",
      },
    ]);
    expect(readCsv(`${HEADER}\nb,persons,count,x,y,z\n`, "metrics.csv", "metrics").problems[0]!.message).toBe(
      'row 1 (line 2) has 6 fields, expected 4: 2 cells too many; quote a cell that holds a comma ("a, b")',
    );
  });

  it("says a long row's quoted field was split by text after its closing quote, at that column", () => {
    // An outside review: `"According to the sources"x ", China…` gave only "has 22 fields, expected 20".
    for (const text of [
      `${HEADER}\nb,persons,count,"the sources"x ", more, words"\n`,
      `${HEADER}\nb,persons,"count" x,y",z\n`,
    ]) {
      const [problem] = readCsv(text, "metrics.csv", "metrics").problems;
      expect(problem!.column, text).toBe(text.includes('count"') ? "kind" : "description");
      expect(problem!.message).toMatch(
        /^row 1 \(line 2\) has \d fields, expected 4: \w+ holds a quotation mark that does not end it, so the commas after it split the row; a quoted field must close just before a comma or the end of the line$/,
      );
    }
    // A row that is only long names no column.
    expect(
      readCsv(`${HEADER}\nb,persons,count,x,y\n`, "metrics.csv", "metrics").problems[0]!.column,
    ).toBeNull();
  });

  it("names a file separated by semicolons or tabs in one problem, not one per column and row", () => {
    // An outside review: a claims.csv saved with semicolons gave 41 errors and no word of why.
    for (const [sep, name] of [
      [";", "semicolons"],
      ["\t", "tabs"],
    ] as const) {
      for (const quoted of [false, true]) {
        const row = quoted ? `b${sep}"persons"${sep}count${sep}x` : `b${sep}persons${sep}count${sep}x`;
        const text = `${HEADER.replaceAll(",", sep)}\n${row}\n${row}\n`;
        const read = readCsv(text, "metrics.csv", "metrics");
        expect(read.problems, `${name} ${quoted}`).toEqual([
          {
            code: "csv/delimiter",
            file: "metrics.csv",
            row: null,
            line: 1,
            column: null,
            message: `metrics.csv is separated by ${name}, not commas, so its header reads as one column and none of its 2 rows were loaded: save it as comma-separated values (RFC 4180), the header ${columnsOf("metrics").join(",")}`,
          },
        ]);
        expect(read.rows).toEqual([]);
      }
    }
    // R's write.csv2 quotes every name; one row is one row.
    const quotedHeader = `${FOUR.map((c) => `"${c}"`).join(";")}\nb;persons;count;x\n`;
    expect(readCsv(quotedHeader, "metrics.csv", "metrics").problems.map((p) => [p.code, p.message])).toEqual([
      [
        "csv/delimiter",
        `metrics.csv is separated by semicolons, not commas, so its header reads as one column and its one row was not loaded: save it as comma-separated values (RFC 4180), the header ${columnsOf("metrics").join(",")}`,
      ],
    ]);
    // A header of one field that names no two columns is only wrong, not separated otherwise.
    const one = readCsv("metric;notes\nb;x\n", "metrics.csv", "metrics").problems.map((p) => p.code);
    expect(one).not.toContain("csv/delimiter");
    expect(one).toContain("csv/header-missing");
  });

  it("does not blame a well-quoted field's own quotes for an extra field after it", () => {
    // An outside review: `"""them"" are …",extra` was said to hold a quotation mark that does not
    // end it, sending the maintainer to hunt for a quoting mistake that was not there.
    for (const text of [
      `${HEADER}\nb,persons,count,"""them"" are, here",extra\n`,
      `${HEADER}\nb,persons,"""count"" x",y,z\n`,
    ]) {
      const [problem] = readCsv(text, "metrics.csv", "metrics").problems;
      expect(problem, text).toMatchObject({ code: "csv/column-count", column: null });
      expect(problem!.message, text).toBe(
        'row 1 (line 2) has 5 fields, expected 4: a cell too many; quote a cell that holds a comma ("a, b")',
      );
    }
  });

  it("says a row that prints as nothing is NUL bytes or invisible characters, and where", () => {
    // An outside review: NUL bytes after a file's last line gave only "has 1 fields, expected 20".
    const read = (tail: string) => {
      const text = `${HEADER}\na,persons,count,x\n${tail}`;
      // Both readers: the plain one from bytes, the relaxed one when a quote sends the file there.
      const plain = readCsv(text, "metrics.csv", "metrics").problems;
      const relaxed = readCsv(`${text}\n"q",persons,count,y\n`, "metrics.csv", "metrics").problems;
      expect(relaxed[0]).toEqual(plain[0]);
      return plain.map((p) => p.message);
    };
    expect(read("\0\0\0")).toEqual([
      "row 2 (line 3) has 1 field, expected 4: the line holds only 3 NUL characters (zero bytes, as a crash or a disk error leaves at the end of a file); delete them",
    ]);
    expect(read("\0\n")[0]).toContain("has 1 field, expected 4: the line holds only a NUL character (");
    expect(read(" \t\u200b\n")[0]).toBe(
      "row 2 (line 3) has 1 field, expected 4: the line holds only characters that print as nothing: U+0020 (SPACE), U+0009 (CHARACTER TABULATION), U+200B (ZERO WIDTH SPACE); delete them",
    );
    // A short row with something visible in it is only short.
    expect(read("b\0\n")[0]).toBe(
      "row 2 (line 3) has 1 field, expected 4: 3 cells are missing; give every column a cell, an empty one as two commas side by side",
    );
    expect(read("b,persons\n")[0]).toBe(
      "row 2 (line 3) has 2 fields, expected 4: 2 cells are missing; give every column a cell, an empty one as two commas side by side",
    );
  });

  it("names every line of a record that a quote closed on a later line ran on to", () => {
    // The quote that opens line 2's unit is never closed there; the first quote of line 3 closes
    // it, so line 3's row is read into line 2's, and no other problem would name line 3.
    for (const eol of ["\n", "\r\n"]) {
      const text = `${HEADER}${eol}a,"persons,count,x${eol}b,days,"duration",plain${eol}c,days,duration,z${eol}`;
      const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
      expect(
        problems.map((p) => [p.row, p.line, p.column, p.message]),
        JSON.stringify(eol),
      ).toEqual([
        [
          1,
          2,
          "unit",
          "row 1 (lines 2–3, read as one row) has 3 fields, expected 4: unit runs on past a comma and holds a quotation mark, so a quoted field on this line is probably missing its closing quote",
        ],
      ]);
      expect(rows.map((r) => [r.row, r.line, r.cells.metric])).toEqual([[2, 4, "c"]]);
    }
  });

  it("reports an unterminated quote at the line and column where it opened", () => {
    const text = `${HEADER}\na,persons,count,x\nb,persons,count,"never closed\nc,persons,count,y\nd,persons,count,z\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map((r) => r.cells.metric)).toEqual(["a"]);
    expect(problems).toEqual([
      {
        code: "csv/unterminated-quote",
        file: "metrics.csv",
        row: 2,
        line: 3,
        column: "description",
        message: "the quoted field that opens on line 3 is never closed, so lines 3–5 could not be read",
      },
    ]);
  });

  it("finds the opening line of an unterminated quote after a multi-line field in the same row", () => {
    const text = `${HEADER}\n"a",persons,count,"ok\nstill ok"\nb,"persons\n`;
    const { problems } = readCsv(text, "metrics.csv", "metrics");
    expect(problems.map((p) => [p.code, p.row, p.line, p.column])).toEqual([
      ["csv/unterminated-quote", 2, 4, "unit"],
    ]);
  });

  it("lets a header leave out an optional column, but not put it out of order", () => {
    const without = readCsv(`${HEADER}\na,persons,count,x\n`, "metrics.csv", "metrics");
    expect(without.missing).toEqual([]);
    expect(without.problems).toEqual([]);
    expect(without.rows[0]!.cells).toEqual({ metric: "a", unit: "persons", kind: "count", description: "x" });

    const late = readCsv(
      "metric,unit,kind,description,label\na,persons,count,x,A\n",
      "metrics.csv",
      "metrics",
    );
    expect(late.problems.map((p) => [p.code, p.column])).toEqual([["csv/header-order", "unit"]]);
  });

  it("reports missing, unknown, duplicate and out-of-order header columns", () => {
    const missing = readCsv("metric,unit,kind\na,persons,count\n", "metrics.csv", "metrics");
    expect(missing.missing).toEqual(["description"]);
    expect(missing.problems).toEqual([
      {
        code: "csv/header-missing",
        file: "metrics.csv",
        row: null,
        line: 1,
        column: "description",
        message:
          "column description is missing from the header, so none of the 1 rows of metrics.csv were loaded",
      },
    ]);

    const odd = readCsv(
      "unit,metric,kind,description,kind,colour\npersons,a,count,x,count,red\n",
      "metrics.csv",
      "metrics",
    );
    expect(odd.problems.map((p) => [p.code, p.column])).toEqual([
      ["csv/header-duplicate", "kind"],
      ["csv/header-unknown", "colour"],
      ["csv/header-order", "unit"],
    ]);
    expect(odd.problems[2]!.message).toBe(
      "columns are out of order: expected metric, unit, kind, description; found unit, metric, kind, description",
    );
    // Rows still load by column name when nothing is missing.
    expect(odd.rows).toEqual([
      {
        row: 1,
        line: 2,
        cells: { unit: "persons", metric: "a", kind: "count", description: "x", colour: "red" },
      },
    ]);
  });

  it("ends a record at CRLF, LF or a lone CR alike, where the line numbers end a line", () => {
    // Each file mixes its line endings, so it goes to csv-parse rather than the plain reader.
    const rows = (text: string) =>
      readCsv(`${HEADER}${text}`, "metrics.csv", "metrics").rows.map((r) => [r.line, r.cells.description]);
    const three = [
      [2, "x"],
      [3, "y"],
      [4, "z"],
    ];
    expect(rows("\na,persons,count,x\rb,days,duration,y\nc,days,duration,z\n")).toEqual(three);
    expect(rows("\na,persons,count,x\r\nb,days,duration,y\nc,days,duration,z\n")).toEqual(three);
    expect(rows("\r\na,persons,count,x\nb,days,duration,y\r\nc,days,duration,z\r\n")).toEqual(three);
    expect(rows("\ra,persons,count,x\nb,days,duration,y\rc,days,duration,z")).toEqual(three);
    // A quoted field keeps its line breaks, as LF, and its lines still count.
    expect(rows('\na,persons,count,"x\r1"\rb,days,duration,y\r\nc,days,duration,z')).toEqual([
      [2, "x\n1"],
      [4, "y"],
      [5, "z"],
    ]);
  });

  it("says where a stray CR splits an unquoted field, rather than changing the value", () => {
    const { rows, problems } = readCsv(
      `${HEADER}\na,persons,count,x\ry\nb,days,duration,z\n`,
      "metrics.csv",
      "metrics",
    );
    expect(rows.map((r) => [r.row, r.line, r.cells.description])).toEqual([
      [1, 2, "x"],
      [3, 4, "z"],
    ]);
    expect(problems.map((p) => [p.code, p.row, p.line])).toEqual([["csv/column-count", 2, 3]]);
  });

  it("reports an empty file", () => {
    const { problems } = readCsv("", "metrics.csv", "metrics");
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ["csv/empty", `metrics.csv is empty: expected the header ${columnsOf("metrics").join(",")}`],
    ]);
  });

  // An outside review: a file of blank lines read its spaces as a one-column header, and named
  // every column missing from it besides saying the file had a header and no rows.
  it("reports a file of blank and space-only lines as empty, in one problem", () => {
    for (const text of ["\n\n   \n", " \t\r\n  "]) {
      const { problems, header } = readCsv(text, "metrics.csv", "metrics");
      expect(header, JSON.stringify(text)).toEqual([]);
      expect(problems.map((p) => [p.code, p.message])).toEqual([
        [
          "csv/empty",
          `metrics.csv is empty but for blank lines: expected the header ${columnsOf("metrics").join(",")}`,
        ],
      ]);
    }
  });

  it("finds the header after a line of spaces, and numbers the lines after it as they are", () => {
    const { problems, rows } = readCsv(`   \n${HEADER}\na,persons,count,x\n`, "metrics.csv", "metrics");
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.line, r.cells.metric])).toEqual([[1, 3, "a"]]);
  });

  it("keeps quotes and commas inside quoted fields", () => {
    const { rows } = readCsv(`${HEADER}\na,persons,count,"say ""hi"", then go"\n`, "metrics.csv", "metrics");
    expect(rows[0]!.cells.description).toBe('say "hi", then go');
  });

  it("reads bytes already found not plain as it reads them unscanned, problems and all", () => {
    // A quote inside an unquoted field and a short row: csv-parse's relaxed reading.
    const bytes = Buffer.from(`${HEADER}\na,persons,count,say "hi"\nb,days,duration\nc,days,duration,x\n`);
    const read = (input: Uint8Array | { bytes: Uint8Array; layout: null }) => {
      const rows: [number, number, string[]][] = [];
      const scan = scanCsv(input, "metrics.csv", "metrics", {
        row: (fields, row, line) => rows.push([row, line, [...fields]]),
      });
      return { rows, problems: scan.problems };
    };
    const known = read({ bytes, layout: null });
    expect(known).toEqual(read(bytes));
    expect(known.rows.map(([, , f]) => f[3])).toEqual(['say "hi"', "x"]);
    expect(known.problems.map((p) => p.row)).toEqual([2]);
  });
});

// An outside audit: a stray quote in a long row (`c9,e1,Daily NK,"about" 200 people,200`) gave
// only "has 5 fields, expected 4: a cell too many; quote a cell that holds a comma", naming no
// column, and the maintainer was left to find the quote in the row by eye.
describe("readCsv, a stray quotation mark in a row with too many fields", () => {
  const FIX = 'quote the whole cell, doubling each quotation mark inside it ("say ""hi"", then go")';
  const problemsOf = (row: string) =>
    readCsv(`${HEADER}\na,persons,count,x\n${row}\n`, "metrics.csv", "metrics").problems.map((p) => [
      p.code,
      p.row,
      p.line,
      p.column,
      p.message,
    ]);

  it("names the column and the cell of a quotation mark in the middle of a cell that is not quoted", () => {
    expect(problemsOf('b,persons,count,say "hi, there"')).toEqual([
      [
        "csv/column-count",
        2,
        3,
        "description",
        `row 2 (line 3) has 5 fields, expected 4: description holds a quotation mark in a cell that is not quoted (say "hi): only quotes around a whole cell keep a comma in it; ${FIX}`,
      ],
    ]);
    // The quote that split a cell is found past one that did not.
    expect(problemsOf('b,ab"c,count,say "hi, there"')).toEqual([
      [
        "csv/column-count",
        2,
        3,
        "description",
        `row 2 (line 3) has 5 fields, expected 4: description holds a quotation mark in a cell that is not quoted (say "hi): only quotes around a whole cell keep a comma in it; ${FIX}`,
      ],
    ]);
    // A quote that holds no comma is not what made the row long: quoting `ab"c` would not mend
    // it (a review of the first version of this message, which blamed it).
    expect(problemsOf('b,ab"c,count,x,y')).toEqual([
      [
        "csv/column-count",
        2,
        3,
        null,
        'row 2 (line 3) has 5 fields, expected 4: a cell too many; quote a cell that holds a comma ("a, b")',
      ],
    ]);
    // With the header's number of fields such a cell loads as written, as Python's csv module reads it.
    const { rows, problems } = readCsv(`${HEADER}\nb,ab"c,count,x\n`, "metrics.csv", "metrics");
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.cells.unit)).toEqual(['ab"c']);
  });

  it("names the column and the cell of a quoted cell with text after its closing quote", () => {
    expect(problemsOf('c9,e1,Daily NK,"about" 200 people,200')).toEqual([
      [
        "csv/column-count",
        2,
        3,
        "description",
        `row 2 (line 3) has 5 fields, expected 4: description has text after its closing quotation mark ("about" 200 people): only quotes around a whole cell keep a comma in it; ${FIX}`,
      ],
    ]);
    // Over two lines, both named; the first stray quote of the row is the one named.
    expect(problemsOf('b,"per\nsons" x,count,"about" 200,y')).toEqual([
      [
        "csv/column-count",
        2,
        3,
        "unit",
        `row 2 (lines 3–4, read as one row) has 5 fields, expected 4: unit has text after its closing quotation mark ("per\nsons" x): only quotes around a whole cell keep a comma in it; ${FIX}`,
      ],
    ]);
    // With the header's number of fields it was already named, as a problem of its own.
    expect(problemsOf('b,persons,count,"about" 200 people')).toEqual([
      [
        "csv/text-after-quote",
        2,
        3,
        "description",
        'description has text after its closing quotation mark ("about" 200 people): CSV readers disagree on what such a cell holds, so the row was not loaded; quote the whole cell, doubling each quotation mark inside it',
      ],
    ]);
  });

  it("names a stray quote in a row after blank lines, which csv-parse's raw record starts with", () => {
    const text = `${HEADER}\na,persons,count,x\n\n\nb,persons,count,"two words" more\n`;
    const { rows, problems } = readCsv(text, "metrics.csv", "metrics");
    expect(rows.map((r) => r.cells.description)).toEqual(["x"]);
    expect(problems.map((p) => [p.code, p.row, p.line, p.column])).toEqual([
      ["csv/text-after-quote", 2, 5, "description"],
    ]);
    const long = readCsv(text.replace("more", "more,y").replaceAll("\n", "\r\n"), "metrics.csv", "metrics");
    expect(long.problems.map((p) => [p.code, p.row, p.line, p.column])).toEqual([
      ["csv/column-count", 2, 5, "description"],
    ]);
  });

  it("names the column of a quoted cell never closed before the end of the file", () => {
    expect(problemsOf('b,persons,count,"about 200 people,200')).toEqual([
      [
        "csv/unterminated-quote",
        2,
        3,
        "description",
        "the quoted field that opens on line 3 is never closed, so line 3 could not be read",
      ],
    ]);
  });

  it("names the column in claims.csv, the table the audit read", () => {
    const claims = columnsOf("claims");
    const cells = claims.map((c) => (c === "quote" ? '"about" 200 people, a source said' : "x"));
    const text = `${claims.join(",")}\n${cells.join(",")}\n`;
    const [problem] = readCsv(text, "claims.csv", "claims").problems;
    expect(problem).toMatchObject({
      code: "csv/column-count",
      file: "claims.csv",
      row: 1,
      line: 2,
      column: "quote",
    });
    expect(problem!.message).toBe(
      `row 1 (line 2) has ${claims.length + 1} fields, expected ${claims.length}: quote has text after its closing quotation mark ("about" 200 people): only quotes around a whole cell keep a comma in it; ${FIX}`,
    );
  });

  it("keeps the count's own fix for a long row whose quotes are all well placed", () => {
    for (const row of ['b,"persons",count,x,y', 'b,persons,count,"say ""hi""",y']) {
      expect(problemsOf(row), row).toEqual([
        [
          "csv/column-count",
          2,
          3,
          null,
          'row 2 (line 3) has 5 fields, expected 4: a cell too many; quote a cell that holds a comma ("a, b")',
        ],
      ]);
    }
  });
});
