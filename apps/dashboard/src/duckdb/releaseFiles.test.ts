import { describe, expect, it } from "vitest";
import { hasTable, releaseFiles } from "./releaseFiles.js";

const BUILT = {
  sources: "sources.arrows",
  events: "events.arrows",
  metrics: "metrics.arrows",
  claims: "claims.arrows",
  verdicts: "verdicts.arrows",
  readings: "readings.arrows",
  reading_claims: "reading_claims.arrows",
};

describe("releaseFiles", () => {
  it("loads the dataset tables and the verdict tables, and no assessments when none are listed", () => {
    expect(releaseFiles(BUILT).map((f) => f.table)).toEqual([
      "sources",
      "events",
      "metrics",
      "claims",
      "verdicts",
      "readings",
      "reading_claims",
    ]);
    expect(hasTable(BUILT, "assessments")).toBe(false);
  });

  it("loads the assessments when the summary lists them", () => {
    const files = { ...BUILT, assessments: "assessments.arrows" };
    expect(releaseFiles(files).at(-1)).toEqual({ table: "assessments", file: "assessments.arrows" });
    expect(hasTable(files, "assessments")).toBe(true);
  });

  it("loads the vocabulary tables the summary lists, so the claim view can label their ids", () => {
    const files = { ...BUILT, categories: "categories.arrows", units: "units.arrows" };
    expect(releaseFiles(files).slice(-2)).toEqual([
      { table: "categories", file: "categories.arrows" },
      { table: "units", file: "units.arrows" },
    ]);
    expect(hasTable(files, "categories")).toBe(true);
    expect(hasTable(files, "source_kinds")).toBe(false);
  });

  it("still asks for a required table the summary forgets, and ignores files that are not Arrow", () => {
    expect(releaseFiles({ claims: "claims.parquet" }).find((f) => f.table === "claims")?.file).toBe(
      "claims.arrows",
    );
    expect(hasTable({ ...BUILT, assessments: "assessments.csv" }, "assessments")).toBe(false);
  });
});
