// @vitest-environment node
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyIndexed } from "./dataPlugin.js";

describe("copyIndexed", () => {
  it("publishes the index and the files it lists, not a withdrawn release or a stray file", async () => {
    const from = await mkdtemp(join(tmpdir(), "tally-artifacts-"));
    const index = {
      releases: [{ path: "releases/1.0.0/", sha256: { "claims.arrows": "x", "summary.json": "y" } }],
    };
    await writeFile(join(from, "index.json"), JSON.stringify(index));
    for (const [folder, files] of [
      ["releases/1.0.0", ["claims.arrows", "summary.json", "old.arrows"]],
      ["releases/1.1.1", ["claims.arrows"]],
    ] as const) {
      await mkdir(join(from, folder), { recursive: true });
      for (const file of files) await writeFile(join(from, folder, file), file);
    }
    const to = join(await mkdtemp(join(tmpdir(), "tally-dist-")), "data");
    // A file of an earlier build in the output goes too.
    await mkdir(join(to, "releases", "0.9.0"), { recursive: true });
    await copyIndexed(from, to);
    expect((await readdir(to)).sort()).toEqual(["index.json", "releases"]);
    expect(await readdir(join(to, "releases"))).toEqual(["1.0.0"]);
    expect((await readdir(join(to, "releases", "1.0.0"))).sort()).toEqual(["claims.arrows", "summary.json"]);
  });
});
