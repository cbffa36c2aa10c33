import { Field, List, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { plainRow } from "./releaseTables.js";

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
