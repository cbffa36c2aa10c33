import { describe, expect, it } from "vitest";
import { tinyTables } from "../__fixtures__/tinyDataset.js";
import { tableSchemaOf } from "../datapackage/tableSchema.js";
import { diffReleases } from "../diff/diffReleases.js";
import type { DataPackage, Resource } from "../schema/datapackage.js";
import { defaultDataDir } from "./dataDir.js";
import { loadRelease } from "./loadRelease.js";
import { bumpOf, bumpRefusal, requiredBump } from "./versionBump.js";

const resource = (name: string, fields: Resource["schema"]["fields"]): Resource => ({
  name,
  path: `${name}.csv`,
  schema: { fields },
});
const pkg = (...resources: Resource[]): DataPackage => ({
  name: "p",
  version: "1.0.0",
  licenses: [],
  resources,
});
const text = (name: string) => ({ name, type: "string" as const });
const noChange = () => diffReleases(tinyTables(), tinyTables());

describe("requiredBump", () => {
  it("calls nothing but corrections a patch, with no reason to give", () => {
    const same = pkg(resource("claims", [text("a"), text("b")]));
    expect(requiredBump(same, same, noChange())).toEqual({ level: "patch", reasons: [] });
  });

  it("calls fields re-ordered, retyped or dropped, and a resource gone, major", () => {
    const before = pkg(
      resource("claims", [text("a"), text("b"), { name: "n", type: "number" }]),
      resource("events", [text("e")]),
    );
    const after = pkg(resource("claims", [text("b"), text("a"), text("n")]));
    expect(requiredBump(before, after, noChange())).toEqual({
      level: "major",
      reasons: [
        "claims.csv puts its fields in another order",
        "claims.csv changes the type of n from number to string",
        "the resource events (events.csv) is gone",
      ],
    });
    const dropped = pkg(resource("claims", [text("a")]), resource("events", [text("e")]));
    expect(requiredBump(before, dropped, noChange()).reasons).toEqual(["claims.csv drops the fields b, n"]);
  });

  it("calls a new resource or new rows minor, and names only the reasons of the level it calls", () => {
    const before = pkg(resource("claims", [text("a")]));
    const after = pkg(resource("claims", [text("a")]), resource("assessments", [text("x")]));
    const tables = tinyTables();
    const grown = { ...tables, sources: [...tables.sources, { ...tables.sources[0]!, source_id: "s-new" }] };
    const changed = {
      ...grown,
      claims: tables.claims.map((c, i) => (i === 0 ? { ...c, notes: "fixed" } : c)),
    };
    expect(requiredBump(before, after, diffReleases(tables, changed))).toEqual({
      level: "minor",
      reasons: ["the resource assessments (assessments.csv) is new", "sources: 1 row added"],
    });
  });

  it("names the first three rows removed and counts the rest", () => {
    const tables = tinyTables();
    const fewer = { ...tables, claims: [] };
    expect(requiredBump(null, pkg(), diffReleases(tables, fewer)).reasons).toEqual([
      "claims: 4 rows removed (c-1, c-2, c-3 and 1 more)",
    ]);
  });

  it("calls the shipped 1.1.0 major over 1.0.0: it added columns between others (an erratum in data/CHANGELOG.md)", async () => {
    const dataDir = defaultDataDir();
    const [old, now] = await Promise.all([
      loadRelease("1.0.0", { dataDir }),
      loadRelease("1.1.0", { dataDir }),
    ]);
    const bump = requiredBump(old.descriptor, now.descriptor!, diffReleases(old.tables, now.tables));
    expect(bump.level).toBe("major");
    expect(bump.reasons).toContain("claims.csv adds the field reported_via");
    expect(bump.reasons).toContain("metrics.csv adds the field label");
    expect(bumpRefusal("1.0.0", "1.1.0", bump)).toMatch(/so cut 2\.0\.0 or later$/);
  });

  it("reads the Table Schema Tally writes for every table without a change against itself", () => {
    const claims = { ...resource("claims", []), schema: tableSchemaOf("claims") };
    expect(requiredBump(pkg(claims), pkg(claims), noChange()).level).toBe("patch");
  });
});

describe("bumpOf and bumpRefusal", () => {
  it.each([
    ["1.0.0", "1.0.1", "patch"],
    ["1.0.0", "1.1.0", "minor"],
    ["1.0.0", "2.0.0", "major"],
    ["1.0.0", "2.0.0-rc.1", "major"],
    ["1.0.0", "1.1.0-rc.1", "minor"],
    ["2.0.0-rc.1", "2.0.0-rc.2", "patch"],
  ] as const)("%s to %s is a %s release", (latest, version, level) => {
    expect(bumpOf(latest, version)).toBe(level);
  });

  it("lets a larger step than needed through", () => {
    expect(bumpRefusal("1.0.0", "2.0.0", { level: "minor", reasons: ["x"] })).toBeNull();
    expect(bumpRefusal("1.0.0", "1.1.0", { level: "minor", reasons: ["x"] })).toBeNull();
    expect(bumpRefusal("1.2.3", "1.2.4", { level: "minor", reasons: ["x"] })).toMatch(
      /so cut 1\.3\.0 or later$/,
    );
  });
});
