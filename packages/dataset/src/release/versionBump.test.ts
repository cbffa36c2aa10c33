import { describe, expect, it } from "vitest";
import { tinyTables } from "../__fixtures__/tinyDataset.js";
import { tableSchemaOf } from "../datapackage/tableSchema.js";
import { diffReleases } from "../diff/diffReleases.js";
import type { DataPackage, Resource } from "../schema/datapackage.js";
import { ALL_TABLE_NAMES, type Tables } from "../schema/tables.js";
import { defaultDataDir } from "./dataDir.js";
import { loadRelease } from "./loadRelease.js";
import { bumpOf, bumpRefusal, requiredBump } from "./versionBump.js";

/** One side of a release step, as cutRelease has it: a descriptor and the rows. */
interface ReleaseSide {
  descriptor: DataPackage;
  tables: Tables;
}

const resource = (
  name: string,
  fields: Resource["schema"]["fields"],
  more: Partial<Resource["schema"]> = {},
) => ({
  name,
  path: `${name}.csv`,
  schema: { fields, ...more },
});
const side = (resources: Resource[], tables: Tables = tinyTables()): ReleaseSide => ({
  descriptor: { name: "p", version: "1.0.0", licenses: [], resources } as DataPackage,
  tables,
});
const text = (name: string, constraints?: Resource["schema"]["fields"][number]["constraints"]) => ({
  name,
  type: "string" as const,
  ...(constraints ? { constraints } : {}),
});
const bump = (before: ReleaseSide, after: ReleaseSide) =>
  requiredBump(before.descriptor, after.descriptor, diffReleases(before.tables, after.tables), before.tables);

describe("requiredBump", () => {
  it("calls nothing but corrections a patch, with no reason to give", () => {
    const same = side([resource("claims", [text("a"), text("b")])]);
    expect(bump(same, same)).toEqual({ level: "patch", reasons: [] });
  });

  it("calls fields re-ordered, retyped or dropped, and a resource gone, major", () => {
    const before = side([
      resource("claims", [text("a"), text("b"), { name: "n", type: "number" }]),
      resource("events", [text("e")]),
    ]);
    const after = side([resource("claims", [text("b"), text("a"), text("n")])]);
    expect(bump(before, after)).toEqual({
      level: "major",
      reasons: [
        "claims.csv puts its fields in another order",
        "claims.csv changes the type of n from number to string",
        "the resource events (events.csv) is gone",
      ],
    });
    const dropped = side([resource("claims", [text("a")]), resource("events", [text("e")])]);
    expect(bump(before, dropped).reasons).toEqual(["claims.csv drops the fields b, n"]);
  });

  it("calls the package renamed major", () => {
    const before = side([resource("claims", [text("a")])]);
    const after = { ...before, descriptor: { ...before.descriptor, name: "q" } };
    expect(bump(before, after)).toEqual({
      level: "major",
      reasons: ["the package's name changed (p → q): a reader that names it finds it no more"],
    });
  });

  it("calls a constraint tightened or a key changed major, a constraint loosened not", () => {
    const before = side([
      resource("claims", [text("a", { enum: ["x", "y"] }), text("b"), text("c", { pattern: "[a-z]+" })], {
        primaryKey: "a",
      }),
    ]);
    const tighter = side([
      resource(
        "claims",
        [text("a", { enum: ["x"] }), text("b", { required: true }), text("c", { pattern: "[a-z]" })],
        { primaryKey: "b", foreignKeys: [] },
      ),
    ]);
    expect(bump(before, tighter).reasons).toEqual([
      "claims.csv narrows the values of a (no longer y)",
      "claims.csv makes b required",
      "claims.csv changes the pattern of c",
      "claims.csv changes its primary key",
    ]);
    // An enum given up for a foreign key into a vocabulary's file, as in 1.1.0, is looser.
    const looser = side([
      resource("claims", [text("a"), text("b"), text("c", { pattern: "[a-z]+" })], { primaryKey: "a" }),
    ]);
    expect(bump(before, looser).level).toBe("patch");
  });

  it("calls a new resource or new rows minor, and names only the reasons of the level it calls", () => {
    const tables = tinyTables();
    const grown = { ...tables, sources: [...tables.sources, { ...tables.sources[0]!, source_id: "s-new" }] };
    const changed = {
      ...grown,
      claims: tables.claims.map((c, i) => (i === 0 ? { ...c, notes: "fixed" } : c)),
    };
    const before = side([resource("claims", [text("a")])], tables);
    const after = side([resource("claims", [text("a")]), resource("assessments", [text("x")])], changed);
    expect(bump(before, after)).toEqual({
      level: "minor",
      reasons: ["the resource assessments (assessments.csv) is new", "sources: 1 row added"],
    });
  });

  it("calls rows removed that rows kept name major, and rows nothing kept names a patch", () => {
    const tables = tinyTables();
    // c-3 bases its share on c-2: c-2 is named while c-3 stays.
    const without = (...ids: string[]) => ({
      ...tables,
      claims: tables.claims.filter((c) => !ids.includes(c.claim_id)),
    });
    expect(bump(side([], tables), side([], without("c-2")))).toEqual({
      level: "major",
      reasons: ["claims: 1 row removed that other rows named (c-2)"],
    });
    // Taken out with the share that named it, or with every claim: no join a reader makes breaks.
    expect(bump(side([], tables), side([], without("c-2", "c-3"))).level).toBe("patch");
    expect(bump(side([], tables), side([], { ...tables, claims: [] }))).toEqual({
      level: "patch",
      reasons: ["claims: 4 rows removed that nothing named (c-1, c-2, c-3 and 1 more)"],
    });
    const fewer = { ...tables, claims: tables.claims.filter((c) => c.claim_id !== "c-4") };
    expect(bump(side([], tables), side([], fewer))).toEqual({
      level: "patch",
      reasons: ["claims: 1 row removed that nothing named (c-4)"],
    });
    // The events the claims that stay name; e-2019 goes with its only claim, c-4.
    const noEvents = { ...tables, events: [] };
    expect(bump(side([], tables), side([], noEvents)).reasons).toEqual([
      "events: 2 rows removed that other rows named (e-oct, e-2019)",
    ]);
    const withoutE2019 = { ...without("c-4"), events: tables.events.filter((e) => e.event_id !== "e-2019") };
    expect(bump(side([], tables), side([], withoutE2019)).level).toBe("patch");
  });

  it("counts the rows of the optional tables: an assessment added is minor, a unit in use removed major", () => {
    const tables = tinyTables();
    const assessment = {
      event_id: "e-oct",
      metric: "persons_returned",
      low: 200,
      best: 300,
      high: 600,
      claim_ids: ["c-1"],
      rationale: "r",
      assessed_by: "m",
      assessed_on: "2024-02-01",
      assessed_on_precision: "day",
    } as Tables["assessments"][number];
    const assessed = { ...tables, assessments: [assessment] };
    expect(bump(side([], tables), side([], assessed))).toEqual({
      level: "minor",
      reasons: ["assessments: 1 row added"],
    });
    // Nothing names an assessment: taking one back is a correction.
    expect(bump(side([], assessed), side([], tables))).toEqual({
      level: "patch",
      reasons: ["assessments: 1 row removed that nothing named (e-oct / persons_returned)"],
    });
    const without = (unit: string) => ({ ...tables, units: tables.units.filter((u) => u.unit !== unit) });
    expect(bump(side([], tables), side([], without("persons"))).reasons).toEqual([
      "units: 1 row removed that other rows named (persons)",
    ]);
    expect(bump(side([], tables), side([], without("months"))).level).toBe("patch");
  });

  it("calls the shipped 1.1.0 major over 1.0.0: it added columns between others (an erratum in data/CHANGELOG.md)", async () => {
    const dataDir = defaultDataDir();
    const [old, now] = await Promise.all([
      loadRelease("1.0.0", { dataDir }),
      loadRelease("1.1.0", { dataDir }),
    ]);
    const required = requiredBump(
      old.descriptor!,
      now.descriptor!,
      diffReleases(old.tables, now.tables),
      old.tables,
    );
    expect(required.level).toBe("major");
    expect(required.reasons).toContain("claims.csv adds the field reported_via");
    expect(required.reasons).toContain("metrics.csv adds the field label");
    // Its vocabularies became files with the built-in rows: neither rows removed nor enums narrowed.
    expect(required.reasons.filter((r) => /categories|units|narrows/.test(r))).toEqual([]);
    expect(bumpRefusal(["1.0.0"], "1.1.0", required)).toMatch(/so cut 2\.0\.0 or later$/);
  });

  it.each(ALL_TABLE_NAMES)(
    "reads the Table Schema Tally writes for %s as no change against itself",
    (table) => {
      const r = { ...resource(table, []), schema: tableSchemaOf(table) };
      expect(bump(side([r]), side([r]))).toEqual({ level: "patch", reasons: [] });
    },
  );
});

