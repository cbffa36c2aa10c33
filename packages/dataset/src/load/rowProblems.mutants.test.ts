import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalNumberCell, textCell } from "../schema/cells.js";
import { describeIssue, rowProblems } from "./rowProblems.js";

const AT = { file: "claims.csv", row: 4, line: 5 };
const NUMBER = "must be a number such as 200 or 3.5";

describe("describeIssue", () => {
  it("says only the column and why when the cell is missing", () => {
    expect(describeIssue("notes", undefined, "is required")).toBe("notes is required");
  });

  it("does not show an empty or blank cell", () => {
    expect(describeIssue("quote", "", "must not be empty")).toBe("quote must not be empty");
    expect(describeIssue("quote", "   ", "must not be empty")).toBe("quote must not be empty");
    expect(describeIssue("value_low", " \t", NUMBER)).toBe(`value_low ${NUMBER}`);
  });

  it("shows a cell of sixty characters whole", () => {
    const raw = "a".repeat(60);
    expect(describeIssue("value_low", raw, NUMBER)).toBe(`value_low "${raw}" ${NUMBER}`);
  });

  it("cuts a longer cell to its first sixty characters and an ellipsis", () => {
    const raw = `${"a".repeat(60)}bcd`;
    expect(describeIssue("value_low", raw, NUMBER)).toBe(`value_low "${"a".repeat(60)}…" ${NUMBER}`);
  });

  it("never cuts a character in two: an emoji astride the sixtieth unit goes whole", () => {
    // An outside audit: the message printed "ccc…\ud83d…" in every report format.
    const raw = `${"c".repeat(59)}😀xyz`;
    expect(describeIssue("claim_id", raw, "must not be blank")).toBe(
      `claim_id "${"c".repeat(59)}…" must not be blank`,
    );
  });
});

describe("rowProblems", () => {
  it("locates a cell's problem at its column and shows the cell as written", () => {
    const schema = z.object({ value_low: optionalNumberCell, quote: textCell });
    const cells = { value_low: "abc", quote: "q" };
    const error = schema.safeParse(cells).error!;
    expect(rowProblems(error, cells, AT)).toEqual([
      {
        code: "schema/value_low",
        file: "claims.csv",
        row: 4,
        line: 5,
        column: "value_low",
        message: `value_low "abc" ${NUMBER}`,
      },
    ]);
  });

  it("gives a problem of the whole row no column and its message as it is", () => {
    const schema = z
      .object({ value_low: optionalNumberCell })
      .refine(() => false, { message: "value_low must not exceed value_high" });
    const cells = { value_low: "5" };
    const error = schema.safeParse(cells).error!;
    expect(error.issues[0]!.path).toEqual([]);
    expect(rowProblems(error, cells, AT)).toEqual([
      {
        code: "schema/row",
        file: "claims.csv",
        row: 4,
        line: 5,
        column: null,
        message: "value_low must not exceed value_high",
      },
    ]);
  });

  it("gives a problem whose path starts at an index no column", () => {
    const schema = z.array(z.string());
    const error = schema.safeParse([1]).error!;
    const [only] = rowProblems(error, {}, AT);
    expect(only!.column).toBeNull();
    expect(only!.code).toBe("schema/row");
    expect(only!.message).toBe(error.issues[0]!.message);
  });
});
