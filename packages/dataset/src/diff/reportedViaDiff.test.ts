import { describe, expect, it } from "vitest";
import { tinyTables } from "../__fixtures__/tinyDataset.js";
import type { Tables } from "../schema/tables.js";
import { describeDiff } from "./describeDiff.js";
import { diffReleases } from "./diffReleases.js";

describe("diffReleases on a list column (reported_via)", () => {
  it("compares lists by their items, so equal chains in two loads are no change", () => {
    const before = tinyTables();
    const after = tinyTables();
    // Two loads give two arrays with the same items: not a change.
    before.claims = before.claims.map((c) => ({ ...c, reported_via: ["Yonhap"] }));
    after.claims = after.claims.map((c) => ({ ...c, reported_via: ["Yonhap"] }));
    expect(diffReleases(before, after).claims.changed).toEqual([]);
  });

  it("reports a changed chain as its cell reads, and a release without the column as empty", () => {
    const before = tinyTables();
    const after = tinyTables();
    // A release cut before the column: its rows lack the field.
    before.claims = before.claims.map(({ reported_via: _, ...c }) => c) as Tables["claims"];
    after.claims = after.claims.map((c) =>
      c.claim_id === "c-2" ? { ...c, reported_via: ["Yonhap", "Radio Free Asia"] } : c,
    );
    const diff = diffReleases(before, after);
    expect(diff.claims.changed).toEqual([
      { id: "c-2", changes: [{ field: "reported_via", before: null, after: "Yonhap; Radio Free Asia" }] },
    ]);
    expect(describeDiff(diff)).toEqual([
      'claims: 1 changed (c-2: reported_via (empty) → "Yonhap; Radio Free Asia")',
    ]);
  });
});
