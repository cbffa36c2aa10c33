import { describe, expect, it } from "vitest";
import { RULE_TARGET, WHOLE_PROCESS_TARGETS } from "../measure/validatorTargets.js";
import { benchmarksMarkdown } from "./markdown.js";
import { measurement } from "./measurement.js";

const summary = (median: number) => ({ median, min: median, max: median, runs: 1 });

/** The conflict rule against its SQL at a size, 3.24× as the audit's 10k run measured it. */
const rule = (size: string, claims: number) =>
  measurement({
    name: "conflict rule alone, data loaded",
    part: "validator",
    profile: "standard",
    size,
    claims,
    unit: "ms",
    summary: summary(324),
    target: RULE_TARGET,
    reference: { name: "conflicting-groups SQL", summary: summary(100), unit: "ms" },
  });

const record = (measurements: ReturnType<typeof measurement>[]) => ({
  command: "pnpm bench",
  date: "2026-12-03T10:00:00.000Z",
  machine: { cpus: 2, model: "AMD EPYC", memoryGb: 23.5, node: "v20.20.2" },
  load: { start: 1, end: 1 },
  seed: 1,
  datasets: [],
  measurements,
  notMeasured: [],
  failures: [],
  notes: [],
});

describe("measurement status", () => {
  it("grades a figure at the size its target is set at, and only shows smaller sizes against it", () => {
    expect(rule("1m", 1_000_000).status).toBe("missed");
    const small = rule("10k", 10_000);
    expect(small.status).toBe("context");
    expect(small.ratio).toBeCloseTo(3.24);
    const rss = measurement({
      name: "validator: whole process peak RSS (--format json)",
      part: "validator",
      profile: "dense",
      size: "100k",
      claims: 100_000,
      unit: "MB",
      summary: summary(5000),
      target: WHOLE_PROCESS_TARGETS.dense.rss,
    });
    expect(rss.status).toBe("context");
  });

  it("grades targets not set at a claim count (the shipped release, the bundle) at every size", () => {
    const cold = (size: string, claims: number | null) =>
      measurement({
        name: "browser cold",
        part: "browser-cold",
        profile: null,
        size,
        claims,
        unit: "ms",
        summary: summary(2000),
        target: { max: 1500, unit: "ms", on: "median", at: "shipped" },
      });
    expect(cold("shipped", null).status).toBe("missed");
    expect(cold("10k", 10_000).status).toBe("missed");
  });

  it("lists no figure below its target's size under Missed targets", () => {
    const markdown = benchmarksMarkdown(record([rule("10k", 10_000)]));
    expect(markdown).not.toContain("## Missed targets");
    expect(markdown).toContain("| 3.24× | context |");
    expect(markdown).toContain(
      "| conflict rule alone, data loaded | standard | 10k | 324 ms (324 ms–324 ms) | 1 | ≤ 2× reference (at 1m) |",
    );
    const both = benchmarksMarkdown(record([rule("10k", 10_000), rule("1m", 1_000_000)]));
    expect(both.split("## Missed targets")[1]?.trim().split("\n")).toEqual([
      "- conflict rule alone, data loaded, standard profile, at 1m: 3.24× against ≤ 2× reference, missed by 62% (1.62× the target).",
    ]);
  });
});
