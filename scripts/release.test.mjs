import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

const work = mkdtempSync(join(tmpdir(), "tally-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsx = (script, args) =>
  spawnSync(
    process.execPath,
    ["--conditions=@tally/source", "--import", "tsx", join(ROOT, script), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
const release = (args) => tsx("scripts/release.ts", args);

/**
 * A copy of data/ without its releases, and a corpus made of each source's own quotes, so every
 * quote occurs in its text (the real articles are not part of the repository).
 */
function fixture(name) {
  const dir = join(work, name);
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  rmSync(join(dir, "data", "releases"), { recursive: true, force: true });
  rmSync(join(dir, "data", "CHANGELOG.md"), { force: true });
  // Read through Tally's own loader, as the release does.
  const code = `import { loadDataset } from "@tally/dataset/node";
    const { tables } = await loadDataset(${JSON.stringify(join(dir, "data"))});
    process.stdout.write(JSON.stringify({ sources: tables.sources, claims: tables.claims }));`;
  const loaded = spawnSync(
    process.execPath,
    ["--conditions=@tally/source", "--import", "tsx", "--input-type=module", "-e", code],
    { cwd: ROOT, encoding: "utf8" },
  );
  const { sources, claims } = JSON.parse(loaded.stdout);
  const refOf = new Map(sources.map((s) => [s.source_id, s.text_ref]));
  const texts = new Map();
  for (const c of claims) {
    const ref = refOf.get(c.source_id);
    texts.set(ref, `${texts.get(ref) ?? ""}${c.quote}\n`);
  }
  mkdirSync(join(dir, "corpus"));
  for (const [ref, text] of texts) writeFileSync(join(dir, "corpus", ref), text);
  return { data: join(dir, "data"), corpus: join(dir, "corpus") };
}

const manifestOf = (data, version) =>
  JSON.parse(readFileSync(join(data, "releases", version, "manifest.json"), "utf8"));

// Each case starts the CLI through tsx (about 1 s each, several times that on a busy 2-core machine).
describe("pnpm dataset:release", { timeout: 120_000 }, () => {
  it("answers --help and -h with its usage, and bad arguments with a usage line and exit 2", () => {
    for (const flag of ["--help", "-h"]) {
      const r = release([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: pnpm dataset:release <version>/);
    }
    // An outside review: "banana" was refused with exit 1 and no usage line, as a refused release is.
    // 1.1.1+build.5 was validated first, then refused with exit 1 as "not a semver version", and so
    // were a pre-release number with a leading zero and a number past 2^53 (a maintainer's review).
    for (const args of [
      ["--data"],
      ["1.1.0", "--nope"],
      ["banana"],
      ["v1.2.0"],
      ["1.1.1+build.5"],
      ["1.3.0-01"],
      ["99999999999999999999.0.0"],
    ]) {
      const r = release(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^dataset:release: .*\nUsage: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("with --corpus, records that the quotes were verified and the hash of every text", () => {
    const { data, corpus } = fixture("verified");
    const r = release(["1.1.0", "--data", data, "--corpus", corpus]);
    expect(r.status).toBe(0);
    const manifest = manifestOf(data, "1.1.0");
    expect(manifest.quotes_verified).toBe(true);
    const sha = (ref) => execFileSync("sha256sum", [join(corpus, ref)], { encoding: "utf8" }).split(" ")[0];
    expect(Object.keys(manifest.corpus).length).toBeGreaterThan(0);
    for (const [ref, hash] of Object.entries(manifest.corpus)) expect(hash).toBe(sha(ref));
  });

  it("with --corpus, refuses a release whose quote was reworded", () => {
    const { data, corpus } = fixture("reworded");
    const claims = join(data, "claims.csv");
    writeFileSync(
      claims,
      readFileSync(claims, "utf8").replace("China repatriated about 200", "China sent back about 200"),
    );
    expect(tsx("packages/dataset/src/cli.ts", ["hash", "--data", data]).status).toBe(0);
    const r = release(["1.1.0", "--data", data, "--corpus", corpus]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("provenance");
    expect(r.stderr).toContain("release refused: the working copy has 1 validation error");
    // The errors that refuse it, not the whole report: one stale hash printed 55 lines, 48 infos.
    expect(r.stderr).not.toMatch(/^\s+(warning|info)\s/m);
    expect(existsSync(join(data, "releases", "1.1.0"))).toBe(false);
  });

  it("without --corpus, still refuses a release whose figure_text does not state its value", () => {
    // A maintainer's review cut a release holding a claim of 9000 whose words read "about 200".
    const { data } = fixture("misstated");
    const claims = join(data, "claims.csv");
    const before = readFileSync(claims, "utf8");
    const after = before.replace(",about,200,200,about 200,", ",about,9000,9000,about 200,");
    expect(after).not.toBe(before);
    writeFileSync(claims, after);
    expect(tsx("packages/dataset/src/cli.ts", ["hash", "--data", data]).status).toBe(0);
    const r = release(["1.1.0", "--data", data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('figure_text "about 200" reads as 200, but the claim says 9000');
    expect(r.stderr).toContain("release refused: the working copy has 1 validation error");
    expect(existsSync(join(data, "releases", "1.1.0"))).toBe(false);
  });

  it("without --corpus, cuts the release and says in one line and in the manifest that quotes were not verified", () => {
    const { data } = fixture("unverified");
    const r = release(["1.1.0", "--data", data]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").at(-1)).toBe(
      'quotes not verified: no --corpus was given, so manifest.json says "quotes_verified": false',
    );
    const manifest = manifestOf(data, "1.1.0");
    expect(manifest.quotes_verified).toBe(false);
    expect(manifest.corpus).toBeUndefined();
  });

  it("says after cutting that it kept a CSV's byte order mark, not to take it out before", () => {
    // An outside audit: the note said "save as UTF-8 without it before a release", then released it.
    const { data } = fixture("bom");
    const sources = join(data, "sources.csv");
    writeFileSync(sources, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(sources)]));
    expect(tsx("packages/dataset/src/cli.ts", ["hash", "--data", data]).status).toBe(0);
    const r = release(["1.1.0", "--data", data]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("sources.csv starts with a UTF-8 byte order mark");
    expect(r.stderr).toContain("this release keeps it, since a release's bytes never change");
    expect(r.stderr).not.toContain("before a release");
    expect([...readFileSync(join(data, "releases", "1.1.0", "sources.csv")).subarray(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
  });

  it("ends quietly when its reader closes the pipe, the release already cut", () => {
    const { data } = fixture("piped");
    // `true` reads nothing and is gone long before the release is cut: every write meets a closed pipe.
    const command = `node --conditions=@tally/source --import tsx scripts/release.ts 1.1.0 --data ${JSON.stringify(data)} | true; echo "exit $\{PIPESTATUS[0]}"`;
    const r = spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stdout).toBe("exit 141\n");
    expect(existsSync(join(data, "releases", "1.1.0", "manifest.json"))).toBe(true);
  });
});
