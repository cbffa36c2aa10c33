import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./problemText.js";
import { listReleases } from "./release/listReleases.js";
import { loadRelease, loadWorkingCopy } from "./release/loadRelease.js";
import { verifyRelease } from "./release/verifyRelease.js";
import { TABLE_NAMES } from "./schema/tables.js";

/** The repository's own data/: what ships, checked as it is, whatever it holds. */
const DATA = fileURLToPath(new URL("../../../data", import.meta.url));

describe("the shipped data in data/", () => {
  it("the working copy loads with zero problems", async () => {
    const loaded = await loadWorkingCopy({ dataDir: DATA });
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    for (const table of TABLE_NAMES) expect(loaded.tables[table].length, table).toBeGreaterThan(0);
  });

  it("the working copy gives every metric a label and every event a short title", async () => {
    const { tables } = await loadWorkingCopy({ dataDir: DATA });
    expect(tables.metrics.filter((m) => m.label === null).map((m) => m.metric)).toEqual([]);
    expect(tables.events.filter((e) => e.short_title === null).map((e) => e.event_id)).toEqual([]);
  });

  it("the working copy marks the titles the texts do not print, and no reprint's original date it cannot read", async () => {
    const { tables } = await loadWorkingCopy({ dataDir: DATA });
    // Daily NK's two articles print no headline: theirs come from the seeds' index.
    expect(tables.sources.filter((s) => s.title_inferred).map((s) => s.source_id)).toEqual([
      "dailynk-2023-10-holding-centers",
      "dailynk-2024-04-small-scale",
    ]);
    const reprint = tables.sources.find((s) => s.via !== null)!;
    // The reprint prints its own date; Radio Free Asia's original date is not printed.
    expect([reprint.published, reprint.published_inferred, reprint.original_published]).toEqual([
      "2019-08-08",
      false,
      null,
    ]);
  });

  it("release 1.0.0, cut before the chain, title and original-date columns, reads them as empty", async () => {
    const { tables } = await loadRelease("1.0.0", { dataDir: DATA });
    expect(tables.claims.every((c) => c.reported_via.length === 0)).toBe(true);
    expect(tables.sources.every((s) => !s.title_inferred && s.original_published === null)).toBe(true);
  });

  it("release 1.0.0, cut before labels, loads with none", async () => {
    const { tables, problems } = await loadRelease("1.0.0", { dataDir: DATA });
    expect(problems).toEqual([]);
    expect(tables.metrics.map((m) => m.label)).toEqual(tables.metrics.map(() => null));
    expect(tables.events.map((e) => e.short_title)).toEqual(tables.events.map(() => null));
  });

  it("every folder in data/releases is a release that loads with zero problems and matches its manifest", async () => {
    const dir = join(DATA, "releases");
    const folders = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && !e.name.startsWith("."))
          .map((e) => e.name)
      : [];
    const versions = await listReleases(DATA);
    // No folder is silently passed over: each one must be a version listReleases returns.
    expect(versions).toEqual([...folders].sort(semver.compare));
    for (const version of versions) {
      expect(await verifyRelease(join(dir, version)), version).toEqual([]);
      const loaded = await loadRelease(version, { dataDir: DATA });
      expect(loaded.problems.map(formatProblem), version).toEqual([]);
      expect(loaded.descriptor?.version).toBe(version);
      expect(loaded.tables.claims.length, version).toBeGreaterThan(0);
    }
  });
});
