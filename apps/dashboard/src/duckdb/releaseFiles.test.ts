import { describe, expect, it } from "vitest";
import { hasTable, releaseFiles } from "./releaseFiles.js";

const BUILT = {
  sources: "sources.arrow",
  events: "events.arrow",
  metrics: "metrics.arrow",
  claims: "claims.arrow",
  verdicts: "verdicts.arrow",
  readings: "readings.arrow",
  reading_claims: "reading_claims.arrow",
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
    const files = { ...BUILT, assessments: "assessments.arrow" };
    expect(releaseFiles(files).at(-1)).toEqual({ table: "assessments", file: "assessments.arrow" });
    expect(hasTable(files, "assessments")).toBe(true);
  });

  it("still asks for a required table the summary forgets, and ignores files that are not Arrow", () => {
    expect(releaseFiles({ claims: "claims.parquet" }).find((f) => f.table === "claims")?.file).toBe(
      "claims.arrow",
    );
    expect(hasTable({ ...BUILT, assessments: "assessments.csv" }, "assessments")).toBe(false);
  });
});
