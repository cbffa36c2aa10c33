import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetReadError } from "../load/errors.js";
import { listReleases, strayReleaseFolders } from "./listReleases.js";

async function dataDirWith(folders: string[], files: string[] = []): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "tally-releases-"));
  for (const f of folders) await mkdir(join(dataDir, "releases", f), { recursive: true });
  for (const f of files) await writeFile(join(dataDir, "releases", f), "x");
  return dataDir;
}

describe("listReleases", () => {
  it("lists the exact versions oldest first, and names every other folder as not read", async () => {
    const dataDir = await dataDirWith(["1.10.0", "1.2.0", "v1.3.0", "draft", ".git"], ["README.md"]);
    expect(await listReleases(dataDir)).toEqual(["1.2.0", "1.10.0"]);
    const stray = await strayReleaseFolders(dataDir);
    expect(stray.map((p) => [p.code, p.file])).toEqual([
      ["release/folder-name", "releases/draft"],
      ["release/folder-name", "releases/v1.3.0"],
    ]);
    // The version it was probably meant as, where there is one.
    expect(stray[1]!.message).toContain("named by its exact version, 1.3.0; rename it");
    expect(stray[0]!.message).toContain("such as 1.0.0");
  });

  it("names a link, and a file named as a release, which are no release's folder", async () => {
    // An outside audit: both were passed over unsaid, and a release of their version crashed.
    const dataDir = await dataDirWith(["1.1.2"], ["1.1.3", "notes.txt"]);
    await symlink(join(dataDir, "releases", "1.1.2"), join(dataDir, "releases", "1.1.4"));
    await symlink(join(dataDir, "releases", "1.1.2"), join(dataDir, "releases", "latest"));
    expect(await listReleases(dataDir)).toEqual(["1.1.2"]);
    const stray = await strayReleaseFolders(dataDir);
    expect(stray.map((p) => [p.code, p.file, p.message.split(",")[0]])).toEqual([
      ["release/folder-name", "releases/1.1.3", "a file"],
      ["release/folder-name", "releases/1.1.4", "a symbolic link"],
      ["release/folder-name", "releases/latest", "a symbolic link"],
    ]);
    expect(stray[0]!.message).toContain("no release can be cut under its name");
  });

  it("has no releases and nothing stray without a releases folder", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "tally-releases-"));
    expect(await listReleases(dataDir)).toEqual([]);
    expect(await strayReleaseFolders(dataDir)).toEqual([]);
  });

  it("refuses a releases path that is a file with one line, not scandir's stack", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "tally-releases-"));
    await writeFile(join(dataDir, "releases"), "");
    const refused = listReleases(dataDir);
    await expect(refused).rejects.toBeInstanceOf(DatasetReadError);
    await expect(refused).rejects.toThrow(
      /releases is not a folder: releases\/ holds one folder per release$/,
    );
  });
});
