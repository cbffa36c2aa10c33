import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "@tally/dataset/node";
import { afterAll, describe, expect, it } from "vitest";
import { assessment, claim, makeDataset } from "../__fixtures__/dataset.js";
import { integrity } from "./integrity.js";

// What integrity promises at the edges of each unit, and where a loader problem's optional parts go.
const run = (ds: ReturnType<typeof makeDataset>) =>
  integrity.check({ dataset: ds, datasetLabel: "t", tolerance: 0.1 });

describe("integrity: the bounds of each unit", () => {
  it("accepts a count of 0, a percentage of exactly 0 or 100 and a duration of 0", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "exact", "0", "0"),
        claim("b", "between", "0", "100", { metric: "share_women" }),
        claim("c", "exact", "0", "0", { metric: "duration" }),
      ],
    });
    expect(run(ds)).toEqual([]);
  });

  it("rejects a count that is not whole, with the count's own words, code and metric", () => {
    const [f, ...rest] = run(makeDataset({ claims: [claim("a", "at_least", "2.5", "")] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "integrity",
      severity: "error",
      message: "value_low 2.5: a count of persons must be a non-negative whole number (metric persons)",
      metric: "persons",
      details: { code: "unit/persons" },
    });
  });

  it("rejects a negative percentage and one just over 100", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "at_least", "-1", "", { metric: "share_women" }),
        claim("b", "at_most", "", "100.5", { metric: "share_women" }),
      ],
    });
    expect(run(ds).map((f) => [f.claim_ids, f.column, f.details])).toEqual([
      [["a"], "value_low", { code: "unit/percent" }],
      [["b"], "value_high", { code: "unit/percent" }],
    ]);
  });

  it("rejects a negative duration, naming its unit", () => {
    const [f] = run(makeDataset({ claims: [claim("a", "at_least", "-0.5", "", { metric: "duration" })] }));
    expect(f!.message).toMatch(/^value_low -0\.5: .*\byears\b.* cannot be negative \(metric duration\)$/);
    expect(f!.details).toEqual({ code: "unit/years" });
  });

  it("rejects an open end that leaves no value of the unit: more than 100%, fewer than 0", () => {
    const ds = makeDataset({
      claims: [
        claim("a", "more_than", "100", "", { metric: "share_women" }),
        claim("b", "fewer_than", "", "0"),
        claim("c", "fewer_than", "", "0", { metric: "share_women" }),
        // The edges that still hold a value: at least 100%, at most 0, more than 99.9%, fewer than 1.
        claim("d", "at_least", "100", "", { metric: "share_women" }),
        claim("e", "at_most", "", "0"),
        claim("f", "more_than", "99.9", "", { metric: "share_women" }),
        claim("g", "fewer_than", "", "1"),
      ],
    });
    expect(run(ds).map((f) => [f.claim_ids, f.column, f.message, f.details])).toEqual([
      [
        ["a"],
        "value_low",
        'value_low 100: "more than 100" leaves no value in percent, which lie between 0 and 100 (metric share_women)',
        { code: "unit/percent" },
      ],
      [
        ["b"],
        "value_high",
        'value_high 0: "fewer than 0" leaves no value in persons, which cannot be negative (metric persons)',
        { code: "unit/persons" },
      ],
      [
        ["c"],
        "value_high",
        'value_high 0: "fewer than 0" leaves no value in percent, which cannot be negative (metric share_women)',
        { code: "unit/percent" },
      ],
    ]);
  });

  it("leaves a claim whose metric is not listed to the loader's reference check", () => {
    expect(run(makeDataset({ claims: [claim("a", "exact", "-3", "-3", { metric: "unlisted" })] }))).toEqual(
      [],
    );
  });
});

describe("integrity: a loader problem's location", () => {
  it("keeps the column it names and drops the row and line it does not know", () => {
    const ds = makeDataset({});
    ds.problems.push({
      code: "descriptor/stale-hash",
      file: "claims.csv",
      row: null,
      line: null,
      column: "quote",
      message: "stale",
    });
    const [f] = run(ds);
    expect(f).toMatchObject({ column: "quote", message: "stale", dataset: "t" });
    expect(f).not.toHaveProperty("row");
    expect(f).not.toHaveProperty("line");
  });
});

