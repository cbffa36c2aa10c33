import { PROBLEM_CODES } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { claim, makeDataset } from "../__fixtures__/dataset.js";
import { baseProblems } from "./linksCheck.js";

// baseProblems on its own: what is wrong with one share-to-base link, whoever calls it.
const claims = makeDataset({
  claims: [
    claim("s", "about", "80", "80", { metric: "share_women", base_claim_id: "c" }),
    claim("c", "about", "200", "200"),
    claim("x", "about", "200", "200", { event_id: "e2" }),
  ],
}).tables.claims;
const share = claims[0]!;
const count = claims[1]!;
const otherEvent = claims[2]!;

describe("baseProblems", () => {
  it("a count names no base, whatever the base is", () => {
    expect(baseProblems(count, "count", count, "count")).toEqual([PROBLEM_CODES.linkCountWithBase]);
  });

  it("a share of a count in the same event is sound", () => {
    expect(baseProblems(share, "share", count, "count")).toEqual([]);
  });

  it("does not judge again the kind of a base whose metric is not listed", () => {
    expect(baseProblems(share, "share", count, undefined)).toEqual([]);
    expect(baseProblems(share, "share", otherEvent, undefined)).toEqual([PROBLEM_CODES.linkBaseEvent]);
  });

  it("a base that is a share, or neither count nor share, and one in another event", () => {
    expect(baseProblems(share, "share", share, "share")).toEqual([PROBLEM_CODES.linkBaseIsShare]);
    expect(baseProblems(share, "share", otherEvent, "duration")).toEqual([
      PROBLEM_CODES.linkBaseNotCount,
      PROBLEM_CODES.linkBaseEvent,
    ]);
  });
});
