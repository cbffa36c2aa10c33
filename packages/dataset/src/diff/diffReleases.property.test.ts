import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tables } from "../schema/tables.js";
import { describeDiff } from "./describeDiff.js";
import { diffReleases, isEmptyDiff, type ReleaseDiff } from "./diffReleases.js";

// Rows are compared column by column whatever their schema, so the metrics table (key "metric")
// stands in for any table here, with cells drawn from a small pool so that rows often match.
type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

const cell = fc.constantFrom<Cell>(null, "", "x", "y", 0, 1, 600, true, false);
const rowsOf = (columns: readonly string[]) =>
  fc.uniqueArray(
    fc.record({
      metric: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      ...Object.fromEntries(columns.map((c) => [c, cell])),
    }) as fc.Arbitrary<Row>,
    { selector: (r) => r.metric, maxLength: 6 },
  );

function release(metrics: Row[]): Tables {
  return { sources: [], events: [], metrics, claims: [], assessments: [] } as unknown as Tables;
}

const byId = (rows: Row[]) => new Map(rows.map((r) => [r.metric as string, r]));

/** `before` with the diff applied: removed rows dropped, changed fields set, added rows appended. */
function patch(before: Row[], diff: ReleaseDiff["metrics"]): Map<string, Row> {
  const out = byId(before);
  for (const r of diff.removed) out.delete(r.metric);
  for (const { id, changes } of diff.changed) {
    const row = { ...out.get(id)! };
    for (const c of changes) row[c.field] = c.after;
    out.set(id, row);
  }
  for (const r of diff.added) out.set(r.metric, r as unknown as Row);
  return out;
}

/** A row with every column either release has, null where it has none. */
const filled = (row: Row, columns: readonly string[]) =>
  Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));

describe("diffReleases on any two tables", () => {
  it("gives a diff that turns the older table into the newer, with or without a column added", () => {
    // The newer release sometimes has a column the older lacks, as a label added later.
    const pair = fc.boolean().chain((widen) => {
      const columns = widen ? ["unit", "kind", "label"] : ["unit", "kind"];
      return fc.tuple(fc.constant(columns), rowsOf(["unit", "kind"]), rowsOf(columns));
    });
    fc.assert(
      fc.property(pair, ([columns, before, after]) => {
        const diff = diffReleases(release(before), release(after)).metrics;
        const all = ["metric", ...columns];
        const expected = new Map([...byId(after)].map(([id, r]) => [id, filled(r, all)]));
        const got = new Map([...patch(before, diff)].map(([id, r]) => [id, filled(r, all)]));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("lists added rows in the newer release's order, removed in the older's, changed in the newer's", () => {
    fc.assert(
      fc.property(rowsOf(["unit", "kind"]), rowsOf(["unit", "kind"]), (before, after) => {
        const diff = diffReleases(release(before), release(after)).metrics;
        const old = byId(before);
        const now = byId(after);
        expect(diff.added.map((r) => r.metric)).toEqual(
          after.filter((r) => !old.has(r.metric as string)).map((r) => r.metric),
        );
        expect(diff.removed.map((r) => r.metric)).toEqual(
          before.filter((r) => !now.has(r.metric as string)).map((r) => r.metric),
        );
        const changedIds = diff.changed.map((c) => c.id);
        expect(changedIds).toEqual(
          after.map((r) => r.metric).filter((id) => changedIds.includes(id as string)),
        );
        for (const { id, changes } of diff.changed) {
          expect(changes.length).toBeGreaterThan(0);
          // Each change names a real difference, in column order.
          expect(changes.map((c) => c.field)).toEqual(
            ["unit", "kind"].filter((f) => changes.some((c) => c.field === f)),
          );
          for (const c of changes) {
            expect(c.before).toBe(old.get(id)![c.field]);
            expect(c.after).toBe(now.get(id)![c.field]);
            expect(c.before).not.toBe(c.after);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("diffReleases where a table-at-a-time diff could slip", () => {
  const row = (metric: string, unit: Cell, kind: Cell = "count"): Row => ({ metric, unit, kind });

  it("reads a row whose key changed as one removed and one added, not as a change", () => {
    const diff = diffReleases(release([row("a", "persons")]), release([row("b", "persons")]));
    expect(diff.metrics.removed).toEqual([row("a", "persons")]);
    expect(diff.metrics.added).toEqual([row("b", "persons")]);
    expect(diff.metrics.changed).toEqual([]);
    expect(describeDiff(diff)).toEqual(["metrics: 1 added (b); 1 removed (a)"]);
  });

  it("compares tables with no rows on either side", () => {
    const rows = [row("a", "persons"), row("b", "days")];
    expect(isEmptyDiff(diffReleases(release([]), release([])))).toBe(true);
    expect(diffReleases(release([]), release(rows)).metrics).toEqual({
      added: rows,
      removed: [],
      changed: [],
    });
    expect(diffReleases(release(rows), release([])).metrics).toEqual({
      added: [],
      removed: rows,
      changed: [],
    });
  });

  it("reports a column added between releases only where the newer release fills it", () => {
    const before = [row("a", "persons"), row("b", "days")];
    const after = [
      { ...row("a", "persons"), label: "People" },
      { ...row("b", "days"), label: null },
    ];
    const diff = diffReleases(release(before), release(after));
    expect(diff.metrics.changed).toEqual([
      { id: "a", changes: [{ field: "label", before: null, after: "People" }] },
    ]);
    expect(describeDiff(diff)).toEqual(['metrics: 1 changed (a: label (empty) → "People")']);
    // A value that would print unseen or reorder the line is written as escapes, as reports write it.
    const hostile = diffReleases(
      release(before),
      release([{ ...row("a", "persons"), label: "abc\u202Edef\u200B\u{E0041}\u2028x" }, row("b", "days")]),
    );
    expect(describeDiff(hostile)).toEqual([
      'metrics: 1 changed (a: label (empty) → "abc\\u202edef\\u200b\\u{e0041}\\u2028x")',
    ]);
    // And dropped again: the older release's value goes to empty.
    expect(diffReleases(release(after), release(before)).metrics.changed).toEqual([
      { id: "a", changes: [{ field: "label", before: "People", after: null }] },
    ]);
  });

  it("keeps 0, false and the empty string apart from null", () => {
    const diff = diffReleases(release([row("a", 0, false)]), release([row("a", null, "")]));
    expect(diff.metrics.changed).toEqual([
      {
        id: "a",
        changes: [
          { field: "unit", before: 0, after: null },
          { field: "kind", before: false, after: "" },
        ],
      },
    ]);
  });
});
