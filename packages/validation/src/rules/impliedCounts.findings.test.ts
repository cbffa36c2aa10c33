import { BUILT_IN_VOCABULARIES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, METRICS, makeDataset } from "../__fixtures__/dataset.js";
import { impliedCounts } from "./impliedCounts.js";

type Cells = Record<string, string>;

const run = (claims: Cells[], more: Pick<Parameters<typeof makeDataset>[0], "units" | "metrics"> = {}) =>
  impliedCounts.check({ dataset: makeDataset({ claims, ...more }), datasetLabel: "t", tolerance: 0.1 });
/** A share of claim "base": `shareOf("exact", "50", "50")` is "exactly 50 percent" of it. */
const shareOf = (qualifier: string, low: string, high: string, more: Cells = {}) =>
  claim("sh", qualifier, low, high, {
    metric: "share_women",
    figure_text: "the share",
    base_claim_id: "base",
    ...more,
  });
const base = (qualifier: string, low: string, high: string) =>
  claim("base", qualifier, low, high, { figure_text: "the base" });
/** What a share of exactly 600 implies, as the info prints it. */
const impliedBy = (share: Cells) => run([base("exact", "600", "600"), share]).map((f) => f.details?.implied);

describe("impliedCounts: the implied interval at its ends", () => {
  it("reports the implied count with its ends in details, an unbounded high end as null", () => {
    const [info, ...more] = run([base("more_than", "600", ""), shareOf("exact", "50", "50")]);
    expect(more).toEqual([]);
    expect(info).toMatchObject({
      rule: "implied-counts",
      severity: "info",
      file: "data/claims.csv",
      row: 2,
      details: { implied: "(300, ∞)", low: 300, high: null },
    });
    expect(info!.message).toBe(
      '"the share" (sh) of "the base" (base, (600, ∞)) implies (300, ∞) persons (share_women of persons)',
    );
  });

  it("implies a count from a share of exactly 0 and of exactly 100 percent", () => {
    expect(impliedBy(shareOf("exact", "0", "0"))).toEqual(["[0, 0]"]);
    expect(impliedBy(shareOf("exact", "100", "100"))).toEqual(["[600, 600]"]);
  });

  it("keeps an open upper end of the share below 100 percent", () => {
    expect(impliedBy(shareOf("fewer_than", "", "50"))).toEqual(["[0, 300)"]);
  });

  it("keeps an open end that lies exactly on 0 or 100 percent, or on a base of 0, open", () => {
    expect(impliedBy(shareOf("more_than", "0", ""))).toEqual(["(0, 600]"]);
    expect(impliedBy(shareOf("fewer_than", "", "100"))).toEqual(["[0, 600)"]);
    const [info] = run([base("more_than", "0", ""), shareOf("exact", "50", "50")]);
    expect(info!.details).toMatchObject({ implied: "(0, ∞)", low: 0, high: null });
  });

  it("clips a share that reaches below 0 percent at 0, a closed end", () => {
    expect(impliedBy(shareOf("more_than", "-5", ""))).toEqual(["[0, 600]"]);
  });

  it("clips a base count that reaches below 0 at 0, a closed end", () => {
    const [info] = run([base("more_than", "-5", ""), shareOf("exact", "50", "50")]);
    expect(info!.details).toMatchObject({ implied: "[0, ∞)", low: 0, high: null });
  });

  it("implies nothing from a share entirely below 0 percent", () => {
    expect(impliedBy(shareOf("exact", "-5", "-5"))).toEqual([]);
  });

  it("implies nothing from a claim whose metric is unlisted, or whose unit has no whole (max) above 0", () => {
    expect(impliedBy(shareOf("exact", "50", "50", { metric: "unlisted" }))).toEqual([]);
    expect(impliedBy(claim("d", "exact", "0", "0", { metric: "duration", base_claim_id: "base" }))).toEqual(
      [],
    );
    const units = [
      ...BUILT_IN_VOCABULARIES.units,
      { unit: "none", label: "none", whole: false, max: 0, description: "A part of nothing." },
    ];
    const metrics = [
      ...METRICS,
      { metric: "share_of_none", unit: "none", kind: "share", description: "a share of nothing" },
    ];
    // No count, only the warning that says why (see below).
    expect(
      run([base("exact", "600", "600"), shareOf("exact", "0", "0", { metric: "share_of_none" })], {
        units,
        metrics,
      }).map((f) => f.details?.code),
    ).toEqual(["implied-counts/no-whole"]);
  });

  it("warns, in words, when the implied count cannot fit under another count", () => {
    const findings = run([
      base("exact", "600", "600"),
      claim("few", "exact", "100", "100", { figure_text: "100 people" }),
      shareOf("exact", "50", "50"),
    ]);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      rule: "implied-counts",
      row: 3,
      event_id: "e1",
      metric: "persons",
      claim_ids: ["sh", "base", "few"],
      details: {
        code: "implied-counts/exceeds-claim",
        implied: "[300, 300]",
        below: 1,
        nearest: "[100, 100]",
      },
    });
    expect(warnings[0]!.message).toBe(
      '"the share" (sh) of "the base" (base, [600, 600]) implies [300, 300] persons (share_women of persons), which cannot fit under "100 people" (few, [100, 100])',
    );
  });

  it("warns once per share, not once per count, its claim_ids naming the counts its message names and the nearest", () => {
    const counts = ["90", "120", "100", "250", "80"].map((v, k) =>
      claim(`low${k}`, "exact", v, v, { figure_text: `${v} people` }),
    );
    const findings = run([base("exact", "600", "600"), ...counts, shareOf("exact", "50", "50")]);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    // 300 cannot fit under 90, 120, 100, 250 or 80: four named claims would not fit on one line,
    // and every count in claim_ids made the report grow as shares times counts.
    expect(warnings[0]).toMatchObject({
      claim_ids: ["sh", "base", "low0", "low1", "low2", "low3"],
      details: {
        code: "implied-counts/exceeds-claim",
        implied: "[300, 300]",
        below: 5,
        nearest: "[250, 250]",
      },
    });
    expect(warnings[0]!.message).toBe(
      '"the share" (sh) of "the base" (base, [600, 600]) implies [300, 300] persons (share_women of persons), which cannot fit under any of 5 claims: "90 people" (low0, [90, 90]); "120 people" (low1, [120, 120]); "100 people" (low2, [100, 100]); and 2 more',
    );
  });

  it("names two or three counts in full, and leaves out those the implied count fits under", () => {
    const findings = run([
      base("exact", "600", "600"),
      claim("a", "exact", "100", "100", { figure_text: "100 people" }),
      claim("fits", "at_least", "300", "", { figure_text: "300 or more" }),
      claim("b", "about", "200", "200", { figure_text: "about 200" }),
      shareOf("exact", "50", "50"),
    ]);
    const [warning, ...more] = findings.filter((f) => f.severity === "warning");
    expect(more).toEqual([]);
    expect(warning!.claim_ids).toEqual(["sh", "base", "a", "b"]);
    expect(warning!.details).toMatchObject({ below: 2, nearest: "[180, 220]" });
    expect(warning!.message).toMatch(
      /which cannot fit under any of 2 claims: "100 people" \(a, \[100, 100\]\); "about 200" \(b, \[180, 220\]\)$/,
    );
  });
});

