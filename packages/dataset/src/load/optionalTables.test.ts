import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TINY_CSV,
  TINY_DESCRIPTOR,
  TINY_OPTIONAL_CSV,
  writeTinyDataset,
} from "../__fixtures__/tinyDataset.js";
import { buildDescriptor } from "../datapackage/buildDescriptor.js";
import { formatJson } from "../datapackage/formatJson.js";
import { loadRelease } from "../release/loadRelease.js";
import { verifyRelease } from "../release/verifyRelease.js";
import type { Problem } from "../schema/problem.js";
import { DatasetReadError } from "./errors.js";
import { loadDataset } from "./loadDataset.js";

const DATA = fileURLToPath(new URL("../../../../data", import.meta.url));
const HEADER = TINY_OPTIONAL_CSV.assessments.split("\n")[0]!;
const GOOD = TINY_OPTIONAL_CSV.assessments.split("\n")[1]!;

const located = (p: Problem) => [p.code, p.file, p.row, p.line, p.column, p.message];

/** The tiny dataset with `rows` (CSV lines after the header) as its assessments.csv. */
async function withAssessments(...rows: string[]): Promise<string> {
  return writeTinyDataset(undefined, { csv: { assessments: [HEADER, ...rows].join("\n") } });
}

describe("loadDataset without assessments.csv", () => {
  it("loads as before: an empty assessments table, no problems, four resources", async () => {
    const loaded = await loadDataset(await writeTinyDataset());
    expect(loaded.problems).toEqual([]);
    expect(loaded.tables.assessments).toEqual([]);
    expect(loaded.locations.assessments.length).toBe(0);
    expect(loaded.descriptor?.resources.map((r) => r.name)).toEqual([
      "sources",
      "events",
      "metrics",
      "claims",
    ]);
  });

  it("reports a descriptor that lists assessments when the file is not there", async () => {
    const dir = await withAssessments(GOOD);
    await rm(join(dir, "assessments.csv"));
    const { problems, tables } = await loadDataset(dir);
    expect(tables.assessments).toEqual([]);
    expect(problems.map(located)).toEqual([
      [
        "descriptor/resource",
        "datapackage.json",
        null,
        null,
        "resources.assessments",
        "lists a resource assessments, but assessments.csv is not there: run pnpm dataset hash",
      ],
    ]);
  });
});

