import { existsSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./paths.js";
import { benchRecordSchema } from "./report/benchRecord.js";
import { runBench } from "./runBench.js";

const repoReport = join(REPO_ROOT, "BENCHMARKS.md");
const before = existsSync(repoReport) ? statSync(repoReport).mtimeMs : null;
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

// Smoke run of every benchmark part at 10k claims, so the suite cannot rot: counts and shape only.
describe("pnpm bench at 10k claims", () => {
  it("measures each part, finds exactly the planted counts and writes a well-formed record", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "tally-bench-out-"));
    const dataRoot = await mkdtemp(join(tmpdir(), "tally-bench-data-"));
    dirs.push(outDir, dataRoot);
    const record = await runBench({
      sizes: [10_000],
      seed: 1,
      runs: 1,
      parts: ["validator", "browser", "bundle"],
      outDir,
      dataRoot,
      command: "smoke",
      profile: false,
      log: () => {},
    });
    expect(record.failures).toEqual([]);
    const written = benchRecordSchema.parse(
      JSON.parse(await readFile(join(outDir, "BENCHMARKS.json"), "utf8")),
    );
    expect(written.measurements.length).toBe(record.measurements.length);
    const names = written.measurements.filter((m) => m.size === "10k").map((m) => m.name);
    expect(names).toContain("validator: whole process wall time");
    expect(names).toContain("conflict rule alone, data loaded");
    for (const m of written.measurements) {
      expect(m.min).toBeLessThanOrEqual(m.median);
      expect(m.median).toBeLessThanOrEqual(m.max);
    }
    const rule = written.measurements.find((m) => m.name === "conflict rule alone, data loaded")!;
    expect(rule.reference?.name).toMatch(/DuckDB/);
    // Parts that cannot run here say why instead of printing a number.
    const dist = existsSync(join(REPO_ROOT, "apps/dashboard/dist/index.html"));
    const bundle = [...written.measurements, ...written.notMeasured].filter((m) => m.part === "bundle");
    expect(bundle.length).toBeGreaterThan(0);
    if (!dist) expect(written.notMeasured.some((n) => n.part === "bundle")).toBe(true);
    // The browser parts run on a release cut and built from the generated 10k dataset.
    const browser = [...written.measurements, ...written.notMeasured].filter(
      (m) => m.part === "browser-warm" && m.size === "10k",
    );
    expect(browser.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        "browser warm: discrepancy query (DuckDB-WASM)",
        "browser warm: filter change (DuckDB-WASM)",
      ]),
    );
    if (dist && existsSync("/usr/bin/chromium")) {
      const warm = written.measurements.find(
        (m) => m.name === "browser warm: discrepancy query (DuckDB-WASM)",
      );
      expect(warm?.note).toMatch(/DuckDB-WASM (mvp|eh) bundle/);
    }
    const markdown = await readFile(join(outDir, "BENCHMARKS.md"), "utf8");
    expect(markdown).toContain("| validator: whole process wall time | 10k |");
    expect(markdown).toContain("exactly the expected counts");
    // Other work on the machine shows in the record, beside the timings it slowed.
    expect(written.load.start).toBeGreaterThanOrEqual(0);
    expect(markdown).toContain(
      `- Load: 1-minute load average ${written.load.start.toFixed(2)} at the start, ${written.load.end.toFixed(2)} at the end`,
    );
    expect(existsSync(repoReport) ? statSync(repoReport).mtimeMs : null).toBe(before);
  });
});
