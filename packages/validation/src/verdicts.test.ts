import { describe, expect, it } from "vitest";
import { claim, event, makeDataset, source } from "./__fixtures__/dataset.js";
import { groupVerdicts } from "./verdicts.js";

describe("groupVerdicts", () => {
  const ds = makeDataset({
    sources: [source("s1"), source("s2", { outlet: "NK Insider" })],
    events: [event("e1"), event("e2"), event("e3")],
    claims: [
      claim("a", "about", "200", "200"),
      claim("b", "about", "600", "600", { source_id: "s2", attributed_to: "Joo" }),
      claim("c", "between", "200", "300", { event_id: "e2" }),
      claim("d", "about", "250", "250", { event_id: "e2", source_id: "s2", repeats_claim_id: "c" }),
      claim("e", "about", "60", "60", { event_id: "e3" }),
      claim("f", "at_least", "39", "", { event_id: "e3", attributed_to: "an activist" }),
    ],
  });
  const verdicts = groupVerdicts(ds, 0.1);

  it("calls a group with two readings a conflict, with its readings, envelope, gap ratio and band", () => {
    expect(verdicts[0]).toMatchObject({
      event_id: "e1",
      metric: "persons",
      verdict: "conflict",
      claim_ids: ["a", "b"],
      origins: 2,
      readings: [
        { low: 180, high: 220, claim_ids: ["a"], origins: 1 },
        { low: 540, high: 660, claim_ids: ["b"], origins: 1 },
      ],
      spanning: [],
      envelope: { low: 180, high: 660 },
      most_corroborated: [0, 1],
      pairs: 1,
      band: "high",
    });
    expect(verdicts[0]!.max_gap_ratio).toBeCloseTo(540 / 220, 9);
  });

  it("calls a group backed by one origin single_origin and agreeing origins consistent", () => {
    expect(verdicts[1]).toMatchObject({
      event_id: "e2",
      verdict: "single_origin",
      origins: 1,
      max_gap_ratio: null,
      band: null,
    });
    // One reading: its common range is what every claim allows, and it is the whole envelope.
    expect(verdicts[2]).toMatchObject({
      event_id: "e3",
      verdict: "consistent",
      origins: 2,
      readings: [{ low: 54, high: 66, claim_ids: ["e", "f"], origins: 2 }],
      spanning: [],
      envelope: { low: 54, high: 66 },
      most_corroborated: [0],
      pairs: 0,
    });
  });
});
