import type { DescriptorChange, ReleaseDiff } from "@tally/dataset/diff";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { descriptorLines, diffCsv, diffLines } from "./diffExport.js";

const none = { added: [], removed: [], changed: [] };
const DIFF = {
  sources: none,
  events: {
    ...none,
    changed: [{ id: "e-1", changes: [{ field: "date", before: "2023-10-09", after: "2023-10-07" }] }],
  },
  metrics: none,
  claims: {
    added: [{ claim_id: "c-new" }],
    removed: [{ claim_id: "c-gone" }],
    changed: [
      {
        id: "c-2",
        changes: [
          { field: "value_low", before: 600, after: 650 },
          { field: "notes", before: null, after: "=1+1" },
          { field: "reported_via", before: null, after: ["Yonhap"], absent: "before" },
        ],
      },
    ],
  },
} as unknown as ReleaseDiff;

describe("diffLines", () => {
  it("gives a line per row added or removed and per field changed, tables in the dataset's order", () => {
    expect(diffLines(DIFF)).toEqual([
      {
        table: "events",
        change: "changed",
        id: "e-1",
        field: "date",
        before: "2023-10-09",
        after: "2023-10-07",
      },
      { table: "claims", change: "added", id: "c-new", field: "", before: "", after: "" },
      { table: "claims", change: "removed", id: "c-gone", field: "", before: "", after: "" },
      { table: "claims", change: "changed", id: "c-2", field: "value_low", before: "600", after: "650" },
      { table: "claims", change: "changed", id: "c-2", field: "notes", before: "", after: "=1+1" },
      {
        table: "claims",
        change: "changed",
        id: "c-2",
        field: "reported_via",
        before: "(no such column)",
        after: '["Yonhap"]',
      },
    ]);
  });
});

describe("diffCsv", () => {
  it("is a UTF-8 CSV naming both releases in every row, a formula from the data kept as text", () => {
    const { name, text } = diffCsv(DIFF, [], "tally-test", "1.0.0", "1.1.0");
    expect(name).toBe("changes-from-1-0-0-tally-test-1.1.0.csv");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [head, ...rows] = parse(text.slice(1)) as string[][];
    expect(head).toEqual(["Table", "Change", "Row ID", "Field", "Before", "After", "Releases compared"]);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row[6]).toBe("tally-test@1.0.0 → tally-test@1.1.0");
    expect(rows[4]![5]).not.toBe("=1+1");
    expect(rows[4]![5]).toContain("=1+1");
  });
});

/** Longer than the 60 characters the view's lines keep. */
const DESCRIPTION =
  "One row per article or report that prints at least one figure, with where it was published.";
const DESCRIPTOR: DescriptorChange[] = [
  { resource: null, property: "title", before: "Old title", after: "New title" },
  { resource: "sources.csv", property: "description", after: DESCRIPTION },
  { resource: "sources.csv", property: "dialect", after: { lineTerminator: "\n" } },
  { resource: "sources.csv", property: "field", field: "title_inferred", after: { name: "title_inferred" } },
  {
    resource: "sources.csv",
    property: "description",
    field: "outlet",
    before: "Outlet.",
    after: "Who printed it.",
  },
  { resource: "units.csv", property: "resource", before: "units" },
];

describe("descriptorLines (an outside audit: the CSV held the rows' changes alone)", () => {
  it("gives a line per change to the descriptor, each value whole", () => {
    expect(descriptorLines(DESCRIPTOR)).toEqual([
      {
        table: "datapackage.json",
        change: "changed",
        id: "",
        field: "title",
        before: "Old title",
        after: "New title",
      },
      {
        table: "datapackage.json",
        change: "added",
        id: "sources.csv",
        field: "description",
        before: "",
        after: DESCRIPTION,
      },
      {
        table: "datapackage.json",
        change: "added",
        id: "sources.csv",
        field: "dialect",
        before: "",
        after: '{"lineTerminator":"\\n"}',
      },
      {
        table: "datapackage.json",
        change: "added",
        id: "sources.csv",
        field: "field title_inferred",
        before: "",
        after: '{"name":"title_inferred"}',
      },
      {
        table: "datapackage.json",
        change: "changed",
        id: "sources.csv",
        field: "description of outlet",
        before: "Outlet.",
        after: "Who printed it.",
      },
      {
        table: "datapackage.json",
        change: "removed",
        id: "units.csv",
        field: "resource",
        before: "units",
        after: "",
      },
    ]);
  });

  it("are the CSV's last lines, so a comparison of the descriptor alone has a file to give", () => {
    const none = { added: [], removed: [], changed: [] };
    const rowsAlike = { sources: none, events: none, metrics: none, claims: none } as unknown as ReleaseDiff;
    const [, ...rows] = parse(
      diffCsv(rowsAlike, DESCRIPTOR, "tally-test", "1.1.0", "1.1.1").text.slice(1),
    ) as string[][];
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual([
      "datapackage.json",
      "added",
      "sources.csv",
      "description",
      "",
      DESCRIPTION,
      "tally-test@1.1.0 → tally-test@1.1.1",
    ]);
  });

  it("says the descriptors were not compared, and why, rather than nothing, which reads as no change", () => {
    expect(descriptorLines({ error: "Release 1.1.0's datapackage.json was not found (HTTP 404)." })).toEqual([
      {
        table: "datapackage.json",
        change: "not compared",
        id: "",
        field: "",
        before: "",
        after: "Release 1.1.0's datapackage.json was not found (HTTP 404).",
      },
    ]);
  });
});
