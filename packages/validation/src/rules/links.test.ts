import { PROBLEM_CODES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { findingSchema } from "../finding.js";
import { links, repeatCycles } from "./links.js";

type Cells = Record<string, string>;

const run = (claims: Cells[]) => {
  const findings = links.check({
    dataset: makeDataset({ events: [event("e1"), event("e2")], claims }),
    datasetLabel: "t",
    tolerance: 0.1,
  });
  for (const f of findings) findingSchema.parse(f);
  return findings;
};
const codes = (claims: Cells[]) => run(claims).map((f) => f.details?.code);

const count = (id: string, more: Cells = {}) => claim(id, "about", "200", "200", more);
const share = (id: string, base: string, more: Cells = {}) =>
  claim(id, "about", "80", "80", {
    metric: "share_women",
    figure_text: "about 80%",
    base_claim_id: base,
    ...more,
  });

describe("links", () => {
  it("finds nothing in sound links: a share of a count of its event, a chain of repeats", () => {
    expect(
      run([
        count("a"),
        share("s", "a"),
        count("b", { repeats_claim_id: "a" }),
        count("c", { repeats_claim_id: "b" }),
        share("t", "c", { repeats_claim_id: "s" }),
        claim("d", "exact", "3", "3", { metric: "duration" }),
      ]),
    ).toEqual([]);
  });

  it("is an error at base_claim_id of a share that names no base", () => {
    const [f, ...more] = run([count("a"), share("s", "")]);
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      rule: "links",
      severity: "error",
      file: "data/claims.csv",
      row: 2,
      line: 3,
      column: "base_claim_id",
      claim_ids: ["s"],
      details: { code: PROBLEM_CODES.linkShareWithoutBase },
    });
    expect(f!.message).toContain("share_women is a share");
  });

  it("is an error for a count with a base, whether or not the base exists", () => {
    const findings = run([
      count("a"),
      count("b", { base_claim_id: "a" }),
      count("c", { base_claim_id: "zz" }),
    ]);
    expect(findings.map((f) => [f.row, f.column, f.details?.code])).toEqual([
      [2, "base_claim_id", PROBLEM_CODES.linkCountWithBase],
      [3, "base_claim_id", PROBLEM_CODES.linkCountWithBase],
    ]);
  });

  it("leaves a base id that names no claim to integrity's ref/base-claim", () => {
    expect(run([count("a"), share("s", "missing")])).toEqual([]);
  });

  it("is an error for a base claim in another event, naming both events", () => {
    const [f, ...more] = run([count("a", { event_id: "e2" }), share("s", "a")]);
    expect(more).toEqual([]);
    expect(f).toMatchObject({ row: 2, column: "base_claim_id", claim_ids: ["s", "a"], event_id: "e1" });
    expect(f!.details?.code).toBe(PROBLEM_CODES.linkBaseEvent);
    expect(f!.message).toContain("event e2, not e1");
  });

  it("is an error for a share of a share, and for a base that is no count", () => {
    expect(codes([count("a"), share("s", "a"), share("t", "s")])).toEqual([PROBLEM_CODES.linkBaseIsShare]);
    expect(codes([claim("d", "exact", "3", "3", { metric: "duration" }), share("s", "d")])).toEqual([
      PROBLEM_CODES.linkBaseNotCount,
    ]);
  });

  it("reports each thing wrong with one base: a share in another event", () => {
    expect(codes([share("s", "", { event_id: "e2" }), share("t", "s")])).toEqual([
      PROBLEM_CODES.linkShareWithoutBase,
      PROBLEM_CODES.linkBaseIsShare,
      PROBLEM_CODES.linkBaseEvent,
    ]);
  });

  it("is an error at repeats_claim_id for a repeat of another event or another metric", () => {
    const findings = run([
      count("a", { event_id: "e2" }),
      count("b", { repeats_claim_id: "a" }),
      share("s", "b", { repeats_claim_id: "b" }),
    ]);
    expect(findings.map((f) => [f.row, f.column, f.details?.code, f.claim_ids])).toEqual([
      [2, "repeats_claim_id", PROBLEM_CODES.linkRepeatEvent, ["b", "a"]],
      [3, "repeats_claim_id", PROBLEM_CODES.linkRepeatMetric, ["s", "b"]],
    ]);
  });

  it("reports a cycle of repeats once, at the claim first in the file, naming every claim along it", () => {
    // c002 → c003 → c001 → c002: the walk from the first row meets it at c002, not at c001.
    const findings = run([
      count("x", { repeats_claim_id: "c002" }),
      count("c003", { repeats_claim_id: "c001" }),
      count("c001", { repeats_claim_id: "c002" }),
      count("c002", { repeats_claim_id: "c003" }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      row: 2,
      column: "repeats_claim_id",
      claim_ids: ["c003", "c001", "c002"],
      details: { code: PROBLEM_CODES.linkRepeatCycle },
    });
    expect(findings[0]!.message).toContain("cycle of 3 claims: c003 → c001 → c002 → c003");
  });

  it("reports each of two cycles once, and a claim that repeats itself as a cycle of one", () => {
    const dataset = makeDataset({
      claims: [count("a"), count("b", { repeats_claim_id: "c" }), count("c", { repeats_claim_id: "b" })],
    });
    // The row schema refuses a claim that repeats itself (integrity's schema/repeats_claim_id);
    // tables made without it reach the rule all the same.
    dataset.tables.claims[0]!.repeats_claim_id = "a";
    const findings = links.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
    expect(findings.map((f) => [f.row, f.claim_ids])).toEqual([
      [1, ["a"]],
      [2, ["b", "c"]],
    ]);
    expect(findings[0]!.message).toContain("a repeats itself");
    expect(findings[1]!.message).toContain("b → c → b");
  });

  it("names the first claims of a long cycle in its message and every claim in claim_ids", () => {
    const n = 200;
    const claims = Array.from({ length: n }, (_, i) =>
      count(`c${i}`, { repeats_claim_id: `c${(i + 1) % n}` }),
    );
    const [f, ...more] = run(claims);
    expect(more).toEqual([]);
    expect(f!.claim_ids).toEqual(claims.map((c) => c.claim_id));
    expect(f!.message).toContain("c49 → … (150 more, every one in claim_ids) → c0");
    expect(f!.message).not.toContain("c50 ");
  });
});

describe("repeatCycles", () => {
  it("finds each cycle once, in chain order, and none in chains or trees", () => {
    // 0 → 1 → 2 → 1, 3 → 3, 4 → 0, 5 (no repeat), 6 → 5
    expect(repeatCycles(Int32Array.from([1, 2, 1, 3, 0, -1, 5]))).toEqual([[1, 2], [3]]);
    expect(repeatCycles(Int32Array.from([-1, 0, 1, 2, 0]))).toEqual([]);
  });

  it("walks a chain of a million claims without recursion", () => {
    const n = 1_000_000;
    const chain = new Int32Array(n);
    for (let i = 0; i < n; i++) chain[i] = i + 1 < n ? i + 1 : 0;
    const [cycle, ...more] = repeatCycles(chain);
    expect(more).toEqual([]);
    expect(cycle).toHaveLength(n);
    chain[n - 1] = -1;
    expect(repeatCycles(chain)).toEqual([]);
  });
});
