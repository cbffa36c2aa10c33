import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnsOf } from "@tally/dataset";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimGroups, groupFacts } from "../bruteForceConflicts.js";
import { DATASET_PROFILES } from "../datasetProfile.js";
import { generateDataset } from "../generate/generateDataset.js";
import { conflictGroupsSql } from "./conflictSql.js";
import { conflictGroups, loadDataset, openReference, type ReferenceSession } from "./duckdbReference.js";

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

/** `event|metric` of each group the SQL finds conflicting, sorted. */
async function sqlGroups(tolerance: number): Promise<string[]> {
  const reader = await session.connection.runAndReadAll(
    `SELECT event_id || '|' || metric AS g FROM (${conflictGroupsSql(tolerance)}) ORDER BY g`,
  );
  return reader.getRowsJS().map((r) => String(r[0]));
}

describe("the conflict rule in native DuckDB", () => {
  it.each(DATASET_PROFILES)(
    "finds exactly the groups holding a disjoint pair (%s profile)",
    async (profile) => {
      const out = join(dir, `generated-${profile}`);
      const expected = await generateDataset({ claims: 4000, seed: 3, out, profile });
      await loadDataset(session.connection, out);
      const disjoint: string[] = [];
      for (const [key, list] of await claimGroups(out, expected.tolerance))
        if (groupFacts(list).pairs > 0) disjoint.push(key);
      expect(await sqlGroups(expected.tolerance)).toEqual(disjoint.sort());
      expect(disjoint.length).toBe(expected.conflicts.groups);
      expect((await conflictGroups(session.connection, expected.tolerance)).groups).toBe(
        expected.conflicts.groups,
      );
    },
  );

  it("applies issues 3 and 9's verdicts: open ends, ties at one value, bounds the other satisfies, and overlaps", async () => {
    const out = join(dir, "hand");
    await mkdir(out);
    const header = columnsOf("claims").join(",");
    let n = 0;
    const claim = (event: string, q: string, low: string, high: string) =>
      [
        `c${++n}`,
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
        // reported_via
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
      // The shipped data: "approximately 600" against "about 200" and "between 200 and 300".
      claim("oct", "about", "600", "600"),
      claim("oct", "about", "200", "200"),
      claim("oct", "between", "200", "300"),
      // "about 60" is consistent with "at least 39".
      claim("liaoning", "about", "60", "60"),
      claim("liaoning", "at_least", "39", ""),
      // 10 against "more than 10": they meet only at the value the open end leaves out.
      claim("edge", "exact", "10", "10"),
      claim("edge", "more_than", "10", ""),
      claim("edge", "at_least", "10", ""),
      // Two lower ends tie at the highest value, one open: the open one decides.
      claim("tie", "at_least", "10", ""),
      claim("tie", "more_than", "10", ""),
      claim("tie", "exact", "10", "10"),
      claim("fewer", "fewer_than", "", "10"),
      claim("fewer", "exact", "10", "10"),
      claim("atmost", "at_most", "", "10"),
      claim("atmost", "exact", "10", "10"),
      // 200 × 0.9 is 180.00000000000003 in floating point: "about 200" still holds 180.
      claim("about_touch", "about", "200", "200"),
      claim("about_touch", "exact", "180", "180"),
      claim("open_open", "fewer_than", "", "10"),
      claim("open_open", "more_than", "10", ""),
      claim("unbounded", "at_most", "", "5"),
      claim("unbounded", "at_least", "6", ""),
      claim("single", "exact", "7", "7"),
    ];
    await writeFile(join(out, "claims.csv"), `${header}\n${rows.join("\n")}\n`);
    for (const t of ["sources", "events", "metrics"] as const)
      await writeFile(join(out, `${t}.csv`), `${columnsOf(t).join(",")}\n`);
    await loadDataset(session.connection, out);
    expect(await sqlGroups(0.1)).toEqual(
      ["edge", "fewer", "oct", "open_open", "tie", "unbounded"].map((e) => `${e}|repatriated_persons`),
    );
  });
});
