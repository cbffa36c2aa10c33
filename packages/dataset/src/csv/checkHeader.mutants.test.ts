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
