import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildReleases } from "./releaseBuild.js";

const DATA = fileURLToPath(new URL("../../../data", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tally-release-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The shipped data package copied under `name`, with `damage` done to its release 1.1.0. */
function dataWith(name: string, damage: (release: string) => void): string {
  const dir = join(work, name, "data");
  cpSync(DATA, dir, { recursive: true });
  damage(join(dir, "releases", "1.1.0"));
  return dir;
}

const summaryOf = (out: string, version: string) =>
  JSON.parse(readFileSync(join(out, "releases", version, "summary.json"), "utf8")) as {
    quotes_verified: boolean | null;
    validation: { summary: { errors: number } };
    files: Record<string, string>;
  };

const manifestErrors = (out: string, version: string) =>
  (
    JSON.parse(readFileSync(join(out, "releases", version, "findings.json"), "utf8")) as {
      findings: { severity: string; details?: { code?: string } }[];
    }
  ).findings.filter((f) => f.severity === "error" && f.details?.code === "release/manifest").length;

// Each case builds every shipped release (Arrow, Parquet, findings): 3 to 5 s apiece on 2 idle
// cores, past vitest's 5 s default once the machine is busy or a release is added.
describe("buildReleases", { timeout: 60_000 }, () => {
  it("takes quotes_verified from each release's manifest", async () => {
    const out = join(work, "intact-out");
    await buildReleases({ dataDir: dataWith("intact", () => {}), outRoot: out });
    // 1.0.0 was cut before the check existed; 1.1.0's manifest says its quotes were verified.
    expect(summaryOf(out, "1.0.0").quotes_verified).toBeNull();
    expect(summaryOf(out, "1.1.0").quotes_verified).toBe(true);
    expect(manifestErrors(out, "1.1.0")).toBe(0);
  });

  // An outside review (a Frictionless consumer): no published hash covered the CSV and Parquet
  // copies; and a file left in the output folder by something else must not be published.
  it("lists in index.json the SHA-256 of every file the build wrote, and of no other", async () => {
    const out = join(work, "hashed-out");
    const dir = join(out, "releases", "1.1.0");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "notes-from-an-editor.txt"), "left here");
    const index = await buildReleases({ dataDir: dataWith("hashed", () => {}), outRoot: out });
    const listed = index.releases.find((r) => r.version === "1.1.0")!.sha256;
    const written = readdirSync(dir).filter((f) => f !== "notes-from-an-editor.txt");
    expect(Object.keys(listed).sort()).toEqual(written.sort());
    expect(written).toEqual(
      expect.arrayContaining(["claims.csv", "claims.parquet", "claims.arrows", "findings.json"]),
    );
    for (const file of written)
      expect(listed[file], file).toBe(
        createHash("sha256")
          .update(readFileSync(join(dir, file)))
          .digest("hex"),
      );
    // The Versions view finds a release's tables among these names, the DuckDB session in
    // summary.json's files: both must name the same Arrow tables.
    const tables = Object.values(summaryOf(out, "1.1.0").files);
    expect(
      Object.keys(listed)
        .filter((f) => f.endsWith(".arrows"))
        .sort(),
    ).toEqual(tables.filter((f) => f.endsWith(".arrows")).sort());
  });

  // 1.1.0's erratum was written into data/CHANGELOG.md after the cut, and reached no one who had
  // only the released folder.
  it("publishes each release's own CHANGELOG entry, hashed, and none for a release it lacks", async () => {
    const out = join(work, "notes-out");
    const dataDir = dataWith("notes", () => {});
    const changelog = readFileSync(join(dataDir, "CHANGELOG.md"), "utf8");
    // A changelog without 1.0.0's entry (the last, the oldest): that release gets no notes, and
    // 1.1.0's entry runs from its heading to the end of the file.
    const trimmed = changelog.slice(0, changelog.indexOf("\n## 1.0.0") + 1);
    // Built once with 1.0.0's entry: the next build, without it, takes its file away (an outside
    // audit found it served beside an index that no longer listed it).
    await buildReleases({ dataDir, outRoot: out });
    expect(readdirSync(join(out, "releases", "1.0.0"))).toContain("CHANGELOG.md");
    writeFileSync(join(dataDir, "CHANGELOG.md"), trimmed);
    const index = await buildReleases({ dataDir, outRoot: out });
    const notes = readFileSync(join(out, "releases", "1.1.0", "CHANGELOG.md"), "utf8");
    expect(notes).toMatch(/^## 1\.1\.0 \(2026-11-28\)\n\n/);
    expect(notes).toContain("Erratum (30 Nov 2026)");
    expect(notes, "1.1.1's entry is not 1.1.0's").not.toContain("## 1.1.1");
    expect(notes).toBe(`${trimmed.slice(trimmed.indexOf("## 1.1.0")).trimEnd()}\n`);
    const listed = index.releases.find((r) => r.version === "1.1.0")!.sha256;
    expect(listed["CHANGELOG.md"]).toBe(createHash("sha256").update(notes).digest("hex"));
    expect(readdirSync(join(out, "releases", "1.0.0"))).not.toContain("CHANGELOG.md");
    expect(Object.keys(index.releases.find((r) => r.version === "1.0.0")!.sha256)).not.toContain(
      "CHANGELOG.md",
    );
  });

  // An outside review: a stray file in the corpus folder that is not UTF-8 (a scan) stopped
  // build:data and dataset:release, where validate --corpus read only the texts sources name.
  it("reads from corpusDir only the texts each release's sources name", async () => {
    const out = join(work, "stray-out");
    const corpusDir = join(work, "stray-corpus");
    mkdirSync(corpusDir);
    writeFileSync(join(corpusDir, "scan.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0xe9, 0xff]));
    await buildReleases({ dataDir: dataWith("stray", () => {}), outRoot: out, corpusDir });
    const summary = JSON.parse(readFileSync(join(out, "releases", "1.1.0", "summary.json"), "utf8"));
    expect(summary.validation.corpus_used).toBe(true);
  });

  // A manifest that was not JSON stopped the build with a SyntaxError's stack trace (and a missing
  // one with ENOENT): the release is built, and its findings say what is wrong.
  it.each([
    ["not JSON", (release: string) => writeFileSync(join(release, "manifest.json"), "{ not json")],
    ["missing", (release: string) => rmSync(join(release, "manifest.json"))],
  ])("builds a release whose manifest is %s, with the error in its findings", async (name, damage) => {
    const out = join(work, `${name}-out`);
    await buildReleases({ dataDir: dataWith(name, damage), outRoot: out });
    const summary = summaryOf(out, "1.1.0");
    expect(summary.quotes_verified).toBeNull();
    expect(summary.validation.summary.errors).toBeGreaterThan(0);
    expect(manifestErrors(out, "1.1.0")).toBe(1);
  });
});
