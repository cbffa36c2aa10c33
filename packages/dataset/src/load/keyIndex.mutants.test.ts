import { describe, expect, it } from "vitest";
import { KeyIndex, keepReferencedRows, referencedRows, rowIndex } from "./keyIndex.js";

describe("KeyIndex at scale", () => {
  // 300,000 distinct keys in a 32-bit hash space share a full hash about ten times (n² / 2³³),
  // whatever the process's seed: an index that trusted an equal hash without comparing the keys
  // would take one of each such pair for a duplicate. The keys are scattered (an odd multiplier
  // is a bijection mod 2³²): FNV-1a spreads counting keys ("c1", "c2", …) too evenly to collide.
  const keys = Array.from({ length: 300_000 }, (_, i) => `k${(Math.imul(i, 0x9e3779b1) >>> 0).toString(16)}`);

  it("never takes two distinct keys for one, even when their hashes are equal", () => {
    const index = new KeyIndex((row) => keys[row]!, keys.length);
    let duplicates = 0;
    for (let row = 0; row < keys.length; row++) if (index.add(row) !== -1) duplicates++;
    expect(duplicates).toBe(0);
    expect(index.duplicates).toBe(0);
    let wrong = 0;
    for (let row = 0; row < keys.length; row++) if (index.get(keys[row]!) !== row) wrong++;
    expect(wrong).toBe(0);
  });
});

describe("rowIndex and referencedRows hand out only what still fits the rows", () => {
  it("keeps one index per table: asked for another column, it indexes that column", () => {
    const rows = [
      { id: "x", event: "e2" },
      { id: "y", event: "e1" },
    ];
    expect(rowIndex(rows, "id").get("x")).toBe(0);
    const byEvent = rowIndex(rows, "event");
    expect([byEvent.get("e1"), byEvent.get("e2"), byEvent.get("x")]).toEqual([1, 0, -1]);
  });

  it("gives the rows the reference check kept, and null for rows it did not check", () => {
    const claims = [{ event_id: "b" }, { event_id: "a" }];
    const events = [{ event_id: "a" }, { event_id: "b" }];
    expect(referencedRows(claims, "event_id", events)).toBeNull();
    const found = Int32Array.of(1, 0);
    keepReferencedRows(claims, "event_id", events, found);
    expect(referencedRows(claims, "event_id", events)).toBe(found);
    // Another column, another target, or rows added since: the kept rows no longer answer.
    expect(referencedRows(claims, "source_id", events)).toBeNull();
    expect(referencedRows(claims, "event_id", [...events])).toBeNull();
    claims.push({ event_id: "a" });
    expect(referencedRows(claims, "event_id", events)).toBeNull();
  });
});
