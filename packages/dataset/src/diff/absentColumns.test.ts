import { fileURLToPath } from "node:url";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { arrowTableOf } from "../artifacts/arrowTables.js";
import { claimViews } from "../artifacts/claimViews.js";
import { loadRelease } from "../release/loadRelease.js";
import { ABSENT_COLUMNS_KEY } from "../schema/artifacts.js";
import { describeDiff } from "./describeDiff.js";
import { diffReleases } from "./diffReleases.js";

const DATA = fileURLToPath(new URL("../../../../data", import.meta.url));

// Release 1.0.0 was cut before sources had title_inferred and original dates, claims a chain,
// metrics a label and events a short title; 1.1.0 has them all.
const OLD = await loadRelease("1.0.0", { dataDir: DATA });
const NEW = await loadRelease("1.1.0", { dataDir: DATA });

describe("columns a release lacks", () => {
  it("are named by the loader, which still reads their cells as empty", () => {
    expect(OLD.absentColumns).toEqual({
      sources: [
        "title_inferred",
        "original_published",
        "original_published_precision",
        "original_published_inferred",
      ],
      events: ["short_title"],
      metrics: ["label"],
      claims: ["reported_via"],
    });
    expect(NEW.absentColumns).toBeUndefined();
    expect(OLD.tables.sources.every((s) => s.title_inferred === false)).toBe(true);
  });

  it("are not compared as the false the loader fills them with: only what the newer release says is listed", () => {
    const diff = diffReleases(OLD.tables, NEW.tables, {
      before: OLD.absentColumns,
      after: NEW.absentColumns,
    });
    const titleInferred = diff.sources.changed.flatMap(({ id, changes }) =>
      changes.filter((c) => c.field === "title_inferred").map((c) => ({ id, ...c })),
    );
    // The two Daily NK articles, whose headlines come from the seeds' index; the three sources
    // whose title_inferred is false are not "changed" from a value 1.0.0 never held.
    expect(titleInferred).toEqual([
      {
        id: "dailynk-2023-10-holding-centers",
        field: "title_inferred",
        before: null,
        after: true,
        absent: "before",
      },
      {
        id: "dailynk-2024-04-small-scale",
        field: "title_inferred",
        before: null,
        after: true,
        absent: "before",
      },
    ]);
    const flagged = diff.sources.changed.flatMap((r) => r.changes).map((c) => c.field);
    expect(flagged).not.toContain("original_published_inferred");
    const described = describeDiff(diff).join("\n");
    expect(described).toContain("title_inferred (no such column) → true");
    expect(described).not.toContain("title_inferred false → true");
    expect(described).toContain(
      'short_title (no such column) → "Dandong and Tumen repatriation, 9 Oct 2023"',
    );
  });

  it("read the other way, say the newer release's value with the older side absent", () => {
    const diff = diffReleases(NEW.tables, OLD.tables, {
      before: NEW.absentColumns,
      after: OLD.absentColumns,
    });
    const change = diff.sources.changed
      .find((r) => r.id === "dailynk-2024-04-small-scale")
      ?.changes.find((c) => c.field === "title_inferred");
    expect(change).toEqual({ field: "title_inferred", before: true, after: null, absent: "after" });
    expect(describeDiff(diff).join("\n")).toContain("title_inferred true → (no such column)");
  });

  it("are null in the Arrow table, which lists them in its schema's metadata", () => {
    const absent = OLD.absentColumns!.sources!;
    const table = tableFromIPC(tableToIPC(arrowTableOf("sources", OLD.tables.sources, absent), "stream"));
    expect(JSON.parse(table.schema.metadata.get(ABSENT_COLUMNS_KEY)!)).toEqual(absent);
    for (const name of absent) {
      expect(table.schema.fields.find((f) => f.name === name)?.nullable, name).toBe(true);
      expect(
        table
          .getChild(name)!
          .toArray()
          .every((v: unknown) => v === null),
        name,
      ).toBe(true);
    }
    // A column the release has keeps its values.
    expect(table.getChild("published_inferred")!.toArray()).toEqual(
      OLD.tables.sources.map((s) => s.published_inferred),
    );
    // And a table with every column says nothing of absent ones.
    const whole = tableFromIPC(tableToIPC(arrowTableOf("sources", NEW.tables.sources), "stream"));
    expect(whole.schema.metadata.has(ABSENT_COLUMNS_KEY)).toBe(false);
    expect(whole.getChild("title_inferred")!.toArray().filter(Boolean)).toHaveLength(2);
  });

  it("are null in a row the diff lists whole from the release that lacks them", () => {
    // c001 gone from the newer side: listed as removed, as 1.0.0 holds it, with no chain recorded.
    const after = { ...NEW.tables, claims: NEW.tables.claims.filter((c) => c.claim_id !== "c001") };
    const diff = diffReleases(OLD.tables, after, { before: OLD.absentColumns });
    expect(diff.claims.removed.map((c) => [c.claim_id, c.reported_via])).toEqual([["c001", null]]);
    // The other way it is added, as 1.1.0 holds it: with its (empty) chain.
    const back = diffReleases(after, OLD.tables, { after: OLD.absentColumns });
    expect(back.claims.added.map((c) => [c.claim_id, c.reported_via])).toEqual([["c001", null]]);
    const whole = diffReleases(after, NEW.tables);
    expect(whole.claims.added.map((c) => [c.claim_id, c.reported_via])).toEqual([["c001", []]]);
  });

  it("are the only place an Arrow table takes a null the schema does not allow", () => {
    const rows = NEW.tables.sources.map((s) => ({ ...s, title_inferred: null as unknown as boolean }));
    expect(() => arrowTableOf("sources", rows)).toThrow(/sources row 1: column title_inferred holds null/);
    expect(() => arrowTableOf("sources", rows, ["title_inferred"])).not.toThrow();
  });

  it("make a claim's view say nothing of its source's title being inferred", () => {
    const c001 = (c: { claim_id: string }) => c.claim_id === "c001";
    expect(claimViews(OLD.tables, c001, OLD.absentColumns)[0]!.source_title_inferred).toBeNull();
    expect(claimViews(NEW.tables, c001, NEW.absentColumns)[0]!.source_title_inferred).toBe(true);
  });
});
