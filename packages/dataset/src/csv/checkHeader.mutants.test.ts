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
        message: 'column "x y" (column 2) is not a column of metrics.csv; it is ignored',
      },
    ]);
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
