import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseIndexSchema } from "../schema/artifacts.js";
import { hashReleaseFiles, releaseIndexOf, writeReleaseIndex } from "./releaseIndex.js";

const counts = (claims: number) => ({ sources: 1, events: 1, metrics: 1, claims });
const entry = (version: string, claims: number) => ({
  version,
  created: "2024-01-01",
  path: `releases/${version}`,
  counts: counts(claims),
  sha256: { "summary.json": "0".repeat(64) },
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

describe("hashReleaseFiles", () => {
  it("hashes the files the build wrote, by name, sorted: the loaded ones and the CSV and Parquet copies, no stray file", async () => {
    const rel = join(dir, "releases", "9.9.9");
    await mkdir(rel, { recursive: true });
    const bytes = {
      "summary.json": "{}\n",
      "claims.arrows": "\u0000arrow",
      "claims.csv": "a,b\n",
      "claims.parquet": "PAR1",
    };
    for (const [name, text] of Object.entries(bytes)) await writeFile(join(rel, name), text);
    // Left by something else (an older build, an editor): not published as part of the release.
    await writeFile(join(rel, "old-claims.parquet"), "stale");
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    const hashes = await hashReleaseFiles(rel, Object.keys(bytes));
    expect(hashes).toEqual({
      "claims.arrows": sha(bytes["claims.arrows"]),
      "claims.csv": sha(bytes["claims.csv"]),
      "claims.parquet": sha(bytes["claims.parquet"]),
      "summary.json": sha("{}\n"),
    });
    expect(Object.keys(hashes)).toEqual(["claims.arrows", "claims.csv", "claims.parquet", "summary.json"]);
    // The empty JSON object's well-known digest, so the helper cannot agree with itself by accident.
    expect(hashes["summary.json"]).toBe("ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356");
  });

  it("refuses an index entry whose hash is not 64 hex digits", () => {
    expect(() =>
      releaseIndexOf([{ ...entry("1.0.0", 1), sha256: { "claims.arrows": "abc" } }], { name: "tally" }),
    ).toThrow();
  });
});