describe("integrity: the units of an assessment's figures", () => {
  it("holds low, best and high to their metric's unit as it holds a claim's values", () => {
    const ds = makeDataset({
      claims: [claim("a", "exact", "50", "50", { metric: "share_women" })],
      assessments: [
        assessment("a", "-5", "250.5", "660"),
        assessment("a", "70", "150", "200", { metric: "share_women" }),
        assessment("a", "0", "50", "100", { metric: "share_women" }),
      ],
    });
    expect(run(ds).map((f) => [f.file, f.row, f.column, f.metric, f.message, f.details])).toEqual([
      [
        "data/assessments.csv",
        1,
        "low",
        "persons",
        "low -5: a count of persons must be a non-negative whole number (metric persons)",
        { code: "unit/persons" },
      ],
      [
        "data/assessments.csv",
        1,
        "best",
        "persons",
        "best 250.5: a count of persons must be a non-negative whole number (metric persons)",
        { code: "unit/persons" },
      ],
      [
        "data/assessments.csv",
        2,
        "best",
        "share_women",
        "best 150: a value in percent must lie between 0 and 100 (metric share_women)",
        { code: "unit/percent" },
      ],
      [
        "data/assessments.csv",
        2,
        "high",
        "share_women",
        "high 200: a value in percent must lie between 0 and 100 (metric share_women)",
        { code: "unit/percent" },
      ],
    ]);
  });
});

describe("integrity: the values of a row left out for another cell", () => {
  const CLEAN = fileURLToPath(new URL("../../fixtures/integrity/clean", import.meta.url));
  const work = mkdtempSync(join(tmpdir(), "tally-rejected-units-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("still judges each value that parsed by its metric's unit, at the row's place", async () => {
    // An outside review: a percent of 120 beside a bad as_of, and a count of 1.5 beside a
    // value_high of "abc", were reported only once the other cell was fixed.
    const dir = join(work, "data");
    cpSync(CLEAN, dir, { recursive: true });
    const claims = readFileSync(join(dir, "claims.csv"), "utf8")
      .replace("women_share,about,80,80,", "women_share,about,120,120,")
      .replace(
        "c3,rep,dnk,women_share,about,120,120,About 80%,a source in China,anonymous_source,,,c2,,,",
        "c3,rep,dnk,women_share,about,120,120,About 80%,a source in China,anonymous_source,,,c2,2023-02-30,day,",
      )
      .replace("persons,between,200,300,", "persons,between,1.5,abc,");
    writeFileSync(join(dir, "claims.csv"), claims);
    const dataset = await loadDataset(dir);
    expect(dataset.tables.claims.map((c) => c.claim_id)).not.toContain("c3");
    const units = run(dataset).filter((f) => f.details?.code?.toString().startsWith("unit/"));
    expect(units.map((f) => [f.line, f.column, f.claim_ids, f.message])).toEqual([
      [
        3,
        "value_low",
        ["c2"],
        "value_low 1.5: a count of persons must be a non-negative whole number (metric persons)",
      ],
      [
        4,
        "value_low",
        ["c3"],
        "value_low 120: a value in percent must lie between 0 and 100 (metric women_share)",
      ],
      [
        4,
        "value_high",
        ["c3"],
        "value_high 120: a value in percent must lie between 0 and 100 (metric women_share)",
      ],
    ]);
    expect(units.every((f) => f.file === `${dir}/claims.csv`)).toBe(true);
    // The cells that failed are reported once, by the loader, and not judged again.
    expect(dataset.problems.map((p) => [p.line, p.column])).toEqual(
      expect.arrayContaining([
        [3, "value_high"],
        [4, "as_of"],
      ]),
    );
  });

  it("puts a left-out row's findings in its place among the loaded rows'", async () => {
    // They came after every loaded claim's (an outside review of the change above).
    const dir = join(work, "ordered");
    cpSync(CLEAN, dir, { recursive: true });
    const claims = readFileSync(join(dir, "claims.csv"), "utf8")
      .replace("persons,about,200,200,", "persons,about,-5,abc,")
      .replace("women_share,about,80,80,", "women_share,about,120,120,");
    writeFileSync(join(dir, "claims.csv"), claims);
    const dataset = await loadDataset(dir);
    expect(dataset.tables.claims.map((c) => c.claim_id)).toEqual(["c2", "c3"]);
    const units = run(dataset).filter((f) => f.details?.code?.toString().startsWith("unit/"));
    expect(units.map((f) => [f.line, f.column, f.claim_ids])).toEqual([
      [2, "value_low", ["c1"]],
      [4, "value_low", ["c3"]],
      [4, "value_high", ["c3"]],
    ]);
  });
});