describe("loadDataset with assessments.csv", () => {
  it("loads every row typed and located, with a fifth resource in the descriptor", async () => {
    const dir = await withAssessments(
      GOOD,
      'e-2019,persons_returned,39,60,100,c-4,"At least 39; a note\non two lines",A. Maintainer,2024-03,month',
    );
    const loaded = await loadDataset(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.tables.assessments).toMatchObject([
      { event_id: "e-oct", best: 300, claim_ids: ["c-1", "c-2"], assessed_on_precision: "day" },
      { event_id: "e-2019", low: 39, claim_ids: ["c-4"], rationale: "At least 39; a note\non two lines" },
    ]);
    expect(loaded.locations.assessments.toArray()).toEqual([
      { row: 1, line: 2 },
      { row: 2, line: 3 },
    ]);
    const resource = loaded.descriptor!.resources.at(-1)!;
    const bytes = await readFile(join(dir, "assessments.csv"));
    expect(resource).toMatchObject({
      name: "assessments",
      path: "assessments.csv",
      bytes: bytes.byteLength,
      hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    });
    expect(resource.schema.primaryKey).toEqual(["event_id", "metric"]);
  });

  it("loads a file with a header only as an empty table", async () => {
    const loaded = await loadDataset(await withAssessments());
    expect(loaded.problems).toEqual([]);
    expect(loaded.tables.assessments).toEqual([]);
  });

  it("reports a bad row at its file, row, line and column, and leaves it out", async () => {
    const dir = await withAssessments(
      GOOD,
      "e-oct,share_women,50,lots,90,c-3,A guess,A. Maintainer,2024-02-01,day",
      "e-2019,persons_returned,100,50,39,c-4,Reversed,A. Maintainer,2024-02-01,day",
    );
    const loaded = await loadDataset(dir);
    expect(loaded.problems.map(located)).toEqual([
      ["schema/best", "assessments.csv", 2, 3, "best", 'best "lots" must be a number such as 200 or 3.5'],
      ["schema/high", "assessments.csv", 3, 4, "high", 'high "39" is below low 100'],
    ]);
    expect(loaded.tables.assessments.map((a) => a.event_id)).toEqual(["e-oct"]);
  });

  it("reports a row whose column count is off, and a header that lacks a column", async () => {
    const short = await loadDataset(await withAssessments(GOOD, "e-oct,persons_returned,1,2,3"));
    expect(short.problems.map((p) => [p.code, p.row, p.line])).toEqual([["csv/column-count", 2, 3]]);
    const headless = TINY_OPTIONAL_CSV.assessments.replace(",assessed_on_precision", "").replace(",day", "");
    const missing = await loadDataset(await writeTinyDataset(undefined, { csv: { assessments: headless } }));
    expect(missing.problems.map((p) => [p.code, p.file, p.column])).toEqual([
      ["csv/header-missing", "assessments.csv", "assessed_on_precision"],
    ]);
    expect(missing.tables.assessments).toEqual([]);
  });

  it("reports an event, a metric and cited claims that do not exist, one problem per cell", async () => {
    const dir = await withAssessments(
      "e-nov,persons_returned,1,2,3,c-1,Unknown event,A. Maintainer,2024-02-01,day",
      "e-oct,persons_flown,1,2,3,c-1,Unknown metric,A. Maintainer,2024-02-01,day",
      "e-oct,persons_returned,1,2,3,c-8 c-1 c-9,Unknown claims,A. Maintainer,2024-02-01,day",
      "e-2019,persons_returned,1,2,3,c-9,One unknown claim,A. Maintainer,2024-02-01,day",
    );
    expect((await loadDataset(dir)).problems.map(located)).toEqual([
      ["ref/event", "assessments.csv", 1, 2, "event_id", 'event_id "e-nov" is not an event_id in events.csv'],
      [
        "ref/metric",
        "assessments.csv",
        2,
        3,
        "metric",
        'metric "persons_flown" is not a metric in metrics.csv',
      ],
      [
        "ref/claim",
        "assessments.csv",
        3,
        4,
        "claim_ids",
        'claim_ids "c-8", "c-9" are not claim_ids in claims.csv',
      ],
      ["ref/claim", "assessments.csv", 4, 5, "claim_ids", 'claim_ids "c-9" is not a claim_id in claims.csv'],
    ]);
  });

  it("names 50 unknown claims of a cell and counts the rest", async () => {
    const unknown = Array.from({ length: 300 }, (_, i) => `c-x${i}`);
    const dir = await withAssessments(
      `e-oct,persons_returned,1,2,3,c-1 ${unknown.join(" ")},Unknown claims,A. Maintainer,2024-02-01,day`,
    );
    const named = unknown.slice(0, 50).map((id) => `"${id}"`);
    expect((await loadDataset(dir)).problems.map((p) => p.message)).toEqual([
      `claim_ids ${named.join(", ")} and 250 more are not claim_ids in claims.csv`,
    ]);
  });

  it("looks up the references of a row left out for another cell, except in cells that failed", async () => {
    // An outside review: a bad assessed_on hid the row's unknown event, metric and claims until
    // the next run, where claims.csv already had its rejected rows' references checked.
    const dir = await withAssessments(
      "e-nov,persons_flown,1,2,3,c-8 c-1 c-9,Bad date,A. Maintainer,2024-02-30,day",
      "e-nov,persons_returned,1,2,3,c-1;c-9,Bad list,,2024-02-01,day",
    );
    expect((await loadDataset(dir)).problems.map(located)).toEqual([
      [
        "schema/assessed_on",
        "assessments.csv",
        1,
        2,
        "assessed_on",
        'assessed_on "2024-02-30" is not a real date',
      ],
      ["ref/event", "assessments.csv", 1, 2, "event_id", 'event_id "e-nov" is not an event_id in events.csv'],
      [
        "ref/metric",
        "assessments.csv",
        1,
        2,
        "metric",
        'metric "persons_flown" is not a metric in metrics.csv',
      ],
      [
        "ref/claim",
        "assessments.csv",
        1,
        2,
        "claim_ids",
        'claim_ids "c-8", "c-9" are not claim_ids in claims.csv',
      ],
      [
        "schema/claim_ids",
        "assessments.csv",
        2,
        3,
        "claim_ids",
        'claim_ids "c-1;c-9" must be one or more claim ids separated by single spaces, such as c-1 c-2',
      ],
      ["schema/assessed_by", "assessments.csv", 2, 3, "assessed_by", "assessed_by must not be empty"],
      ["ref/event", "assessments.csv", 2, 3, "event_id", 'event_id "e-nov" is not an event_id in events.csv'],
    ]);
  });

  it("does not report a cited claim whose own row failed its schema a second time", async () => {
    const claims = TINY_CSV.claims.replace(
      "c-2,e-oct,s-ngo,persons_returned,about,600",
      "c-2,e-oct,s-ngo,persons_returned,about,lots",
    );
    const dir = await writeTinyDataset(undefined, {
      csv: { claims, assessments: TINY_OPTIONAL_CSV.assessments },
    });
    expect((await loadDataset(dir)).problems.map((p) => p.code)).toEqual(["schema/value_low"]);
  });

  it("reports a stale hash of assessments.csv with the command that refreshes it", async () => {
    const dir = await writeTinyDataset(undefined, {
      csv: { assessments: TINY_OPTIONAL_CSV.assessments.replace("300", "310") },
      staleDescriptor: true,
    });
    const { problems } = await loadDataset(dir);
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ["descriptor/stale-hash", "resources.assessments.hash"],
    ]);
    expect(problems[0]!.message).toMatch(/^the hash of assessments\.csv is stale .*: run pnpm dataset hash$/);
  });

  it("reports a descriptor without the assessments resource the file needs", async () => {
    const dir = await withAssessments(GOOD);
    const four = Object.fromEntries(
      Object.entries(TINY_CSV).map(([table, text]) => [table, new TextEncoder().encode(text)]),
    ) as Record<keyof typeof TINY_CSV, Uint8Array>;
    await writeFile(join(dir, "datapackage.json"), formatJson(buildDescriptor(TINY_DESCRIPTOR, four)));
    expect((await loadDataset(dir)).problems.map(located)).toEqual([
      [
        "descriptor/resource",
        "datapackage.json",
        null,
        null,
        null,
        "has no resource named assessments for assessments.csv: run pnpm dataset hash",
      ],
    ]);
  });

  it("refuses an assessments.csv that is not UTF-8, as any table", async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\n${GOOD}caf`), 0xe9]);
    const dir = await writeTinyDataset(undefined, { csv: { assessments: latin1 } });
    const error = await loadDataset(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetReadError);
    expect((error as Error).message).toBe(
      `${join(dir, "assessments.csv")} is not UTF-8 text (first bad byte on line 2, character 111): save it as UTF-8`,
    );
  });
});

describe("loadDataset on hostile assessments", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      "",
      " ",
      "c-1",
      "c-1 c-2",
      "c-1  c-2",
      "c-404",
      "e-oct",
      "7",
      "NaN",
      "-1e309",
      "2024-13-01",
      '"',
    ),
    fc.string({ maxLength: 12 }),
  );
  const row = fc.array(cell, { minLength: 8, maxLength: 11 });
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

  it("never throws, locates every problem in assessments.csv, and keeps only rows its schema accepts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 5 }), async (rows) => {
        const csv = [HEADER, ...rows.map((cells) => cells.map(quote).join(","))].join("\n");
        const loaded = await loadDataset(await writeTinyDataset(undefined, { csv: { assessments: csv } }));
        for (const p of loaded.problems) {
          expect(p.file).toBe("assessments.csv");
          expect(p.line).not.toBeNull();
        }
        // What the row schema promises of every row it lets through.
        for (const a of loaded.tables.assessments) {
          expect([a.low, a.best, a.high].every(Number.isFinite)).toBe(true);
          expect(a.low).toBeLessThanOrEqual(a.high);
          expect(a.claim_ids.length).toBeGreaterThan(0);
        }
        expect(loaded.tables.assessments.length).toBe(loaded.locations.assessments.length);
      }),
      { numRuns: 40 },
    );
  });

  it("reports garbage cells, an empty claim_ids and unknown ids each at their column", async () => {
    const dir = await withAssessments(
      "e-oct,persons_returned,1e999x,NaN,Infinity,,,,2024-02-30,fortnight",
      "e-oct,persons_returned,1,2,3,,Empty claim ids,A. Maintainer,2024-02-01,day",
      "e-zz,metric-zz,1,2,3,c-zz,Unknown everything,A. Maintainer,2024-02-01,day",
    );
    const { problems, tables } = await loadDataset(dir);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["schema/low", 1, "low"],
      ["schema/best", 1, "best"],
      ["schema/high", 1, "high"],
      ["schema/claim_ids", 1, "claim_ids"],
      ["schema/rationale", 1, "rationale"],
      ["schema/assessed_by", 1, "assessed_by"],
      ["schema/assessed_on_precision", 1, "assessed_on_precision"],
      ["schema/claim_ids", 2, "claim_ids"],
      ["ref/event", 3, "event_id"],
      ["ref/metric", 3, "metric"],
      ["ref/claim", 3, "claim_ids"],
    ]);
    expect(tables.assessments).toHaveLength(1);
  });
});

describe("release 1.0.0, cut before assessments", () => {
  it("loads with an empty assessments table and still matches its manifest byte for byte", async () => {
    const loaded = await loadRelease("1.0.0", { dataDir: DATA });
    expect(loaded.problems).toEqual([]);
    expect(loaded.tables.assessments).toEqual([]);
    expect(loaded.descriptor?.resources.map((r) => r.name)).toEqual([
      "sources",
      "events",
      "metrics",
      "claims",
    ]);
    expect(await verifyRelease(join(DATA, "releases", "1.0.0"))).toEqual([]);
  });
});
