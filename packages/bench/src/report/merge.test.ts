import { describe, expect, it } from "vitest";
import type { BenchRecord, Measurement } from "./benchRecord.js";
import { benchmarksMarkdown } from "./markdown.js";
import { BROWSER_NOTE, mergeRecords } from "./merge.js";

const figure = (name: string, part: Measurement["part"], median: number): Measurement => ({
  name,
  part,
  profile: part === "validator" ? "dense" : null,
  size: part === "validator" ? "1m" : "shipped",
  claims: null,
  median,
  min: median,
  max: median,
  runs: 3,
  unit: "ms",
  target: null,
  reference: null,
  ratio: null,
  status: "no target",
});

const record = (over: Partial<BenchRecord>): BenchRecord => ({
  command: "pnpm bench",
  date: "2026-11-28T10:00:00.000Z",
  machine: { cpus: 2, model: "AMD EPYC", memoryGb: 23.5, node: "v20.20.2" },
  load: { start: 1, end: 2 },
  seed: 1,
  datasets: [],
  measurements: [],
  notMeasured: [],
  failures: [],
  notes: [],
  ...over,
});

const validatorRun = record({
  command: "pnpm bench --sizes 1m --parts validator",
  date: "2026-11-28T10:00:00.000Z",
  load: { start: 6.9, end: 1.7 },
  datasets: [
    {
      profile: "dense",
      size: "1m",
      claims: 1_000_000,
      groups: 10,
      conflictingGroups: 2,
      readings: { "2": 2 },
      pairs: 5,
    },
  ],
  measurements: [figure("validator json", "validator", 9000), figure("first chart", "browser-cold", 1800)],
  notMeasured: [{ name: "bundle size", part: "bundle", profile: null, size: "—", reason: "no dist" }],
  failures: ["dense 1m: 1 conflict too many"],
  notes: [
    { title: "Profile of the 1M validator run", text: "…" },
    { title: BROWSER_NOTE, text: "old bundle note" },
  ],
});

const browserRun = record({
  command: "pnpm bench --parts browser,bundle --sizes 10k --merge",
  date: "2026-11-28T19:00:00.000Z",
  measurements: [figure("first chart", "browser-cold", 900), figure("initial JS", "bundle", 226)],
  notes: [{ title: BROWSER_NOTE, text: "eh bundle" }],
});

describe("mergeRecords", () => {
  const merged = mergeRecords(validatorRun, browserRun, ["browser", "bundle"]);

  it("keeps the figures of the parts not run, marked with the run that measured them", () => {
    expect(merged.command).toBe(browserRun.command);
    expect(merged.measurements.map((m) => [m.name, m.median, m.run?.command ?? null])).toEqual([
      ["first chart", 900, null],
      ["initial JS", 226, null],
      ["validator json", 9000, validatorRun.command],
    ]);
    expect(merged.measurements[2]!.run).toEqual({
      command: validatorRun.command,
      date: validatorRun.date,
      load: { start: 6.9, end: 1.7 },
    });
    // The bundle part was run now: the earlier run's "not measured" for it is gone.
    expect(merged.notMeasured).toEqual([]);
  });

  it("keeps the kept part's datasets, count failures and notes, and the new run's note of its own part", () => {
    expect(merged.datasets).toEqual(validatorRun.datasets);
    expect(merged.failures).toEqual(validatorRun.failures);
    expect(merged.notes).toEqual([
      { title: BROWSER_NOTE, text: "eh bundle" },
      { title: "Profile of the 1M validator run", text: "…" },
    ]);
  });

  it("keeps the validator's other profiles when a run measured one of them", () => {
    const at = (profile: "standard" | "dense", median: number): Measurement => ({
      ...figure(`validator json`, "validator", median),
      profile,
    });
    const dataset = (profile: "standard" | "dense", groups: number) => ({
      ...validatorRun.datasets[0]!,
      profile,
      groups,
    });
    const both = record({
      command: "pnpm bench --sizes 1m --parts validator",
      datasets: [dataset("standard", 7), dataset("dense", 10)],
      measurements: [at("standard", 17000), at("dense", 15000)],
      notMeasured: [{ name: "--pairs", part: "validator", profile: "dense", size: "1m", reason: "too many" }],
      failures: [
        "standard 1m validator --format json run 1: 1 error too many",
        "dense 1m validator --pairs: crashed",
      ],
      notes: [
        { title: "Validator CPU profile, standard profile at 1m (--format json)", text: "standard" },
        { title: "Validator CPU profile, dense profile at 1m (--format json)", text: "dense, old" },
      ],
    });
    const denseOnly = record({
      command: "pnpm bench --sizes 1m --profiles dense --parts validator --merge",
      datasets: [dataset("dense", 11)],
      measurements: [at("dense", 14000)],
      notes: [{ title: "Validator CPU profile, dense profile at 1m (--format json)", text: "dense, new" }],
    });
    const kept = mergeRecords(both, denseOnly, ["validator"]);
    expect(kept.measurements.map((m) => [m.profile, m.median, m.run?.command ?? null])).toEqual([
      ["dense", 14000, null],
      ["standard", 17000, both.command],
    ]);
    expect(kept.datasets.map((d) => [d.profile, d.groups])).toEqual([
      ["dense", 11],
      ["standard", 7],
    ]);
    expect(kept.notMeasured).toEqual([]);
    expect(kept.failures).toEqual(["standard 1m validator --format json run 1: 1 error too many"]);
    expect(kept.notes.map((n) => n.text)).toEqual(["dense, new", "standard"]);
  });

  it("keeps a figure's first run through a second merge", () => {
    const again = mergeRecords(merged, record({ command: "pnpm bench --parts browser --merge" }), [
      "browser",
    ]);
    expect(again.measurements.map((m) => [m.name, m.run?.command])).toEqual([
      ["initial JS", browserRun.command],
      ["validator json", validatorRun.command],
    ]);
  });

  it("says in BENCHMARKS.md which run measured each kept figure", () => {
    const md = benchmarksMarkdown(merged);
    expect(md).toContain(`- Command: \`${browserRun.command}\``);
    expect(md).toContain(
      `- Run 2 (figures marked [run 2], kept by \`--merge\`): \`${validatorRun.command}\` on ${validatorRun.date}, load 6.90 at the start, 1.70 at the end`,
    );
    expect(md).toMatch(/\| validator json \[run 2\] \| dense \| 1m \| 9000 ms/);
    expect(md).toMatch(/\| first chart \| — \| shipped \| 900 ms/);
    expect(md).not.toContain("1800 ms");
  });

  it("marks a kept figure in the list of missed targets too", () => {
    const missed: Measurement = {
      ...figure("validator text", "validator", 9000),
      target: { on: "median", max: 8000, at: "1m", unit: "ms" },
      status: "missed",
    };
    const md = benchmarksMarkdown(
      mergeRecords({ ...validatorRun, measurements: [missed] }, browserRun, ["browser", "bundle"]),
    );
    expect(md).toContain(
      "## Missed targets\n\n- validator text [run 2], dense profile, at 1m: 9000 ms against ≤ 8000 ms",
    );
  });
});
