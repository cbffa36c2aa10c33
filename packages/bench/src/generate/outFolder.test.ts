import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENCH_DESCRIPTION } from "./descriptor.js";
import { generateDataset } from "./generateDataset.js";
import { outFolderProblem } from "./outFolder.js";

const root = mkdtempSync(join(tmpdir(), "tally-bench-out-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder under the test's root holding `files` (name → text). */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const descriptor = (name: string, description: string) =>
  JSON.stringify({ name, description, resources: [] });

describe("outFolderProblem", () => {
  it("lets bench:data write a new folder, an empty one, or one it wrote before (expected.json or not)", () => {
    expect(outFolderProblem(join(root, "not-yet", "claims-10k"))).toBeNull();
    expect(outFolderProblem(folder("empty"))).toBeNull();
    // A run stopped before expected.json leaves the descriptor alone: still bench:data's.
    const stopped = folder("stopped", {
      "datapackage.json": descriptor("tally-bench-10k-seed1", BENCH_DESCRIPTION),
    });
    expect(outFolderProblem(stopped)).toBeNull();
  });

  it("refuses a dataset of its own, whatever lies beside its descriptor", () => {
    const problem = /^holds a datapackage.json that bench:data did not write/;
    for (const [name, text] of [
      ["real", descriptor("tally-nk-detentions-repatriations", "Sourced claims")],
      ["named-like-ours", descriptor("tally-bench-10k-seed1", "Sourced claims")],
      ["described-like-ours", descriptor("mine", BENCH_DESCRIPTION)],
      ["not-json", "{"],
      ["array", "[]"],
    ] as const)
      expect(
        outFolderProblem(folder(name, { "datapackage.json": text, "expected.json": "{}" })),
        name,
      ).toMatch(problem);
  });

  it("refuses a release, a dataset's releases/ folder and anything inside it, through links too", () => {
    const data = folder("dataset", { "datapackage.json": descriptor("tally-nk", "Sourced claims") });
    const releases = join(data, "releases");
    expect(outFolderProblem(releases)).toBe(
      `is the releases of the dataset in ${data}: released files never change`,
    );
    expect(outFolderProblem(join(releases, "2.0.0", "deeper"))).toBe(
      `is inside ${releases}, the releases of the dataset in ${data}: released files never change`,
    );
    const link = join(root, "link-to-dataset");
    symlinkSync(data, link);
    expect(outFolderProblem(join(link, "releases", "2.0.0"))).toMatch(/^is inside .*dataset\/releases,/);
    expect(outFolderProblem(folder("loose-release", { "manifest.json": "{}" }))).toBe(
      "holds a manifest.json: it is a release, whose files never change",
    );
    // A folder named releases in no dataset is an ordinary folder.
    expect(outFolderProblem(join(folder("plain"), "releases", "x"))).toBeNull();
  });

  it("keeps generateDataset (pnpm bench's --data-root) from writing over a dataset or making a folder too small to use", async () => {
    const data = folder("bench-root/claims-1k", { "datapackage.json": descriptor("mine", "Sourced claims") });
    await expect(generateDataset({ claims: 1000, seed: 1, out: data })).rejects.toThrow(
      `${data} holds a datapackage.json that bench:data did not write`,
    );
    const tiny = join(root, "tiny");
    await expect(generateDataset({ claims: 5, seed: 1, out: tiny })).rejects.toThrow(
      "5 claims are too few: at least 56 are needed",
    );
    expect(existsSync(tiny)).toBe(false);
  });
});
