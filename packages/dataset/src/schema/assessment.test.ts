import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TINY_OPTIONAL_CSV } from "../__fixtures__/tinyDataset.js";
import { readCsv } from "../csv/readCsv.js";
import { assessmentSchema, claimIdsCell } from "./assessment.js";
import { idPattern } from "./cells.js";
import { columnsOf, type TableName } from "./tables.js";

// readCsv names the four tables in its type; it reads any table's header through columnsOf.
const ROW = readCsv(TINY_OPTIONAL_CSV.assessments, "assessments.csv", "assessments" as unknown as TableName)
  .rows[0]!.cells;

/** The columns whose issues a row with `changes` gets. */
function failingColumns(changes: Record<string, string>): string[] {
  const parsed = assessmentSchema.safeParse({ ...ROW, ...changes });
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
}

describe("assessmentSchema", () => {
  it("has the columns of assessments.csv in order", () => {
    expect(columnsOf("assessments")).toEqual([
      "event_id",
      "metric",
      "low",
      "best",
      "high",
      "claim_ids",
      "rationale",
      "assessed_by",
      "assessed_on",
      "assessed_on_precision",
    ]);
  });

  it("reads typed values from the cells", () => {
    expect(assessmentSchema.parse({ ...ROW, best: "3.5e2" })).toEqual({
      event_id: "e-oct",
      metric: "persons_returned",
      low: 200,
      best: 350,
      high: 600,
      claim_ids: ["c-1", "c-2"],
      rationale: "Two readings, one source each",
      assessed_by: "Tally maintainers",
      assessed_on: "2024-02-01",
      assessed_on_precision: "day",
    });
  });

  it("accepts a best figure outside low–high: the assessments rule says so, with the row located", () => {
    expect(failingColumns({ best: "900" })).toEqual([]);
  });

  it("accepts low = best = high, a single figure", () => {
    expect(failingColumns({ low: "300", best: "300", high: "300" })).toEqual([]);
  });

  const rejected: [Record<string, string>, string][] = [
    [{ event_id: "Oct Return" }, "event_id"],
    [{ metric: "" }, "metric"],
    [{ low: "two hundred" }, "low"],
    [{ best: "" }, "best"],
    [{ high: "600+" }, "high"],
    [{ high: "1e999" }, "high"],
    [{ low: "700" }, "high"],
    [{ claim_ids: "" }, "claim_ids"],
    [{ claim_ids: "c-1,c-2" }, "claim_ids"],
    [{ claim_ids: "c-1;c-2" }, "claim_ids"],
    [{ claim_ids: "c-1  c-2" }, "claim_ids"],
    [{ claim_ids: " c-1" }, "claim_ids"],
    [{ claim_ids: "c-1 " }, "claim_ids"],
    [{ claim_ids: "C-1" }, "claim_ids"],
    [{ claim_ids: "c-1 c-2 c-1" }, "claim_ids"],
    [{ rationale: "  " }, "rationale"],
    [{ assessed_by: "" }, "assessed_by"],
    [{ assessed_on: "" }, "assessed_on"],
    [{ assessed_on: "2024-02-30" }, "assessed_on"],
    [{ assessed_on: "1 February 2024" }, "assessed_on"],
    [{ assessed_on: "2024-02" }, "assessed_on"],
    [{ assessed_on_precision: "week" }, "assessed_on_precision"],
    [{ assessed_on_precision: "" }, "assessed_on_precision"],
  ];

  it.each(rejected)("rejects %j at %s", (changes, column) => {
    expect(failingColumns(changes)).toEqual([column]);
  });

  it("checks across columns beside a cell that failed, with the cells that parsed", () => {
    expect(failingColumns({ rationale: "", low: "700" })).toEqual(["rationale", "high"]);
    expect(failingColumns({ best: "x", claim_ids: "c-1 c-1", assessed_on: "2024-02-30" })).toEqual([
      "best",
      "assessed_on",
      "claim_ids",
    ]);
    expect(failingColumns({ low: "lots", high: "1" })).toEqual(["low"]);
  });

  it("says what the claim_ids cell must be, with its separator", () => {
    const parsed = assessmentSchema.safeParse({ ...ROW, claim_ids: "c-1, c-2" });
    expect(parsed.error?.issues[0]?.message).toBe(
      "must be one or more claim ids separated by single spaces, such as c-1 c-2",
    );
    expect(assessmentSchema.safeParse({ ...ROW, claim_ids: "c-2 c-2" }).error?.issues[0]?.message).toBe(
      "lists c-2 more than once",
    );
  });

  // The first id to come back, not the first of those that do (c-7 is listed before c-998).
  it("names the first id listed again, far down a long cell, and passes one with no repeat", () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `c-${i}`);
    expect(assessmentSchema.safeParse({ ...ROW, claim_ids: ids.join(" ") }).success).toBe(true);
    const again = [...ids, "c-998", "c-7"].join(" ");
    expect(assessmentSchema.safeParse({ ...ROW, claim_ids: again }).error?.issues[0]?.message).toBe(
      "lists c-998 more than once",
    );
  });
});

describe("claimIdsCell", () => {
  const id = fc.stringMatching(idPattern);

  it("reads back any ids joined by single spaces", () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 8 }), (ids) => {
        expect(claimIdsCell.parse(ids.join(" "))).toEqual(ids);
      }),
    );
  });

  it("refuses any cell with a character no id or separator has", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string().filter((s) => /[^a-z0-9._ -]/.test(s)),
        (before, bad) => {
          expect(claimIdsCell.safeParse(`c-1 ${before}${bad}`).success).toBe(false);
        },
      ),
    );
  });
});
