import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseIndexSchema } from "../schema/artifacts.js";
import { releaseIndexOf, writeReleaseIndex } from "./releaseIndex.js";

const counts = (claims: number) => ({ sources: 1, events: 1, metrics: 1, claims });
const entry = (version: string, claims: number) => ({
  version,
  created: "2024-01-01",
  path: `releases/${version}`,
  counts: counts(claims),
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-index-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeReleaseIndex", () => {
  it("writes index.json with releases oldest first by semver and the highest as latest", async () => {
    const written = await writeReleaseIndex(dir, [entry("1.10.0", 3), entry("1.2.0", 2), entry("1.0.0", 1)], {
      name: "tally",
      title: "Tally",
    });
    const onDisk = releaseIndexSchema.parse(JSON.parse(await readFile(join(dir, "index.json"), "utf8")));
    expect(onDisk).toEqual(written);
    expect(onDisk.name).toBe("tally");
    expect(onDisk.latest).toBe("1.10.0");
    expect(onDisk.releases.map((r) => r.version)).toEqual(["1.0.0", "1.2.0", "1.10.0"]);
    expect(onDisk.releases[2]).toEqual(entry("1.10.0", 3));
  });

  it("has no latest release when there is none", () => {
    expect(releaseIndexOf([], { name: "tally" })).toEqual({ name: "tally", latest: null, releases: [] });
  });

  it("refuses a version listed twice", () => {
    expect(() => releaseIndexOf([entry("1.0.0", 1), entry("1.0.0", 2)], { name: "tally" })).toThrow(
      "release 1.0.0 is listed twice",
    );
  });
});
