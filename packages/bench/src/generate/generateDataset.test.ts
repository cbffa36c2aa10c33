import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  claimSchema,
  dataPackageSchema,
  eventSchema,
  readFigure,
  sourceSchema,
  TABLES,
} from "@tally/dataset";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimGroups, groupFacts, interval } from "../bruteForceConflicts.js";
import { DATASET_PROFILES } from "../datasetProfile.js";
import { pairsByRule } from "../expected.js";
import { REPO_ROOT } from "../paths.js";
import { generateDataset } from "./generateDataset.js";

const FILES = Object.values(TABLES).map((t) => t.file);
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "tally-bench-gen-"));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const sha = async (path: string) =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
const rowsOf = async (dir: string, file: string): Promise<string[][]> =>
  parse(await readFile(join(dir, file), "utf8"), { relax_column_count: true });

describe.each(DATASET_PROFILES)("generateDataset, %s profile", (profile) => {
  let dir: string;
  let expected: Awaited<ReturnType<typeof generateDataset>>;
  beforeAll(async () => {
    dir = await tempDir();
    expected = await generateDataset({ claims: 3000, seed: 7, out: dir, profile });
  });

  it("writes the same bytes for the same seed and different bytes for another seed", async () => {
    const again = await tempDir();
    await generateDataset({ claims: 3000, seed: 7, out: again, profile });
    const other = await tempDir();
    await generateDataset({ claims: 3000, seed: 8, out: other, profile });
    for (const file of [...FILES, "datapackage.json", "expected.json"]) {
      expect(await sha(join(again, file)), file).toBe(await sha(join(dir, file)));
    }
    expect(await sha(join(other, "claims.csv"))).not.toBe(await sha(join(dir, "claims.csv")));
  });

  it("uses exactly the headers of the shipped data/", async () => {
    for (const file of FILES) {
      const shipped = (await readFile(join(REPO_ROOT, "data", file), "utf8")).split("\n")[0];
      const generated = (await readFile(join(dir, file), "utf8")).split("\n")[0];
      expect(generated, file).toBe(shipped);
    }
  });

  it("writes exactly the requested number of claim rows and a descriptor whose hashes are right", async () => {
    expect((await rowsOf(dir, "claims.csv")).length - 1).toBe(3000);
    expect(expected.rows.claims).toBe(3000);
    const descriptor = dataPackageSchema.parse(
      JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")),
    );
    for (const resource of descriptor.resources) {
      const bytes = await readFile(join(dir, resource.path));
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      expect(resource.bytes).toBe(bytes.length);
    }
  });

  it("plants exactly the expected conflicting pairs, groups and readings among the well-formed claims", async () => {
    const groups = await claimGroups(dir, expected.tolerance);
    let pairs = 0;
    let conflictGroups = 0;
    let spanning = 0;
    const readings: Record<string, number> = {};
    let largest = 0;
    for (const list of groups.values()) {
      const facts = groupFacts(list);
      pairs += facts.pairs;
      spanning += facts.spanning;
      largest = Math.max(largest, list.length);
      if (facts.pairs > 0) conflictGroups++;
      // Two or more readings exactly when some pair is disjoint (Helly: pairwise meeting intervals share a point).
      expect(facts.readings >= 2, `${facts.pairs} pairs, ${facts.readings} readings`).toBe(facts.pairs > 0);
      if (facts.readings >= 2) readings[facts.readings] = (readings[facts.readings] ?? 0) + 1;
    }
    expect(expected.profile).toBe(profile);
    expect(expected.conflicts.pairs).toBeGreaterThan(100);
    expect(expected.conflicts.touchingPairs).toBeGreaterThan(0);
    expect(pairs).toBe(expected.conflicts.pairs);
    expect(groups.size).toBe(expected.groups);
    expect(conflictGroups).toBe(expected.conflicts.groups);
    expect(readings).toEqual(expected.conflicts.readings);
    expect(Object.keys(readings).sort()).toEqual(["2", "3"]);
    expect(spanning).toBe(expected.conflicts.spanning);
    // One warning per conflicting group; one per pair under --pairs.
    expect(expected.findings.warnings).toBe(conflictGroups);
    expect(expected.byRule.conflicts!.warning).toBe(conflictGroups);
    expect(pairsByRule(expected).conflicts!.warning).toBe(pairs);
    if (profile === "dense") {
      // Shaped like real reporting: some groups far larger than the rest, many pairs per claim.
      expect(largest).toBeGreaterThanOrEqual(60);
      expect(pairs / expected.rows.claims).toBeGreaterThan(1);
    } else expect(largest).toBeLessThanOrEqual(7);
  });

  it("gives every share a count of its own event as base, whose implied count fits its group", async () => {
    const [header, ...cells] = await rowsOf(dir, "claims.csv");
    const claims = cells
      .filter((r) => r.length === header!.length)
      .map((r) => claimSchema.safeParse(Object.fromEntries(header!.map((h, k) => [h, r[k]]))))
      .flatMap((p) => (p.success ? [p.data] : []));
    const [metricHeader, ...metricRows] = await rowsOf(dir, "metrics.csv");
    const kindOf = new Map(
      metricRows.map((m) => [m[metricHeader!.indexOf("metric")]!, m[metricHeader!.indexOf("kind")]!]),
    );
    const byId = new Map<string, (typeof claims)[number]>();
    for (const c of claims) if (!byId.has(c.claim_id)) byId.set(c.claim_id, c);
    const t = expected.tolerance;
    const at = (c: (typeof claims)[number]) => interval(c.qualifier, c.value_low, c.value_high, t);
    let implied = 0;
    let unfit = 0;
    for (const c of claims) {
      const kind = kindOf.get(c.metric);
      if (kind !== "share") {
        if (kind === "count") expect(c.base_claim_id, c.claim_id).toBeNull();
        continue;
      }
      const base = byId.get(c.base_claim_id ?? "");
      expect(base, `base of ${c.claim_id}`).toBeDefined();
      expect(kindOf.get(base!.metric)).toBe("count");
      expect(base!.event_id).toBe(c.event_id);
      const share = at(c);
      // A share outside 0–100 percent (the planted broken row) implies nothing.
      if (share.lo > 100) continue;
      implied++;
      const whole = at(base!);
      const low = (Math.max(0, share.lo) / 100) * Math.max(0, whole.lo);
      const lowOpen = share.loOpen || whole.loOpen;
      for (const other of claims)
        if (other !== base && other.event_id === base!.event_id && other.metric === base!.metric) {
          const o = at(other);
          if (o.hi < low || (o.hi === low && (o.hiOpen || lowOpen))) unfit++;
        }
    }
    expect(implied).toBeGreaterThan(10);
    expect(expected.byRule["implied-counts"]).toEqual({ error: 0, warning: unfit, info: implied });
    expect(unfit).toBe(0);
  });

  it("plants each broken row kind as one row that breaks one rule", async () => {
    const records = async (file: string) => {
      const [header, ...rows] = await rowsOf(dir, file);
      return { header: header!, rows };
    };
    const claims = await records("claims.csv");
    const events = await records("events.csv");
    const sources = await records("sources.csv");
    const metrics = await records("metrics.csv");
    const asObject = (header: string[], cells: string[]) =>
      Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    const failing = (
      t: { header: string[]; rows: string[][] },
      schema: typeof claimSchema | typeof eventSchema | typeof sourceSchema,
    ) =>
      t.rows.filter((r) => r.length === t.header.length && !schema.safeParse(asObject(t.header, r)).success);

    expect(claims.rows.filter((r) => r.length !== claims.header.length)).toHaveLength(
      expected.broken.extra_column!.count,
    );
    const badClaims = failing(claims, claimSchema);
    const schemaKinds = ["value_low_above_high", "impossible_as_of", "bounds_for_qualifier", "not_a_number"];
    expect(badClaims).toHaveLength(schemaKinds.reduce((n, k) => n + expected.broken[k]!.count, 0));
    expect(failing(events, eventSchema)).toHaveLength(expected.broken.event_impossible_date!.count);
    expect(failing(sources, sourceSchema)).toHaveLength(expected.broken.source_bad_url!.count);

    const col = (t: { header: string[] }, name: string) => t.header.indexOf(name);
    const known = (t: { header: string[]; rows: string[][] }, name: string) =>
      new Set(t.rows.map((r) => r[col(t, name)]));
    const eventIds = known(events, "event_id");
    const sourceIds = known(sources, "source_id");
    const metricIds = known(metrics, "metric");
    const good = claims.rows.filter((r) => r.length === claims.header.length && !badClaims.includes(r));
    const count = (test: (r: string[]) => boolean) => good.filter(test).length;
    expect(count((r) => !metricIds.has(r[col(claims, "metric")]))).toBe(
      expected.broken.unknown_metric!.count,
    );
    expect(count((r) => !eventIds.has(r[col(claims, "event_id")]))).toBe(
      expected.broken.unknown_event!.count,
    );
    expect(count((r) => !sourceIds.has(r[col(claims, "source_id")]))).toBe(
      expected.broken.unknown_source!.count,
    );
    const low = (r: string[]) => Number(r[col(claims, "value_low")]);
    const percent = (r: string[]) => r[col(claims, "metric")]!.endsWith("_share");
    expect(count((r) => !percent(r) && low(r) < 0)).toBe(expected.broken.negative_count!.count);
    expect(
      count(
        (r) => !percent(r) && r[col(claims, "metric")]!.endsWith("_persons") && !Number.isInteger(low(r)),
      ),
    ).toBe(expected.broken.fractional_count!.count);
    expect(count((r) => percent(r) && low(r) > 100)).toBe(expected.broken.percent_over_100!.count);
    const ids = claims.rows.map((r) => r[0]);
    expect(ids.length - new Set(ids).size).toBe(expected.broken.duplicate_claim_id!.count);

    // Every other claim is dated at or before its source's publication.
    const published = new Map(sources.rows.map((r) => [r[0], r[col(sources, "published")]!]));
    const eventStart = new Map(events.rows.map((r) => [r[0], r[col(events, "date")]!]));
    const late = good.filter((r) => {
      const start = eventStart.get(r[col(claims, "event_id")]!);
      const pub = published.get(r[col(claims, "source_id")]!);
      return start !== undefined && pub !== undefined && start.padEnd(10, "-01").slice(0, 10) > pub;
    });
    expect(late).toHaveLength(expected.broken.event_after_publication!.count);
    // A claim whose figure_text does not state its figure is a provenance error, corpus or not:
    // only the negative counts' words ("at least -5", read as 5) cannot.
    const misread = good.filter((r) => {
      const reading = readFigure(r[col(claims, "figure_text")]!);
      const upper = ["at_most", "fewer_than"].includes(r[col(claims, "qualifier")]!);
      const stated = r[col(claims, upper ? "value_high" : "value_low")];
      return reading === null || !reading.values.includes(Number(stated));
    });
    expect(misread).toHaveLength(expected.broken.negative_count!.count);
    expect(expected.byRule.provenance!.error).toBe(misread.length);
    const totalPlanted = Object.values(expected.broken).reduce((n, b) => n + b.count, 0);
    expect(expected.findings.errors).toBe(totalPlanted + misread.length);
  });
});
