import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_VOCABULARIES } from "../schema/builtInVocabularies.js";
import { ALL_TABLE_NAMES } from "../schema/tables.js";
import { sampleRelease } from "./__fixtures__/sampleTables.js";
import { writeSampleCsv, writeSampleRelease } from "./__fixtures__/writeSampleCsv.js";
import { buildReleaseArtifacts } from "./releaseArtifacts.js";

const filesOf = (ext: string) =>
  Object.fromEntries(ALL_TABLE_NAMES.map((table) => [table, `${table}.${ext}`]));

async function query(sql: string) {
  const instance = await DuckDBInstance.create(":memory:");
  try {
    return (await (await instance.connect()).runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    instance.closeSync();
  }
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "tally-release-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("buildReleaseArtifacts", () => {
  it("copies the CSVs and descriptor byte for byte and writes Arrow and Parquet for each table", async () => {
    const release = sampleRelease(join(root, "data", "releases", "1.2.0"));
    await writeSampleRelease(release.ref.path, release.descriptor);
    const out = join(root, "artifacts", "releases", "1.2.0");

    const built = await buildReleaseArtifacts(release, out);

    expect(built).toEqual({
      version: "1.2.0",
      created: "2024-02-01",
      counts: { sources: 2, events: 2, metrics: 2, claims: 6 },
      datapackage: "datapackage.json",
      csv: filesOf("csv"),
      arrow: filesOf("arrows"),
      parquet: filesOf("parquet"),
    });
    const written = (await readdir(out)).sort();
    expect(written).toEqual(
      [
        "datapackage.json",
        ...ALL_TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.arrows`, `${t}.parquet`]),
      ].sort(),
    );
    for (const file of [...Object.values(built.csv), built.datapackage])
      expect(await readFile(join(out, file)), file).toEqual(await readFile(join(release.ref.path, file)));
    const claims = tableFromIPC(await readFile(join(out, built.arrow.claims)));
    expect(claims.numRows).toBe(6);
    expect(claims.getChild("value_high")?.toArray()).toEqual(new Float64Array([200, 600, 300, 80, 0, 546.5]));
    expect(claims.getChild("value_high")?.get(4)).toBeNull();
    const assessments = tableFromIPC(await readFile(join(out, built.arrow.assessments)));
    expect(assessments.numRows).toBe(1);
    expect([...assessments.getChild("claim_ids")!.get(0)!]).toEqual(["c1", "c2", "c3"]);
  });

  it("writes every optional table with no rows for a release that lacks it", async () => {
    const release = sampleRelease(join(root, "data", "releases", "1.0.0"), { assessments: false });
    await writeSampleRelease(release.ref.path, release.descriptor, { assessments: false });
    const out = join(root, "artifacts", "releases", "1.0.0");

    const built = await buildReleaseArtifacts(release, out);

    expect([built.csv.assessments, built.arrow.assessments, built.parquet.assessments]).toEqual([
      "assessments.csv",
      "assessments.arrows",
      "assessments.parquet",
    ]);
    expect(await readFile(join(out, "assessments.csv"), "utf8")).toBe(
      "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision\n",
    );
    const arrow = tableFromIPC(await readFile(join(out, built.arrow.assessments)));
    expect(arrow.numRows).toBe(0);
    expect(arrow.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      "event_id:Utf8",
      "metric:Utf8",
      "low:Float64",
      "best:Float64",
      "high:Float64",
      "claim_ids:List<Utf8>",
      "rationale:Utf8",
      "assessed_by:Utf8",
      "assessed_on:Utf8",
      "assessed_on_precision:Utf8",
    ]);
    // A vocabulary the release lacks is the built-in one it was validated against, in every format.
    expect(await readFile(join(out, "units.csv"), "utf8")).toMatch(
      /^unit,label,whole,max,description\npersons,persons,true,,/,
    );
    const units = tableFromIPC(await readFile(join(out, built.arrow.units)));
    expect(units.getChild("unit")?.toArray()).toEqual(BUILT_IN_VOCABULARIES.units.map((u) => u.unit));
    const parquetUnits = await query(
      `SELECT unit, max FROM read_parquet('${join(out, built.parquet.units)}')`,
    );
    expect(parquetUnits).toEqual(BUILT_IN_VOCABULARIES.units.map(({ unit, max }) => ({ unit, max })));
    // The release itself is left as it was: nothing is added beside its frozen files.
    const frozen = await readdir(release.ref.path);
    expect(frozen).not.toContain("assessments.csv");
    expect(frozen).not.toContain("units.csv");
  });

  it("fails naming the missing file when a release lacks its descriptor", async () => {
    const release = sampleRelease(join(root, "no-descriptor"));
    await writeSampleCsv(release.ref.path);
    await expect(buildReleaseArtifacts(release, join(root, "out-2"))).rejects.toThrow(/datapackage\.json/);
  });
});
