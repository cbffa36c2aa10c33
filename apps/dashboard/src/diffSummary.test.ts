import type { Tables } from "@tally/dataset";
import { diffReleases } from "@tally/dataset/diff";
import { describe, expect, it } from "vitest";
import { diffSummary } from "./diffSummary.js";

// Rows are compared column by column whatever their schema, so these stand-ins carry only the
// key and the columns a test changes.
function release(parts: Partial<Record<keyof Tables, Record<string, unknown>[]>>): Tables {
  return { sources: [], events: [], metrics: [], claims: [], assessments: [], ...parts } as unknown as Tables;
}

const claim = (claim_id: string, value_low: number, notes: string | null = null) => ({
  claim_id,
  value_low,
  value_high: value_low,
  notes,
});

describe("diffSummary", () => {
  it("counts rows added, removed and changed per table, and the fields changed, most rows first", () => {
    const before = release({
      claims: [claim("c-1", 200), claim("c-2", 600), claim("c-3", 404), claim("c-4", 100)],
      sources: [{ source_id: "s-1", url: "https://example.org/a" }],
    });
    const after = release({
      claims: [
        claim("c-2", 650, "revised"),
        claim("c-3", 410, "revised"),
        claim("c-4", 100, "checked"),
        claim("c-9", 1),
      ],
      sources: [{ source_id: "s-1", url: null }],
    });
    expect(diffSummary(diffReleases(before, after))).toEqual([
      { table: "sources", added: 0, removed: 0, changed: 1, fields: [{ field: "url", rows: 1 }] },
      { table: "events", added: 0, removed: 0, changed: 0, fields: [] },
      { table: "metrics", added: 0, removed: 0, changed: 0, fields: [] },
      {
        table: "claims",
        added: 1,
        removed: 1,
        changed: 3,
        // Ties (value_low and value_high, 2 rows each) in column order, as the diff lists them.
        fields: [
          { field: "notes", rows: 3 },
          { field: "value_low", rows: 2 },
          { field: "value_high", rows: 2 },
        ],
      },
      { table: "assessments", added: 0, removed: 0, changed: 0, fields: [] },
    ]);
  });

  it("lists every table with zeros when nothing changed, and when the releases are empty", () => {
    const same = release({ claims: [claim("c-1", 200)] });
    for (const diff of [diffReleases(same, same), diffReleases(release({}), release({}))])
      expect(diffSummary(diff)).toEqual(
        ["sources", "events", "metrics", "claims", "assessments"].map((table) => ({
          table,
          added: 0,
          removed: 0,
          changed: 0,
          fields: [],
        })),
      );
  });

  it("lists an optional table both releases hold, an assessment added or a category removed among them", () => {
    const category = (category: string) => ({ category, label: category, description: category });
    const before = release({ categories: [category("detention"), category("death")] });
    const after = release({
      categories: [category("detention")],
      assessments: [{ event_id: "e-1", metric: "persons", low: 1, best: 2, high: 3, claim_ids: ["c-1"] }],
    });
    expect(diffSummary(diffReleases(before, after)).slice(4)).toEqual([
      { table: "assessments", added: 1, removed: 0, changed: 0, fields: [] },
      { table: "categories", added: 0, removed: 1, changed: 0, fields: [] },
    ]);
    // A table one side lacks (a build before it) is not compared, rather than shown as emptied.
    const { categories: _, ...without } = after;
    expect(diffSummary(diffReleases(before, without as Tables)).map((r) => r.table)).not.toContain(
      "categories",
    );
  });

  it("agrees with the diff's own row counts when only rows come and go", () => {
    const diff = diffReleases(
      release({ claims: [claim("c-1", 1), claim("c-2", 2)], events: [{ event_id: "e-1" }] }),
      release({ claims: [claim("c-3", 3)], events: [{ event_id: "e-1" }, { event_id: "e-2" }] }),
    );
    const summary = diffSummary(diff);
    for (const row of summary) {
      expect(row.added).toBe(diff[row.table]!.added.length);
      expect(row.removed).toBe(diff[row.table]!.removed.length);
      expect(row.changed).toBe(diff[row.table]!.changed.length);
    }
    expect(summary.find((r) => r.table === "claims")).toMatchObject({ added: 1, removed: 2 });
  });

  it("marks a field one release has no column for, counted in the rows the other fills", () => {
    // As releases 1.0.0 and 1.1.0: a flag added, true in one source of two, a note changed too.
    const before = release({
      sources: [
        { source_id: "s-1", notes: "old", title_inferred: false },
        { source_id: "s-2", notes: null, title_inferred: false },
      ],
    });
    const after = release({
      sources: [
        { source_id: "s-1", notes: "new", title_inferred: true },
        { source_id: "s-2", notes: null, title_inferred: false },
      ],
    });
    const absent = { before: { sources: ["title_inferred"] } };
    expect(diffSummary(diffReleases(before, after, absent))[0]).toEqual({
      table: "sources",
      added: 0,
      removed: 0,
      changed: 1,
      fields: [
        { field: "notes", rows: 1 },
        { field: "title_inferred", rows: 1, absent: "before" },
      ],
    });
    // Dropped: the older release's true is listed, its false is not.
    expect(diffSummary(diffReleases(after, before, { after: absent.before }))[0]!.fields).toEqual([
      { field: "notes", rows: 1 },
      { field: "title_inferred", rows: 1, absent: "after" },
    ]);
  });
});
