import { ABSENT_COLUMNS_KEY, type Source } from "@tally/dataset";
import { arrowTableOf } from "@tally/dataset/node";
import { Field, List, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { absentColumnsOf, plainRow } from "./releaseTables.js";

describe("plainRow", () => {
  it("turns an Arrow list cell into a plain array and leaves other cells as they are", () => {
    const table = new Table({
      claim_id: vectorFromArray(["c1", "c2"], new Utf8()),
      value_low: vectorFromArray(Float64Array.from([200, 300])),
      // As the release build writes the column: a list of strings.
      reported_via: vectorFromArray(
        [["Yonhap", "Radio Free Asia"], []],
        new List(new Field("item", new Utf8(), false)),
      ),
    });
    const rows = tableFromIPC(tableToIPC(table, "stream"))
      .toArray()
      .map((r) => plainRow(r.toJSON()));
    expect(rows).toEqual([
      { claim_id: "c1", value_low: 200, reported_via: ["Yonhap", "Radio Free Asia"] },
      { claim_id: "c2", value_low: 300, reported_via: [] },
    ]);
    expect(Array.isArray(rows[0]!.reported_via)).toBe(true);
  });
});

describe("absentColumnsOf", () => {
  const source: Source = {
    source_id: "s1",
    outlet: "Daily NK",
    via: null,
    title: "Held at holding centers",
    title_inferred: false,
    author: null,
    published: "2023-10",
    published_precision: "month",
    published_inferred: true,
    original_published: null,
    original_published_precision: null,
    original_published_inferred: false,
    url: null,
    kind: "news",
    text_ref: null,
    notes: null,
  };
  const read = (absent?: string[]) =>
    tableFromIPC(tableToIPC(arrowTableOf("sources", [source], absent), "stream"));

  it("names the columns the release build wrote as not recorded, whose cells are null", () => {
    const table = read(["title_inferred", "original_published_inferred"]);
    expect(absentColumnsOf(table)).toEqual(["title_inferred", "original_published_inferred"]);
    expect(plainRow(table.get(0)!.toJSON())).toMatchObject({
      title_inferred: null,
      published_inferred: true,
    });
  });

  it("names none for a release with every column, or a file without the metadata", () => {
    expect(absentColumnsOf(read())).toEqual([]);
    const bare = new Table({ source_id: vectorFromArray(["s1"], new Utf8()) });
    expect(bare.schema.metadata.has(ABSENT_COLUMNS_KEY)).toBe(false);
    expect(absentColumnsOf(tableFromIPC(tableToIPC(bare, "stream")))).toEqual([]);
  });
});
