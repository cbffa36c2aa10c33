import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseSummarySchema } from "../schema/artifacts.js";
import { sampleRelease } from "./__fixtures__/sampleTables.js";
import { releaseSummaryOf, writeSummary } from "./summary.js";

const FILES = { claims: "claims.arrows", sources: "sources.arrows" };
const FOCUS = {
  event_id: "e-return",
  metric: "persons_returned",
  verdict: "conflict" as const,
  claim_ids: ["c1", "c2", "c3"],
  origins: 2,
  readings: [
    { low: 200, high: 220, low_open: false, high_open: false, claim_ids: ["c1", "c3"], origins: 1 },
    { low: 540, high: 660, low_open: false, high_open: false, claim_ids: ["c2"], origins: 1 },
  ],
  spanning: [],
  envelope: { low: 200, high: 660 },
  most_corroborated: [0, 1],
  pairs: 2,
  max_gap_ratio: 2.45,
  band: "high" as const,
};
const VALIDATION = { summary: { errors: 0, warnings: 1, infos: 4 }, corpus_used: false, tolerance: 0.1 };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-summary-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeSummary", () => {
  it("writes summary.json with counts, files, focus and only the focus group's claims", async () => {
    const written = await writeSummary(sampleRelease(dir), dir, {
      focus: FOCUS,
      files: FILES,
      validation: VALIDATION,
    });
    const onDisk = releaseSummarySchema.parse(JSON.parse(await readFile(join(dir, "summary.json"), "utf8")));
    expect(onDisk).toEqual(written);
    expect(onDisk).toMatchObject({
      name: "sample",
      title: "Synthetic sample",
      version: "1.2.0",
      created: "2024-02-01",
      counts: { sources: 2, events: 2, metrics: 2, claims: 6 },
      files: FILES,
      focus: FOCUS,
      validation: VALIDATION,
      // Not told what the release's manifest says: unknown, not "unverified".
      quotes_verified: null,
    });
    const verified = await writeSummary(sampleRelease(dir), dir, {
      focus: FOCUS,
      files: FILES,
      quotes_verified: true,
    });
    expect(verified.quotes_verified).toBe(true);
    // c4 shares the event but is a share_women claim: not in the group.
    expect(onDisk.focus_claims.map((c) => c.claim_id)).toEqual(["c1", "c2", "c3"]);
    expect(onDisk.focus_claims[1]).toMatchObject({
      outlet: "Example Monitor",
      figure_text: "approximately 600",
    });
  });

  it("reads a summary written before labels, filling the words as a release without labels has them", async () => {
    const written = await writeSummary(sampleRelease(dir), dir, { focus: FOCUS, files: FILES });
    const old = JSON.parse(JSON.stringify(written));
    for (const c of old.focus_claims) {
      delete c.event_short_title;
      delete c.metric_label;
    }
    const read = releaseSummarySchema.parse(old);
    expect(read.focus_claims[0]).toMatchObject({
      event_short_title: written.focus_claims[0]!.event_title,
      metric_label: "Persons returned",
    });
  });

  it("holds no claims when there is no focus", () => {
    const summary = releaseSummaryOf(sampleRelease(dir), { focus: null, files: FILES });
    expect(summary.focus).toBeNull();
    expect(summary.validation).toBeNull();
    expect(summary.focus_claims).toEqual([]);
  });

  it("refuses a release whose descriptor has no created date, naming the file", () => {
    const release = { ...sampleRelease(dir), descriptor: null };
    expect(() => releaseSummaryOf(release, { focus: null, files: FILES })).toThrow(
      `${join(dir, "datapackage.json")}: no "created" date`,
    );
  });
});
