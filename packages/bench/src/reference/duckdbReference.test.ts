import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnsOf } from "@tally/dataset";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../generate/generateDataset.js";
import { conflictPairsSql } from "./conflictSql.js";
import { conflictPairs, loadDataset, openReference, type ReferenceSession } from "./duckdbReference.js";

let dir: string;
let session: ReferenceSession;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-bench-ref-"));
  session = await openReference();
});
afterAll(async () => {
  session.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the conflict rule in native DuckDB", () => {
  it("finds exactly the planted conflicting pairs", async () => {
    const out = join(dir, "generated");
    const expected = await generateDataset({ claims: 4000, seed: 3, out });
    await loadDataset(session.connection, out);
    const result = await conflictPairs(session.connection, expected.tolerance);
    expect(result.pairs).toBe(expected.conflicts.pairs);
  });

  it("applies issue 3's verdicts: open ends, bounds the other satisfies, and overlaps", async () => {
    const out = join(dir, "hand");
    await mkdir(out);
    const header = columnsOf("claims").join(",");
    const claim = (id: string, event: string, q: string, low: string, high: string) =>
      [
        id,
        event,
        "s1",
        "repatriated_persons",
        q,
        low,
        high,
        "x",
        "y",
        "ngo",
        "",
        "",
        "",
        "",
        "",
        "false",
        "q",
        "false",
        "",
      ].join(",");
    const rows = [
      claim("a600", "oct", "about", "600", "600"),
      claim("a200", "oct", "about", "200", "200"),
      claim("b200", "oct", "between", "200", "300"),
      claim("a60", "liaoning", "about", "60", "60"),
      claim("l39", "liaoning", "at_least", "39", ""),
      claim("x10", "edge", "exact", "10", "10"),
      claim("m10", "edge", "more_than", "10", ""),
      claim("l10", "edge", "at_least", "10", ""),
    ];
    await writeFile(join(out, "claims.csv"), `${header}\n${rows.join("\n")}\n`);
    for (const t of ["sources", "events", "metrics"] as const)
      await writeFile(join(out, `${t}.csv`), `${columnsOf(t).join(",")}\n`);
    await loadDataset(session.connection, out);
    const reader = await session.connection.runAndReadAll(
      `SELECT lower_claim_id || '<' || higher_claim_id AS p FROM (${conflictPairsSql(0.1)}) ORDER BY p`,
    );
    expect(reader.getRowsJS().map((r) => r[0])).toEqual(["a200<a600", "b200<a600", "x10<m10"]);
  });
});
