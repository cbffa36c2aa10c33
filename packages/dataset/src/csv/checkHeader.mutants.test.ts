import { describe, expect, it } from "vitest";
import { checkHeader } from "./checkHeader.js";

const at = { file: "metrics.csv", line: 1, rows: 0 };

describe("checkHeader: messages", () => {
  it("names a repeated column and its 1-based position", () => {
    expect(checkHeader(["a", "b", "a"], ["a", "b"], at).problems).toEqual([
      {
        code: "csv/header-duplicate",
        file: "metrics.csv",
        row: null,
        line: 1,
        column: "a",
        message: "column a appears more than once in the header (again as column 3); the first one is used",
      },
    ]);
  });

  it("names an unknown column, quoted, with its 1-based position and the file", () => {
    expect(checkHeader(["a", "x y", "b"], ["a", "b"], { ...at, line: 4 }).problems).toEqual([
      {
        code: "csv/header-unknown",
        file: "metrics.csv",
        row: null,
        line: 4,
        column: "x y",
        message:
          'column "x y" (column 2) is not a column of metrics.csv, so its cells are not read: remove it (the table\'s columns are listed in its schema in datapackage.json)',
      },
    ]);
  });

  // An outside review: "Claim_ID" gave two errors, neither saying it was claim_id misspelt.
  it("names the column a misspelt one was meant as, on both problems", () => {
    const { problems, missing } = checkHeader([" Claim-ID", "b"], ["claim_id", "b"], { ...at, rows: 2 });
    expect(missing).toEqual(["claim_id"]);
    expect(problems.map((p) => [p.code, p.column, p.message])).toEqual([
      [
        "csv/header-unknown",
        " Claim-ID",
        'column " Claim-ID" (column 1) is not a column of metrics.csv: rename it to claim_id',
      ],
      [
        "csv/header-missing",
        "claim_id",
        'column claim_id is missing from the header (column 1 reads " Claim-ID"), so none of the 2 rows of metrics.csv were loaded',
      ],
    ]);
  });

  // An outside audit: "value_lo" was told to be removed, which would have broken every row.
  it("names the column a name stands in place of, between that column's own neighbours", () => {
    const expected = ["claim_id", "value_low", "value_high"];
    const { problems } = checkHeader(["claim_id", "value_lo", "value_high"], expected, { ...at, rows: 3 });
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      [
        "csv/header-unknown",
        'column "value_lo" (column 2) is not a column of metrics.csv; it stands where value_low belongs, which the header lacks: rename it to value_low',
      ],
      [
        "csv/header-missing",
        'column value_low is missing from the header (column 2 reads "value_lo"), so none of the 3 rows of metrics.csv were loaded',
      ],
    ]);
    // The first and the last column have one neighbour to check.
    expect(checkHeader(["id", "value_low", "value_high"], expected, at).problems[0]!.message).toContain(
      "rename it to claim_id",
    );
    // Out of place, it is not taken for the column: its neighbours are not that column's.
    expect(checkHeader(["value_lo", "claim_id", "value_high"], expected, at).problems[0]!.message).toContain(
      "remove it",
    );
  });

  it("suggests no rename to a column the header already has", () => {
    const [problem] = checkHeader(["a", "A", "b"], ["a", "b"], at).problems;
    expect(problem!.message).toMatch(/so its cells are not read: remove it/);
  });

  it("says a missing column left out no rows when the table has none", () => {
    const { problems, missing } = checkHeader(["a"], ["a", "b"], at);
    expect(missing).toEqual(["b"]);
    expect(problems).toEqual([
      {
        code: "csv/header-missing",
        file: "metrics.csv",
        row: null,
        line: 1,
        column: "b",
        message: "column b is missing from the header",
      },
    ]);
  });

  it("counts the rows a missing column left out", () => {
    expect(checkHeader(["a"], ["a", "b"], { ...at, rows: 1 }).problems.map((p) => p.message)).toEqual([
      "column b is missing from the header, so none of the 1 rows of metrics.csv were loaded",
    ]);
  });
});
