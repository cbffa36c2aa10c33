import { PROBLEM_CODES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, event, makeDataset } from "../__fixtures__/dataset.js";
import { links, repeatCycles } from "./links.js";

type Cells = Record<string, string>;

const run = (claims: Cells[]) =>
  links.check({
    dataset: makeDataset({ events: [event("e1"), event("e2")], claims }),
    datasetLabel: "t",
    tolerance: 0.1,
  });
const count = (id: string, more: Cells = {}) => claim(id, "about", "200", "200", more);
const share = (id: string, base: string, more: Cells = {}) =>
  claim(id, "about", "80", "80", { metric: "share_women", base_claim_id: base, ...more });
/** A cycle of `n` claims, c0 → c1 → … → c0. */
const cycleOf = (n: number) =>
  Array.from({ length: n }, (_, i) => count(`c${i}`, { repeats_claim_id: `c${(i + 1) % n}` }));

describe("links: what each error says", () => {
  it("a share of a share, and a base of another kind named by its kind", () => {
    const [ofShare] = run([count("a"), share("s", "a"), share("t", "s")]);
    expect(ofShare!.message).toBe(
      "t: base claim s is itself a share (share_women); a share of a share implies no count: the base must be a count claim",
    );
    const [ofDuration] = run([claim("d", "exact", "3", "3", { metric: "duration" }), share("s", "d")]);
    expect(ofDuration!.message).toBe(
      "s: base claim d measures duration, a duration, not a count: the base must be a count claim",
    );
  });

  it("a count with a base, at that claim only", () => {
    const [f, ...more] = run([count("a"), count("b", { base_claim_id: "a" })]);
    expect(more).toEqual([]);
    expect(f!.claim_ids).toEqual(["b"]);
    expect(f!.message).toBe(
      "b: persons is a count, not a share of another claim: base_claim_id a must be empty",
    );
  });

  it("a repeat of another event, and of another metric", () => {
    const [event, metric] = run([
      count("a", { event_id: "e2" }),
      count("b", { repeats_claim_id: "a" }),
      share("s", "b", { repeats_claim_id: "b" }),
    ]);
    expect(event!.message).toBe(
      "b: repeats a, which is about event e2, not e1: a repeat restates a figure about the same event",
    );
    expect(metric!.message).toBe(
      "s: repeats b, which measures persons, not share_women: a repeat restates the same figure",
    );
  });

  it("a cycle of one claim, in the singular", () => {
    const dataset = makeDataset({ claims: [count("a"), count("b")] });
    // The row schema refuses a claim that repeats itself; tables made without it reach the rule.
    dataset.tables.claims[1]!.repeats_claim_id = "b";
    const findings = links.check({ dataset, datasetLabel: "t", tolerance: 0.1 });
    expect(findings.map((f) => [f.row, f.claim_ids, f.details?.code])).toEqual([
      [2, ["b"], PROBLEM_CODES.linkRepeatCycle],
    ]);
    expect(findings[0]!.message).toBe(
      "repeats form a cycle of 1 claim: b repeats itself; no claim in it is the first report, so none has an origin to share",
    );
  });

  it("names every claim of a cycle of 50 in its message, and the first 50 of a longer one", () => {
    const [fifty] = run(cycleOf(50));
    expect(fifty!.message).toContain("cycle of 50 claims: c0 → c1 → c2 → ");
    expect(fifty!.message).toContain("c48 → c49 → c0; no claim in it");
    expect(fifty!.message).not.toContain("more, every one in claim_ids");
    const [more] = run(cycleOf(51));
    expect(more!.message).toContain("cycle of 51 claims: c0 → c1 → c2 → ");
    expect(more!.message).toContain("c48 → c49 → … (1 more, every one in claim_ids) → c0");
  });
});

describe("repeatCycles: claims that repeat themselves", () => {
  it("finds a claim that repeats itself wherever it stands, also when another claim repeats it", () => {
    expect(repeatCycles(Int32Array.from([-1, 1]))).toEqual([[1]]);
    expect(repeatCycles(Int32Array.from([1, 1]))).toEqual([[1]]);
  });
});
