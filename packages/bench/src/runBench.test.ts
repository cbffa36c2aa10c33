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

// Smoke run of every benchmark part at 10k claims, both dataset profiles, so the suite cannot rot:
// counts and shape only.
describe("pnpm bench at 10k claims", () => {
  it("measures each part, finds exactly the planted counts and writes a well-formed record", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "tally-bench-out-"));
    const dataRoot = await mkdtemp(join(tmpdir(), "tally-bench-data-"));
    dirs.push(outDir, dataRoot);
    const record = await runBench({
      sizes: [10_000],
      profiles: ["standard", "dense"],
      seed: 1,
      runs: 1,
      parts: ["validator", "browser", "bundle"],
      outDir,
      dataRoot,
      command: "smoke",
      profileWhenMissed: false,
      log: () => {},
    });
    expect(record.failures).toEqual([]);
    const written = benchRecordSchema.parse(
      JSON.parse(await readFile(join(outDir, "BENCHMARKS.json"), "utf8")),
    );
    expect(written.measurements.length).toBe(record.measurements.length);
    expect(written.datasets.map((d) => `${d.profile} ${d.size}`)).toEqual(["standard 10k", "dense 10k"]);
    const dense = written.datasets.find((d) => d.profile === "dense")!;
    expect(dense.pairs).toBeGreaterThan(dense.conflictingGroups);
    for (const profile of ["standard", "dense"] as const) {
      const names = written.measurements
        .filter((m) => m.size === "10k" && m.profile === profile)
        .map((m) => m.name);
      // Both report formats, each against the same reference run beside it; the older --pairs
      // output once; the rule alone.
      expect(names).toEqual(
        expect.arrayContaining([
          "validator: whole process wall time (--format json)",
          "validator: whole process peak RSS (--format json)",
          "validator: whole process wall time (--format text)",
          "validator: whole process peak RSS (--format text)",
          "validator --pairs (a warning per conflicting pair): whole process wall time (--format json)",
          "conflict rule alone, data loaded",
        ]),
      );
    }
    const wall = written.measurements.find(
      (m) => m.profile === "dense" && m.name === "validator: whole process wall time (--format text)",
    )!;
    expect(wall.reference?.name).toMatch(/find conflicting groups/);
    expect(wall.target).toMatchObject({ on: "ratio", max: 2 });
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
    // The browser parts run on a release cut and built from the generated 10k dataset. A part that
    // stopped is recorded with why: asserted first, so that a failure says why, not only that the
    // warm measurements are missing (a CI run under load failed with "expected [] to equal …").
    expect(written.notMeasured.filter((n) => n.name === "browser: cold and warm paths")).toEqual([]);
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
      // The bundle note speaks of the size measured (it claimed 1M of a 10k run).
      const bundleNote = written.notes.find((n) => n.text.includes("coi bundle"))?.text;
      expect(bundleNote).toMatch(/the warm queries at 10k, single-threaded, (meet their targets|do not all)/);
      expect(bundleNote).not.toContain("1M");
    }
    const markdown = await readFile(join(outDir, "BENCHMARKS.md"), "utf8");
    expect(markdown).toContain("| validator: whole process wall time (--format text) | dense | 10k |");
    expect(markdown).toContain("| dense | 10k | 10000 |");
    expect(markdown).toContain("exactly the expected counts");
    // Other work on the machine shows in the record, beside the timings it slowed.
    expect(written.load.start).toBeGreaterThanOrEqual(0);
    expect(markdown).toContain(
      `- Load: 1-minute load average ${written.load.start.toFixed(2)} at the start, ${written.load.end.toFixed(2)} at the end`,
    );
    expect(existsSync(repoReport) ? statSync(repoReport).mtimeMs : null).toBe(before);
    // Two profiles, two formats, --pairs and the browser: 261 s on this 2-core machine at a load
    // average of 9 (others' builds and tests), next to the package's 300 s default.
  }, 900_000);
});
