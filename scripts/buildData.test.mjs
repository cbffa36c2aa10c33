import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib/proc.mjs";

const work = mkdtempSync(join(tmpdir(), "tally-build-data-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const buildData = (args) =>
  spawnSync(
    process.execPath,
    ["--conditions=@tally/source", "--import", "tsx", "scripts/buildData.ts", ...args],
    { cwd: ROOT, encoding: "utf8" },
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
