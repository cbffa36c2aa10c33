import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

// The dataset package's own CSV library, so the edit below is a real CSV edit.
const fromDataset = createRequire(join(ROOT, "packages/dataset/package.json"));
const { parse } = fromDataset("csv-parse/sync");
const { stringify } = fromDataset("csv-stringify/sync");

// A copy of the working tree (tracked files and new ones git does not ignore), with its installed
// packages linked in: turbo's cache lives in the copy, so what it replays is what this test built.
const work = mkdtempSync(join(tmpdir(), "tally-build-graph-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyRepository() {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  }).split("\0");
  // A tracked file deleted in the working tree is not copied.
  for (const file of files.filter((f) => f && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    cpSync(join(ROOT, file), join(work, file));
  }
  for (const dir of [
    ".",
    ...["apps", "packages"].flatMap((d) => readdirSync(join(ROOT, d)).map((p) => `${d}/${p}`)),
  ]) {
    const modules = join(ROOT, dir, "node_modules");
    if (existsSync(modules) && existsSync(join(work, dir)))
      symlinkSync(modules, join(work, dir, "node_modules"));
  }
}

const run = (command, args) => {
  const r = spawnSync(command, args, {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const tsx = (script, args) =>
  run(process.execPath, ["--conditions=@tally/source", "--import", "tsx", join(work, script), ...args]);
const turboBuild = () =>
  run(join(work, "node_modules/.bin/turbo"), ["run", "build", "--filter", "@tally/dashboard"]);
const served = (path) => readFileSync(join(work, "apps/dashboard/dist/data", path), "utf8");

// Two dashboard builds and a release build on a 2-core machine: minutes, not seconds.
describe("pnpm build after a data change", { timeout: 600_000 }, () => {
  it("gives a dashboard with the new release, never a cached one without it", () => {
    copyRepository();
    turboBuild();
    // The shipped data's latest release, whichever it is, and the next minor version after it.
    const latest = JSON.parse(served("index.json")).latest;
    const latestReleased = readdirSync(join(work, "data/releases"))
      .map((v) => v.split(".").map(Number))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
      .at(-1)
      .join(".");
    expect(latest).toBe(latestReleased);
    const [major, minor] = latest.split(".").map(Number);
    const next = `${major}.${minor + 1}.0`;

    // A maintainer's change: a note on a claim, hashed and released as the next version.
    const claims = join(work, "data/claims.csv");
    const marker = `build graph test: a note added after ${latest}`;
    const rows = parse(readFileSync(claims, "utf8"), { columns: true });
    rows[0].notes = marker;
    writeFileSync(claims, stringify(rows, { header: true, columns: Object.keys(rows[0]) }));
    tsx("packages/dataset/src/cli.ts", ["hash"]);
    tsx("scripts/release.ts", [next]);

    const second = turboBuild();
    expect(second).not.toMatch(/@tally\/dashboard:build: cache hit/);
    expect(JSON.parse(served("index.json")).latest).toBe(next);
    expect(served(`releases/${next}/claims.csv`)).toContain(marker);

    // Nothing changed since: replayed from the cache, data included.
    rmSync(join(work, "apps/dashboard/dist"), { recursive: true });
    const third = turboBuild();
    expect(third).toMatch(/@tally\/dashboard:build: cache hit/);
    expect(served(`releases/${next}/claims.csv`)).toContain(marker);
  });
});
