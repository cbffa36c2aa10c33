import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

/** Each command as its package.json script runs it, minus pnpm. */
const COMMANDS = {
  validate: ["scripts/validate.mjs"],
  dataset: ["--conditions=@tally/source", "--import", "tsx", "packages/dataset/src/cli.ts"],
  "dataset:release": ["--conditions=@tally/source", "--import", "tsx", "scripts/release.ts"],
  "build:data": ["--conditions=@tally/source", "--import", "tsx", "scripts/buildData.ts"],
  bench: ["--conditions=@tally/source", "--import", "tsx", "packages/bench/src/cli/bench.ts"],
  "bench:data": ["--conditions=@tally/source", "--import", "tsx", "packages/bench/src/cli/benchData.ts"],
};
const run = (name, args) =>
  spawnSync(process.execPath, [...COMMANDS[name], ...args], { cwd: ROOT, encoding: "utf8" });

// Every CLI is started through tsx or the built validator: a second or more each, and over a
// minute with the load average at 20 (`validate` first rebuilds what changed).
describe.each(Object.keys(COMMANDS))("pnpm %s", { timeout: 300_000 }, (name) => {
  it("answers --help and -h with its usage and exit 0", () => {
    for (const flag of ["--help", "-h"]) {
      const r = run(name, [flag]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^usage: pnpm /i);
      // What a CI script tests: `pnpm dataset --help` said nothing of it (an outside audit).
      expect(r.stdout).toMatch(/^Exit codes: 0 [^;]+; .*\b2 /ms);
    }
  });

  it("answers an unknown option with one reason, the usage line and exit 2, never a stack trace", () => {
    const r = run(name, ["--no-such-option"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-option/);
    expect(r.stderr).toMatch(/usage: pnpm /i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("an option given twice", { timeout: 300_000 }, () => {
  // The last of the two would win unseen: a CI script that adds a --data keeps checking the old one.
  // Each case also has a folder that is not there or a bad value, so that a command that took the
  // repeat would stop there rather than cut a release, build or bench.
  const a = join(tmpdir(), "tally-no-such-folder-a");
  const b = join(tmpdir(), "tally-no-such-folder-b");
  it.each([
    ["validate", ["--data", a, "--data", b], "--data"],
    ["dataset", ["list", "--data", a, "--data", b], "--data"],
    ["dataset:release", ["9.9.9", "--data", a, "--data", b], "--data"],
    ["build:data", ["--data", a, "--data", b], "--data"],
    ["bench", ["--runs", "1", "--runs", "2", "--sizes", "7q"], "--runs"],
    ["bench:data", ["--seed", "1", "--seed", "2", "--claims", "1"], "--seed"],
  ])("pnpm %s %j exits 2 naming the option, with the usage line", (name, args, option) => {
    const r = run(name, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`${option} (is given more than once|was given 2 times); give it once`),
    );
    expect(r.stderr).toMatch(/usage: pnpm /i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("bad values", { timeout: 300_000 }, () => {
  // Refused before any data is generated or measured: a bench that started would run for minutes.
  it.each([
    ["bench", ["--sizes", "7q"], /--sizes: .*7q/],
    ["bench", ["--seed", "abc"], /--seed abc is not an integer/],
    ["bench:data", ["--seed", "abc"], /--seed abc is not an integer/],
  ])("pnpm %s %j exits 2 with the reason and the usage line", (name, args, reason) => {
    const r = run(name, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toMatch(/usage: pnpm /i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("options that need a value", { timeout: 300_000 }, () => {
  it.each([
    ["build:data", "--data"],
    ["dataset:release", "--data"],
    ["bench", "--runs"],
  ])("pnpm %s %s without one exits 2 with a usage line", (name, flag) => {
    const r = run(name, [flag]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${flag}.*(missing|needs a value)`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("pnpm validate with a broken build", { timeout: 300_000 }, () => {
  // An outside review: a build half written by another run rebuilding it failed the import, which
  // node ends with exit 1, the validator's "findings at or above --fail-on".
  it("exits 2 with one line saying the build could not be loaded, never 1", () => {
    const root = mkdtempSync(join(tmpdir(), "tally-broken-build-"));
    try {
      writeFileSync(join(root, "package.json"), `{ "type": "module" }\n`);
      symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
      mkdirSync(join(root, "scripts"));
      copyFileSync(join(ROOT, "scripts/validate.mjs"), join(root, "scripts/validate.mjs"));
      // Builds with no sources beside them are never stale, so the script imports them as they are.
      mkdirSync(join(root, "packages/dataset/dist"), { recursive: true });
      writeFileSync(join(root, "packages/dataset/dist/loader.js"), "export {};\n");
      mkdirSync(join(root, "packages/validation/dist"), { recursive: true });
      writeFileSync(join(root, "packages/validation/dist/cells.js"), "export const other = 1;\n");
      writeFileSync(join(root, "packages/validation/dist/cli.js"), 'import { idCell } from "./cells.js";\n');
      const r = spawnSync(process.execPath, [join(root, "scripts/validate.mjs")], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^tally validate: the validator's build could not be loaded \(.*idCell.*\); rebuild it with pnpm build, or run again once another build has finished\n$/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the help says what the command does", { timeout: 300_000 }, () => {
  const help = (name) => run(name, ["--help"]).stdout.replace(/\s+/g, " ");

  // An outside audit: the help gave the default and 0, and a smaller limit was refused unsaid.
  it("pnpm validate: the least --max-chars it takes", () => {
    const least = help("validate").match(/--max-chars .*?at least (\d+), or 0 for no limit/)?.[1];
    expect(least).toBeDefined();
    const below = run("validate", ["--format", "markdown", "--max-chars", String(Number(least) - 1)]);
    expect(below.status).toBe(2);
    expect(below.stderr).toContain(`at least ${least}`);
  });

  // An outside audit: the help called every removed row a major change, where a row nothing
  // names is a patch (README, Releases), so a maintainer trusting it cut 2.0.0 for nothing.
  it("pnpm dataset:release: a row removed that nothing names is a patch", () => {
    expect(help("dataset:release")).toMatch(
      /major: [^;]*rows removed that kept rows name; .*patch: [^)]*a row removed that nothing names\)/,
    );
  });

  // An outside audit: verify exits 1 on a folder of releases/ no command reads as a release
  // (v1.2.0), as README says, and the help's exit codes named only a release off its manifest.
  it("pnpm dataset: the exit codes name verify's 1 for a folder not named by a version", () => {
    expect(help("dataset")).toMatch(
      /1 [^;]*verify found [^;]*a folder of releases\/ not named by a version;/,
    );
    const data = mkdtempSync(join(tmpdir(), "tally-verify-"));
    try {
      mkdirSync(join(data, "releases", "v1.2.0"), { recursive: true });
      const r = run("dataset", ["verify", "--data", data]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("[release/folder-name]");
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  // An outside audit: renaming the package is the recipe's first major change, as the README's
  // table and requiredBump say, and the help's list of major changes left it out.
  it("pnpm dataset:release: renaming the package is a major change", () => {
    expect(help("dataset:release")).toMatch(/major: the package renamed, [^;]*;/);
  });
});
