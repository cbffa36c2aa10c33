import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../paths.js";

const tsx = join(REPO_ROOT, "node_modules/.bin/tsx");
const script = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

/** One CLI run as `pnpm bench` / `pnpm bench:data` start it, from the TypeScript sources. */
function run(cli: "bench" | "benchData", args: string[]) {
  const done = spawnSync(tsx, ["--conditions=@tally/source", script(cli), ...args], {
    encoding: "utf8",
    cwd: REPO_ROOT,
  });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}

const root = mkdtempSync(join(tmpdir(), "tally-bench-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the shipped data/ (descriptor, tables, releases): what a mistyped --out must not touch. */
function shippedCopy(): string {
  const dir = mkdtempSync(join(root, "data-"));
  cpSync(join(REPO_ROOT, "data"), dir, { recursive: true });
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((f) => [f, existsSync(join(dir, f)) && readFileSync(join(dir, f))]),
  );

// Each case is a whole node process under tsx: several seconds apiece on a busy 2-core machine.
describe("pnpm bench:data --out", () => {
  it("refuses a folder holding a dataset that bench:data did not write, and leaves it as it was", () => {
    const data = shippedCopy();
    const before = readdirSync(data).sort();
    const descriptor = readFileSync(join(data, "datapackage.json"));
    const got = run("benchData", ["--claims", "1k", "--out", data]);
    expect(got.status).toBe(2);
    expect(got.stderr.split("\n")[0]).toBe(
      `bench:data: --out ${data} holds a datapackage.json that bench:data did not write (a dataset of its own, whose tables would be overwritten); give a new folder or one bench:data wrote`,
    );
    expect(readdirSync(data).sort()).toEqual(before);
    expect(readFileSync(join(data, "datapackage.json"))).toEqual(descriptor);
  }, 60_000);

  it("refuses a release and any folder inside a dataset's releases/", () => {
    const data = shippedCopy();
    const release = join(data, "releases", "1.1.0");
    const files = snapshot(release);
    const got = run("benchData", ["--claims", "1k", "--out", release]);
    expect(got.status).toBe(2);
    expect(got.stderr.split("\n")[0]).toMatch(
      new RegExp(`^bench:data: --out ${release} is inside ${join(data, "releases")}, `),
    );
    expect(snapshot(release)).toEqual(files);
    const next = join(data, "releases", "9.9.9");
    const fresh = run("benchData", ["--claims", "1k", "--out", next]);
    expect(fresh.status).toBe(2);
    expect(fresh.stderr.split("\n")[0]).toMatch(/is inside .*releases, the releases of the dataset in /);
    expect(existsSync(next)).toBe(false);
    // A release copied out of its dataset is still a release.
    const loose = join(root, "loose-release");
    cpSync(release, loose, { recursive: true });
    const copied = run("benchData", ["--claims", "1k", "--out", loose]);
    expect(copied.status).toBe(2);
    expect(copied.stderr.split("\n")[0]).toBe(
      `bench:data: --out ${loose} holds a manifest.json: it is a release, whose files never change`,
    );
  }, 120_000);

  it("writes again into a folder it wrote before, as pnpm bench reuses bench-data/", () => {
    const out = join(root, "ours");
    expect(run("benchData", ["--claims", "1k", "--out", out]).status).toBe(0);
    const again = run("benchData", ["--claims", "1k", "--seed", "2", "--out", out]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "expected.json"), "utf8")).seed).toBe(2);
  }, 120_000);
});

describe("bench and bench:data arguments", () => {
  it("refuses an option given twice, and says a negative count is not positive", () => {
    for (const [cli, args, line] of [
      [
        "benchData",
        // An --out of its own: a build that accepts the repeat writes there, not into bench-data/.
        ["--claims", "10k", "--claims", "1k", "--out", join(root, "twice")],
        "bench:data: --claims is given more than once; give it once",
      ],
      ["benchData", ["--claims", "-1"], "bench:data: --claims -1: the number must be positive"],
      [
        "bench",
        // --parts none: a build that accepts the repeat stops there rather than running the whole bench.
        ["--out-dir", join(root, "a"), "--out-dir", join(root, "b"), "--parts", "none"],
        "bench: --out-dir is given more than once; give it once",
      ],
      ["bench", ["--runs", "-1"], "bench: --runs -1: the number must be positive"],
    ] as const) {
      const got = run(cli, [...args]);
      expect(got.status, args.join(" ")).toBe(2);
      expect(got.stderr.split("\n")).toEqual([line, expect.stringMatching(/^Usage: pnpm bench/), ""]);
    }
    expect(existsSync(join(root, "a"))).toBe(false);
    expect(existsSync(join(root, "b"))).toBe(false);
    expect(existsSync(join(root, "twice"))).toBe(false);
  }, 120_000);

  it("refuses a size too small to plant every broken row before making any folder", () => {
    const dataRoot = join(root, "too-small");
    const got = run("bench", [
      "--sizes",
      "5",
      "--parts",
      "validator",
      "--data-root",
      dataRoot,
      "--out-dir",
      dataRoot,
    ]);
    expect(got.status).toBe(2);
    expect(got.stderr.split("\n")[0]).toBe("bench: --sizes: 5 is too small (at least 56 claims)");
    expect(existsSync(dataRoot)).toBe(false);
    const data = run("benchData", ["--claims", "5", "--out", join(root, "five")]);
    expect(data.status).toBe(2);
    expect(data.stderr.split("\n")[0]).toBe("bench:data: --claims 5 is too small (at least 56 claims)");
    expect(existsSync(join(root, "five"))).toBe(false);
  }, 60_000);

  it("names the file and --merge when BENCHMARKS.json is not JSON", () => {
    const outDir = join(root, "merge");
    mkdirSync(outDir);
    const path = join(outDir, "BENCHMARKS.json");
    writeFileSync(path, "{x\n");
    const got = run("bench", ["--merge", "--parts", "bundle", "--out-dir", outDir]);
    expect(got.status).toBe(2);
    expect(got.stderr.split("\n")[0]).toMatch(
      new RegExp(`^bench: --merge: ${path} is not a BENCHMARKS.json this bench can read \\(not JSON: .+\\)$`),
    );
    expect(readdirSync(outDir)).toEqual(["BENCHMARKS.json"]);
  }, 60_000);
});
