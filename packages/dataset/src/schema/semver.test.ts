import semver from "semver";
import { describe, expect, it } from "vitest";
import { semverSchema } from "./datapackage.js";

describe("semverSchema", () => {
  it("takes what the semver library takes as a version, and refuses what it refuses", () => {
    // The library leaves build metadata out of the version it gives back, and reads a leading "v".
    for (const version of [
      "1.0.0",
      "1.1.0",
      "2.0.0-rc.1",
      "1.2.0-alpha.beta.0",
      "1.2.0-0a",
      "1.0.0+build.5",
      "1.3.0-01",
      "01.0.0",
      "1.0",
      "v1.0.0",
      "1.0.0-",
      "1.0.0-a..b",
      "99999999999999999999.0.0",
      "9007199254740991.0.0",
      `1.0.0-${"a".repeat(250)}`,
      `1.0.0-${"a".repeat(260)}`,
    ])
      expect(semverSchema.safeParse(version).success, version).toBe(
        semver.valid(version) === version.replace(/\+.*$/, ""),
      );
  });

  it("gives one reason per version refused", () => {
    // An outside audit: "not-a-version" was also told its numbers were at most 2^53 − 1.
    const reasons = (v: string) => semverSchema.safeParse(v).error?.issues.map((i) => i.message);
    expect(reasons("not-a-version")).toEqual(["must be a semver version such as 1.0.0"]);
    expect(reasons("99999999999999999999.0.0")).toEqual([
      "must be a semver version whose numbers are at most 9007199254740991",
    ]);
    expect(reasons(`1.0.0-${"a".repeat(260)}`)).toEqual([
      "must be a semver version of at most 256 characters",
    ]);
  });
});
