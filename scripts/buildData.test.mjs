import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listReleases } from "@tally/dataset/node";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

const work = mkdtempSync(join(tmpdir(), "tally-build-data-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The shipped data's newest release, which the index must still name as latest when another
// release or folder is refused.
const SHIPPED_LATEST = (await listReleases(join(ROOT, "data"))).at(-1);

const buildData = (args, env = {}) =>
  spawnSync(
    process.execPath,
    ["--conditions=@tally/source", "--import", "tsx", "scripts/buildData.ts", ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "", ...env } },
  );

// Through tsx and native DuckDB (Parquet): a few seconds each, more on a busy machine.
describe("pnpm build:data", { timeout: 300_000 }, () => {
  // An outside review: a claim edited inside release 1.1.0 was published with exit 0.
  it("builds a release that no longer matches its manifest, and exits 1 naming it", () => {
    const data = join(work, "tampered");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    const claims = join(data, "releases", "1.1.0", "claims.csv");
    writeFileSync(claims, readFileSync(claims, "utf8").replace(",about 200,", ",about 250,"));
    const out = join(work, "tampered-out");
    const r = buildData(["--data", data, "--out", out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^build:data: release 1\.1\.0 does not match its manifest: claims\.csv: .*sha256/,
      ),
      "build:data: released files never change: restore them from version control (pnpm dataset verify lists every difference)",
    ]);
    // Built as it stands, so the dashboard can show the error it holds.
    expect(existsSync(join(out, "index.json"))).toBe(true);
    const findings = JSON.parse(readFileSync(join(out, "releases", "1.1.0", "findings.json"), "utf8"));
    expect(findings.findings.some((f) => f.details?.code === "release/changed")).toBe(true);
  });

  // An outside audit: a release copied in as releases/v1.2.0 was left out with exit 0.
  it("builds the releases, names a folder of releases/ that is none, and exits 1", () => {
    const data = join(work, "stray");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    cpSync(join(data, "releases", "1.1.0"), join(data, "releases", "v1.2.0"), { recursive: true });
    const out = join(work, "stray-out");
    const r = buildData(["--data", data, "--out", out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^build:data: releases\/v1\.2\.0: a folder not read as a release, .*1\.2\.0/),
    ]);
    expect(JSON.parse(readFileSync(join(out, "index.json"), "utf8")).latest).toBe(SHIPPED_LATEST);
  });

  // A release without a required table stopped the whole build with exit 2.
  it("builds the other releases, names one that cannot be read, and exits 1", () => {
    const data = join(work, "unreadable");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    rmSync(join(data, "releases", "1.0.0", "events.csv"));
    const out = join(work, "unreadable-out");
    const r = buildData(["--data", data, "--out", out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^build:data: release 1\.0\.0 cannot be read, and is left out: .*releases\/1\.0\.0\/events\.csv is missing/,
      ),
    ]);
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
    expect(index.releases.map((entry) => entry.version)).not.toContain("1.0.0");
    expect(index.latest).toBe(SHIPPED_LATEST);
    expect(existsSync(join(out, "releases", "1.0.0"))).toBe(false);
  });

  // An outside review: an extra cell in a released row stopped build:data with DuckDB's stack trace.
  it("builds a release whose rows no longer parse as they stand, and exits 1 naming it", () => {
    const data = join(work, "malformed");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    const claims = join(data, "releases", "1.1.0", "claims.csv");
    const lines = readFileSync(claims, "utf8").split("\n");
    lines[2] = `${lines[2]},surplus`;
    lines[3] = lines[3].replace(/^(c\d+,[^,]+,[^,]+,[^,]+,[^,]+,)\d+/, "$1two hundred");
    writeFileSync(claims, lines.join("\n"));
    const out = join(work, "malformed-out");
    const r = buildData(["--data", data, "--out", out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split("\n")[0]).toMatch(
      /^build:data: release 1\.1\.0 does not match its manifest/,
    );
    expect(existsSync(join(out, "index.json"))).toBe(true);
    const release = join(out, "releases", "1.1.0");
    const findings = JSON.parse(readFileSync(join(release, "findings.json"), "utf8")).findings;
    const badLines = findings
      .filter((f) => f.rule === "integrity" && f.severity === "error" && f.file?.endsWith("claims.csv"))
      .map((f) => f.line);
    expect(badLines).toEqual(expect.arrayContaining([3, 4]));
    // Both binary formats were written, from the rows that loaded (the package's tests compare them).
    for (const file of ["claims.arrows", "claims.parquet"])
      expect(existsSync(join(release, file)), file).toBe(true);
  });

  // An outside audit: two builds of the same data published different hashes in index.json, for
  // findings.json's "generated" time alone.
  it("writes the same bytes twice under SOURCE_DATE_EPOCH, with that time as generated", () => {
    const data = join(work, "shipped");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    const built = ["a", "b"].map((name) => {
      const out = join(work, `epoch-${name}`);
      const r = buildData(["--data", data, "--out", out], { SOURCE_DATE_EPOCH: "1700000000" });
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    const index = readFileSync(join(built[0], "index.json"), "utf8");
    expect(readFileSync(join(built[1], "index.json"), "utf8")).toBe(index);
    for (const { version, sha256 } of JSON.parse(index).releases) {
      const findings = join("releases", version, "findings.json");
      expect(JSON.parse(readFileSync(join(built[0], findings), "utf8")).generated).toBe(
        "2023-11-14T22:13:20.000Z",
      );
      for (const file of Object.keys(sha256))
        expect(
          readFileSync(join(built[1], "releases", version, file)).equals(
            readFileSync(join(built[0], "releases", version, file)),
          ),
          `${version}/${file}`,
        ).toBe(true);
    }
    const bad = buildData(["--data", data, "--out", join(work, "epoch-bad")], {
      SOURCE_DATE_EPOCH: "yesterday",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")[0]).toBe(
      'build:data: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "yesterday"',
    );
  });

  it("refuses a data directory that is missing, a file or under a file in one line and exit 2, making no output folder", () => {
    const out = join(work, "never-made");
    const missing = join(work, "no-such-data");
    const r = buildData(["--data", missing, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([`build:data: data directory ${missing} does not exist`]);
    expect(existsSync(out)).toBe(false);
    const file = join(work, "data-file");
    writeFileSync(file, "");
    const f = buildData(["--data", file, "--out", out]);
    expect(f.status).toBe(2);
    expect(f.stderr.trim().split("\n")).toEqual([`build:data: data directory ${file} is not a folder`]);
    expect(existsSync(out)).toBe(false);
    // Under a file, the path cannot even be looked at: still one line, never a stack trace.
    const under = join(file, "data");
    const u = buildData(["--data", under, "--out", out]);
    expect(u.status).toBe(2);
    expect(u.stderr.trim().split("\n")).toEqual([
      `build:data: data directory ${under} cannot be read: ENOTDIR`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("answers an output it cannot write in one line and exit 2, never a stack trace", () => {
    const file = join(work, "a-file");
    writeFileSync(file, "");
    const r = buildData(["--out", join(file, "sub")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^build:data: cannot write .*a-file\/sub: ENOTDIR/),
    ]);
  });
});
