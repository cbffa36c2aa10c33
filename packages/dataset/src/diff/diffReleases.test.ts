import { describe, expect, it } from "vitest";
import { tinyTables } from "../__fixtures__/tinyDataset.js";
import { describeDiff } from "./describeDiff.js";
import { diffReleases, isEmptyDiff } from "./diffReleases.js";

describe("diffReleases", () => {
  it("finds nothing between a release and itself", () => {
    const diff = diffReleases(tinyTables(), tinyTables());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(describeDiff(diff)).toEqual(["no changes"]);
  });

  it("reports claims added, removed and changed by id, with each field's before and after", () => {
    const before = tinyTables();
    const after = tinyTables();
    after.claims = after.claims
      .filter((c) => c.claim_id !== "c-1")
      .map((c) => (c.claim_id === "c-2" ? { ...c, value_low: 650, value_high: 650, notes: "revised" } : c));
    after.claims.push({ ...before.claims[0]!, claim_id: "c-9" });
    after.sources[0] = { ...after.sources[0]!, url: null };

    const diff = diffReleases(before, after);
    expect(diff.claims.added.map((c) => c.claim_id)).toEqual(["c-9"]);
    expect(diff.claims.removed.map((c) => c.claim_id)).toEqual(["c-1"]);
    expect(diff.claims.changed).toEqual([
      {
        id: "c-2",
        changes: [
          { field: "value_low", before: 600, after: 650 },
          { field: "value_high", before: 600, after: 650 },
          { field: "notes", before: null, after: "revised" },
        ],
      },
    ]);
    expect(diff.sources.changed).toEqual([
      { id: "s-wire", changes: [{ field: "url", before: "https://example.org/a", after: null }] },
    ]);
    expect(diff.events).toEqual({ added: [], removed: [], changed: [] });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(describeDiff(diff)).toEqual([
      'sources: 1 changed (s-wire: url "https://example.org/a" → (empty))',
      'claims: 1 added (c-9); 1 removed (c-1); 1 changed (c-2: value_low 600 → 650, value_high 600 → 650, notes (empty) → "revised")',
    ]);
  });
});
