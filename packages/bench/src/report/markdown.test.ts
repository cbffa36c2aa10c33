import { describe, expect, it } from "vitest";
import type { BenchRecord, Measurement } from "./benchRecord.js";
import { benchmarksMarkdown } from "./markdown.js";

const bundle: Measurement = {
  name: "bundle: initial JS (gzip, WASM excluded)",
  part: "bundle",
  profile: null,
  size: "—",
  claims: null,
  median: 226,
  min: 226,
  max: 226,
  runs: 1,
  unit: "KB",
  target: { max: 300, unit: "KB", on: "median", at: "—" },
  reference: null,
  ratio: null,
  status: "met",
};

const record = (over: Partial<BenchRecord>): BenchRecord => ({
  command: "pnpm bench --parts bundle",
  date: "2026-12-03T10:00:00.000Z",
  machine: { cpus: 2, model: "AMD EPYC", memoryGb: 23.5, node: "v20.20.2" },
  load: { start: 1, end: 1 },
  seed: 1,
  datasets: [],
  measurements: [bundle],
  notMeasured: [],
  failures: [],
  notes: [],
  ...over,
});

const findingCounts = (markdown: string) => markdown.split("## Finding counts\n\n")[1]?.split("\n")[0];

describe("BENCHMARKS.md finding counts", () => {
  it("says no validator ran when none did, rather than that every run found the expected counts", () => {
    expect(findingCounts(benchmarksMarkdown(record({})))).toBe(
      "No validator run in this bench; nothing to check against expected counts.",
    );
  });

  it("says every run found the expected counts when the validator ran, or kept figures of one that did", () => {
    const validator: Measurement = { ...bundle, name: "validator json", part: "validator", profile: "dense" };
    for (const over of [
      { measurements: [validator] },
      {
        notMeasured: [
          { name: "--pairs", part: "validator", profile: "dense" as const, size: "1m", reason: "too many" },
        ],
      },
      {
        measurements: [
          bundle,
          { ...validator, run: { command: "pnpm bench", date: "x", load: { start: 1, end: 1 } } },
        ],
      },
    ])
      expect(findingCounts(benchmarksMarkdown(record(over)))).toBe(
        "Every validator run, reference run and in-process run found exactly the expected counts.",
      );
    expect(
      findingCounts(benchmarksMarkdown(record({ failures: ["dense 1m validator: 1 error too many"] }))),
    ).toBe("**FAILED**: counts differ from expected.json:");
  });
});
