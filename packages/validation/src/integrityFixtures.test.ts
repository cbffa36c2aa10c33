import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset, loadRelease } from "@tally/dataset/node";
import { describe, expect, it } from "vitest";
import { validate } from "./validate.js";

const ROOT = fileURLToPath(new URL("../fixtures/integrity", import.meta.url));

interface Expected {
  description: string;
  release?: string;
  errors: { file: string; row?: number; line?: number; column?: string; code: string }[];
}

const cases = readdirSync(ROOT).sort();

describe("integrity fixtures: one broken dataset per rule, each with its expected error", () => {
  it("has a case for every integrity check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(ROOT, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const loaded = expected.release
      ? await loadRelease(expected.release, { dataDir: dir })
      : await loadDataset(dir);
    // Findings name files relative to the dataset, as the CLI prints them relative to where it runs.
    loaded.ref.path = ".";
    const errors = validate(loaded)
      .findings.filter((f) => f.severity === "error")
      .map((f) => ({
        file: f.file,
        ...(f.row === undefined ? {} : { row: f.row }),
        ...(f.line === undefined ? {} : { line: f.line }),
        ...(f.column === undefined ? {} : { column: f.column }),
        code: f.details?.code,
      }));
    const want = expected.errors.map((e) => expect.objectContaining(e));
    expect(errors).toEqual(want);
  });
});
