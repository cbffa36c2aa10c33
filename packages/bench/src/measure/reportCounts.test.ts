import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatasetRun, type Finding, formatReport } from "@tally/validation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countReport } from "./reportCounts.js";
import { countTextReport } from "./textReportCounts.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-bench-counts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A report of 6,000 findings, as the validator's own formatters print it: over 1 MB, so conflict
 * warnings (some of 120 claims, 10 KB each) straddle the counter's 1 MB reads.
 */
function run(): DatasetRun {
  const findings: Finding[] = [];
  const base = { dataset: "d", message: 'a "quoted" "rule": "x" message', file: "claims.csv" };
  for (let i = 0; i < 6000; i++) {
    if (i % 3 === 0) {
      const size = i % 300 === 0 ? 120 : 4;
      const ids = Array.from({ length: size }, (_, k) => `c${i}-${k}`);
      const readings = (i / 3) % 5 === 0 ? 3 : 2;
      findings.push({
        ...base,
        rule: "conflicts",
        severity: "warning",
        claim_ids: ids,
        details: {
          readings: Array.from({ length: readings }, (_, r) => ({
            low: r,
            high: r,
            low_open: false,
            high_open: false,
            claim_ids: ids.slice(r),
            origins: 1,
            pairs: 99,
          })),
          spanning: i % 600 === 0 ? [ids[0]] : [],
          pairs: size - 1,
        },
      });
    } else
      findings.push({
        ...base,
        rule: i % 3 === 1 ? "conflicts" : "integrity",
        severity: i % 3 === 1 ? "info" : "error",
      });
  }
  const ref = { name: "d", version: "working", path: "d", kind: "working" as const };
  return { ref, label: "d", findings, rules: ["conflicts", "integrity"] };
}

describe("counting a report", () => {
  it("reads counts, the summary and the conflict warnings' details from a JSON report", async () => {
    const path = join(dir, "report.json");
    await writeFile(path, formatReport([run()], "json"));
    expect((await stat(path)).size).toBeGreaterThan(2 << 20);
    const counts = await countReport(path);
    expect(counts.byRule).toEqual({
      conflicts: { error: 0, warning: 2000, info: 2000 },
      integrity: { error: 2000, warning: 0, info: 0 },
    });
    expect(counts.summary).toEqual({ errors: 2000, warnings: 2000, infos: 2000 });
    // 20 warnings of 120 claims (119 pairs each), 1,980 of 4 (3 each); details.pairs at the top of
    // details only, not the readings' own keys.
    expect(counts.conflicts).toEqual({
      pairs: 20 * 119 + 1980 * 3,
      readings: { "2": 1600, "3": 400 },
      spanning: 10,
      incomplete: 0,
    });
    expect((await countReport(path, { pairs: true })).conflicts).toBeNull();
  });

  it("reads counts and the closing totals line from a text report", async () => {
    const path = join(dir, "report.txt");
    await writeFile(path, formatReport([run()], "text"));
    const counts = await countTextReport(path);
    expect(counts.byRule).toEqual({
      conflicts: { error: 0, warning: 2000, info: 2000 },
      integrity: { error: 2000, warning: 0, info: 0 },
    });
    expect(counts.summary).toEqual({ errors: 2000, warnings: 2000, infos: 2000 });
    expect(counts.conflicts).toBeNull();
  });
});
