import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "./__fixtures__/dataset.js";
import { releaseFindingsSchema } from "./finding.js";
import { focusGroup, writeReleaseFindings } from "./releaseFindings.js";
import { buildReport } from "./report.js";
import { RULES } from "./rules/index.js";
import { datasetLabel, validate } from "./validate.js";

const out = mkdtempSync(join(tmpdir(), "tally-findings-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const release = makeDataset(
  {
    sources: [source("s1"), source("s2", { outlet: "NK Insider" })],
    events: [event("e1"), event("e2")],
    claims: [
      claim("a", "about", "200", "200"),
      claim("b", "between", "200", "300", { attributed_to: "a source in China" }),
      claim("c", "about", "600", "600", { source_id: "s2", attributed_to: "Joo" }),
      claim("d", "exact", "10", "10", { event_id: "e2" }),
      claim("e", "exact", "40", "40", { event_id: "e2", source_id: "s2" }),
    ],
  },
  { kind: "release", path: "data/releases/1.0.0" },
);

describe("writeReleaseFindings", () => {
  it("writes findings.json with the report, the verdicts and whether a corpus was used", async () => {
    const { groups } = await writeReleaseFindings(release, out, { tolerance: 0.1 });
    const written = releaseFindingsSchema.parse(JSON.parse(readFileSync(join(out, "findings.json"), "utf8")));
    expect(written).toMatchObject({
      corpus_used: false,
      tolerance: 0.1,
      datasets: [{ name: "test", version: "1.0.0" }],
    });
    expect(written.groups).toEqual(groups);
    expect(written.findings.every((f) => f.dataset === "test@1.0.0")).toBe(true);
    // One warning per conflicting group (two groups here), not one per pair.
    expect(written.summary.warnings).toBe(2);
    expect(groups.map((g) => g.verdict)).toEqual(["conflict", "conflict"]);
    const withCorpus = await writeReleaseFindings(release, out, { corpus: new Map() });
    expect(withCorpus.groups).toEqual(groups);
    expect(JSON.parse(readFileSync(join(out, "findings.json"), "utf8")).corpus_used).toBe(true);
  });

  it("streams byte for byte what stringifying the whole parsed content wrote", async () => {
    // Enough groups and findings to span several of the writer's batches of each.
    const many = makeDataset(
      {
        events: Array.from({ length: 1100 }, (_, i) => event(`e${i}`)),
        claims: Array.from({ length: 1100 }, (_, i) =>
          claim(`c${i}`, "about", String(100 + i), String(100 + i), { event_id: `e${i}` }),
        ),
      },
      { kind: "release", path: "data/releases/1.0.0" },
    );
    for (const dataset of [release, many, makeDataset({}, { kind: "release" })]) {
      await writeReleaseFindings(dataset, out, { tolerance: 0.1 });
      const text = readFileSync(join(out, "findings.json"), "utf8");
      const { findings, groups } = validate(dataset, { tolerance: 0.1 });
      const report = buildReport([
        { ref: dataset.ref, label: datasetLabel(dataset), findings, rules: RULES.map((r) => r.id) },
      ]);
      const content = releaseFindingsSchema.parse({
        ...report,
        generated: JSON.parse(text).generated,
        corpus_used: false,
        tolerance: 0.1,
        groups,
      });
      expect(text).toBe(`${JSON.stringify(content, null, 2)}\n`);
    }
  });

  it("picks the conflict with the widest gap as the dashboard's focus", async () => {
    const { groups } = await writeReleaseFindings(release, out);
    // e2: 40 / 10 = 4 is wider than e1's 540 / 220.
    expect(focusGroup(groups)).toMatchObject({ event_id: "e2", metric: "persons" });
    expect(focusGroup(groups.filter((g) => g.event_id === "e1"))).toMatchObject({ event_id: "e1" });
    expect(focusGroup([])).toBeNull();
  });
});
