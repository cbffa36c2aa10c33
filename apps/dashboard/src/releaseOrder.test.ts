import type { ReleaseIndex } from "@tally/dataset";
import { describe, expect, it } from "vitest";
import { compareReleases, olderAndNewer } from "./releaseOrder.js";

/** An index listing `versions` in that order, each cut on the day given with it. */
const indexOf = (versions: readonly (readonly [string, string])[]): ReleaseIndex => ({
  name: "tally",
  latest: null,
  releases: versions.map(([version, created]) => ({
    version,
    created,
    path: `releases/${version}/`,
    counts: { sources: 1, events: 1, metrics: 1, claims: 1 },
    sha256: {},
  })),
});

const RELEASES = [
  ["1.0.0", "2024-01-01"],
  ["1.1.0", "2024-02-01"],
  ["1.9.0", "2024-03-01"],
  ["1.10.0", "2024-04-01"],
] as const;

describe("olderAndNewer", () => {
  it("puts the older release first by version, whatever order the index lists them in", () => {
    // A ?data= index listing its newest release first told the change from 1.1.0 back to 1.0.0.
    for (const listed of [
      RELEASES,
      [...RELEASES].reverse(),
      [RELEASES[1], RELEASES[3], RELEASES[0], RELEASES[2]],
    ]) {
      const index = indexOf(listed);
      expect(olderAndNewer(index, "1.1.0", "1.0.0")).toEqual(["1.0.0", "1.1.0"]);
      expect(olderAndNewer(index, "1.0.0", "1.1.0")).toEqual(["1.0.0", "1.1.0"]);
      // By number, not by text: "1.10.0" sorts before "1.9.0" as a string.
      expect(olderAndNewer(index, "1.10.0", "1.9.0")).toEqual(["1.9.0", "1.10.0"]);
    }
  });

  it("takes a working copy as newer than any release", () => {
    expect(olderAndNewer(indexOf(RELEASES), "working", "1.10.0")).toEqual(["1.10.0", "working"]);
  });
});

describe("compareReleases", () => {
  it("orders a pre-release before its release, as semver does", () => {
    const index = indexOf([]);
    const sorted = ["1.0.0", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "0.9.0"].sort((a, b) =>
      compareReleases(index, a, b),
    );
    expect(sorted).toEqual(["0.9.0", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"]);
  });

  it("orders a version that is no semver by the day it was cut, then by its place in the index", () => {
    const index = indexOf([
      ["spring", "2024-03-01"],
      ["winter", "2024-01-01"],
      ["draft-a", "2024-05-01"],
      ["draft-b", "2024-05-01"],
    ]);
    expect(olderAndNewer(index, "spring", "winter")).toEqual(["winter", "spring"]);
    expect(olderAndNewer(index, "draft-b", "draft-a")).toEqual(["draft-a", "draft-b"]);
  });
});