describe("bumpOf and bumpRefusal", () => {
  it.each([
    [["1.0.0"], "1.0.1", "1.0.0", "patch"],
    [["1.0.0"], "1.1.0", "1.0.0", "minor"],
    [["1.0.0"], "2.0.0", "1.0.0", "major"],
    [["1.0.0"], "2.0.0-rc.1", "1.0.0", "major"],
    [["1.0.0"], "1.1.0-rc.1", "1.0.0", "minor"],
    // Between pre-releases of one version, the step is still the one from the last full release.
    [["1.1.0", "2.0.0-rc.1"], "2.0.0-rc.2", "1.1.0", "major"],
    [["1.1.0", "2.0.0-rc.1"], "2.0.0", "1.1.0", "major"],
    [["0.1.0-alpha.1"], "0.1.0-alpha.2", "0.1.0-alpha.1", "patch"],
  ] as const)("%j to %s is a step from %s of level %s", (releases, version, from, level) => {
    expect(bumpOf(releases, version)).toEqual({ from, level });
  });

  it("lets a larger step than needed through and names the smallest that will do", () => {
    expect(bumpRefusal(["1.0.0"], "2.0.0", { level: "minor", reasons: ["x"] })).toBeNull();
    expect(bumpRefusal(["1.0.0"], "1.1.0", { level: "minor", reasons: ["x"] })).toBeNull();
    expect(bumpRefusal(["1.1.0", "2.0.0-rc.1"], "2.0.0-rc.2", { level: "major", reasons: ["x"] })).toBeNull();
    expect(bumpRefusal(["1.2.3"], "1.2.4", { level: "minor", reasons: ["x"] })).toBe(
      "1.2.4 is a patch release over 1.2.3, but x: a minor change by the Data Package Version recipe that readers of the package rely on, so cut 1.3.0 or later",
    );
  });
});
