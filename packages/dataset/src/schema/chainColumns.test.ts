import { describe, expect, it } from "vitest";
import { TINY_CSV } from "../__fixtures__/tinyDataset.js";
import { readCsv } from "../csv/readCsv.js";
import { REPORTED_VIA_SEPARATOR, reportedViaCell } from "./claim.js";
import { optionalColumnsOf, TABLES } from "./tables.js";

const first = (table: "claims" | "sources") =>
  readCsv(TINY_CSV[table], TABLES[table].file, table).rows[0]!.cells;

describe("reported_via", () => {
  it('reads outlet names separated by "; " in order, and an empty or absent cell as no outlet', () => {
    expect(reportedViaCell.parse("Chosun Ilbo; Yonhap")).toEqual(["Chosun Ilbo", "Yonhap"]);
    expect(reportedViaCell.parse("Radio Free Asia")).toEqual(["Radio Free Asia"]);
    expect(reportedViaCell.parse("")).toEqual([]);
    expect(reportedViaCell.parse(undefined)).toEqual([]);
    expect(REPORTED_VIA_SEPARATOR).toBe("; ");
  });

  it.each(["A;B", "A; ; B", " A", "A ", "A;", "; A", "A;  B"])(
    "refuses %j with the separator named",
    (cell) => {
      const parsed = reportedViaCell.safeParse(cell);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toContain('separated by "; "');
    },
  );

  it("is a claims column a header may leave out, so releases cut before it still load", () => {
    expect(optionalColumnsOf("claims")).toContain("reported_via");
    const { reported_via: _, ...old } = first("claims");
    expect(TABLES.claims.schema.parse(old).reported_via).toEqual([]);
  });
});

describe("sources: title_inferred and a reprint's original date", () => {
  const parse = (changes: Record<string, string>) =>
    TABLES.sources.schema.safeParse({ ...first("sources"), ...changes });
  const columns = (changes: Record<string, string>) => {
    const parsed = parse(changes);
    return parsed.success ? [] : parsed.error.issues.map((i) => [String(i.path[0]), i.message]);
  };

  it("reads title_inferred, false when empty or absent", () => {
    expect(parse({ title_inferred: "true" }).data?.title_inferred).toBe(true);
    expect(parse({ title_inferred: "" }).data?.title_inferred).toBe(false);
    const { title_inferred: _, original_published: __, ...old } = first("sources");
    expect(TABLES.sources.schema.parse(old)).toMatchObject({
      title_inferred: false,
      original_published: null,
    });
    expect(columns({ title_inferred: "yes" })).toEqual([["title_inferred", "must be true or false"]]);
  });

  it("takes an original date for a reprint, at its precision, on or before the reprint", () => {
    const reprint = { via: "American Military News", published: "2019-08-08", published_precision: "day" };
    expect(
      columns({ ...reprint, original_published: "2019-08", original_published_precision: "month" }),
    ).toEqual([]);
    expect(
      columns({ ...reprint, original_published: "2019-08-08", original_published_precision: "day" }),
    ).toEqual([]);
    expect(
      columns({ ...reprint, original_published: "2019-08", original_published_precision: "day" }),
    ).toEqual([
      ["original_published", "2019-08 is not written at day precision (original_published_precision)"],
    ]);
    expect(
      columns({ ...reprint, original_published: "2019-08-09", original_published_precision: "day" }),
    ).toEqual([
      [
        "original_published",
        "2019-08-09 is after published 2019-08-08: a reprint cannot precede its original",
      ],
    ]);
    expect(
      columns({ ...reprint, original_published: "2019-02-30", original_published_precision: "day" }),
    ).toEqual([["original_published", "2019-02-30 is not a real date"]]);
  });

  it("refuses an original date on a source that is no reprint", () => {
    expect(
      columns({ via: "", original_published: "2019-08", original_published_precision: "month" }),
    ).toEqual([
      ["original_published", "is set but via is empty: only a reprint has an original publication date"],
    ]);
  });

  it("are columns a header may leave out", () => {
    expect(optionalColumnsOf("sources")).toEqual([
      "title_inferred",
      "original_published",
      "original_published_precision",
      "original_published_inferred",
    ]);
  });
});