describe("impliedCounts: a share metric whose unit names no whole", () => {
  const ratio = { unit: "ratio", label: "ratio", whole: false, max: null, description: "a ratio" };
  const metrics = [
    ...METRICS,
    { metric: "share_ratio", unit: "ratio", kind: "share", description: "a ratio" },
  ];
  const units = [...BUILT_IN_VOCABULARIES.units, ratio];

  it("warns once, at the metric's unit, instead of implying nothing without a word", () => {
    const share = shareOf("exact", "0.5", "0.5", { metric: "share_ratio" });
    const findings = run([base("exact", "600", "600"), share, { ...share, claim_id: "sh2" }], {
      metrics,
      units,
    });
    expect(findings).toEqual([
      {
        rule: "implied-counts",
        severity: "warning",
        message:
          "metric share_ratio is a share, but its unit ratio has no max in units.csv, the whole a share is a part of: its claims imply no counts (percent's max is 100)",
        dataset: "t",
        file: "data/metrics.csv",
        row: 4,
        line: 5,
        column: "unit",
        metric: "share_ratio",
        details: { code: "implied-counts/no-whole", unit: "ratio" },
      },
    ]);
  });

  it("says a max of 0 as it is, and nothing of a share whose unit has a whole", () => {
    const zero = run([], { metrics, units: [...BUILT_IN_VOCABULARIES.units, { ...ratio, max: 0 }] });
    expect(zero.map((f) => f.message)).toEqual([
      expect.stringContaining("its unit ratio has max 0 in units.csv"),
    ]);
    expect(run([base("exact", "600", "600"), shareOf("exact", "50", "50")]).map((f) => f.severity)).toEqual([
      "info",
    ]);
  });
});
