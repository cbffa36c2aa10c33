import { spawnSync } from "node:child_process";
import { cp, link, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_OPTIONAL_CSV, withClaimCell, writeTinyDataset } from "../__fixtures__/tinyDataset.js";
import { sha256Hex } from "../datapackage/hash.js";
import { DatasetLoadError, DatasetReadError, ReleaseRefusedError } from "../load/errors.js";
import { dataPackageSchema, releaseManifestSchema } from "../schema/datapackage.js";
import { cutRelease } from "./cutRelease.js";
import { listReleases } from "./listReleases.js";
import { loadRelease, loadWorkingCopy } from "./loadRelease.js";
import { verifyRelease } from "./verifyRelease.js";

const DATE = "2024-05-01T00:00:00.000Z";

/** A correction in the working copy: c-2's approximately 600 read as 650 (value_low and value_high). */
const correctC2 = (dataDir: string) =>
  writeFile(
    join(dataDir, "claims.csv"),
    withClaimCell(2, "value_low", "650").replace(",600,approx", ",650,approx"),
  );

/** Writes `section` at the top of the CHANGELOG, as a maintainer's notes for the next release; its path. */
async function noteInChangelog(dataDir: string, section: string): Promise<string> {
  const path = join(dataDir, "CHANGELOG.md");
  await writeFile(
    path,
    (await readFile(path, "utf8")).replace("# Changelog\n\n", `# Changelog\n\n${section}`),
  );
  return path;
}

async function withRelease(version = "1.0.0") {
  const dataDir = await writeTinyDataset();
  const cut = await cutRelease({ dataDir, version, date: DATE });
  return { dataDir, cut };
}

describe("cutRelease", () => {
  it("freezes the CSVs byte for byte with a versioned descriptor, a manifest and a CHANGELOG entry", async () => {
    const { dataDir, cut } = await withRelease();
    expect(cut.dir).toBe(join(dataDir, "releases", "1.0.0"));
    expect((await readdir(cut.dir)).sort()).toEqual([
      "claims.csv",
      "datapackage.json",
      "events.csv",
      "manifest.json",
      "metrics.csv",
      "sources.csv",
    ]);
    expect(await readFile(join(cut.dir, "claims.csv"), "utf8")).toBe(TINY_CSV.claims);

    const descriptor = dataPackageSchema.parse(
      JSON.parse(await readFile(join(cut.dir, "datapackage.json"), "utf8")),
    );
    expect([descriptor.name, descriptor.version, descriptor.created]).toEqual(["tiny", "1.0.0", DATE]);

    const manifest = releaseManifestSchema.parse(
      JSON.parse(await readFile(join(cut.dir, "manifest.json"), "utf8")),
    );
    expect(manifest).toEqual(cut.manifest);
    const claims = await readFile(join(cut.dir, "claims.csv"));
    expect(manifest.files["claims.csv"]).toEqual({ sha256: sha256Hex(claims), bytes: claims.byteLength });
    expect(Object.keys(manifest.files)).toHaveLength(5);

    const changelog = await readFile(join(dataDir, "CHANGELOG.md"), "utf8");
    expect(changelog).toBe(
      "# Changelog\n\n## 1.0.0 (2024-05-01)\n\n2 sources, 2 events, 2 metrics, 4 claims.\n\nFirst release.\n",
    );
    expect(await verifyRelease(cut.dir)).toEqual([]);
    expect((await loadRelease("1.0.0", { dataDir, strict: true })).ref).toMatchObject({
      name: "tiny",
      version: "1.0.0",
      kind: "release",
    });
  });

  it("releases a resource's homepage, sources and licenses as written, and names any other property it leaves out", async () => {
    // An outside audit: pnpm dataset:release dropped them without a word.
    const dataDir = await writeTinyDataset();
    const path = join(dataDir, "datapackage.json");
    const described = JSON.parse(await readFile(path, "utf8"));
    const own = {
      homepage: "https://example.org/events",
      sources: [{ title: "Daily NK" }],
      licenses: [{ name: "CC-BY-4.0" }],
    };
    described.resources = described.resources.map((r: { name: string }) =>
      r.name === "events" ? { ...r, ...own, "x-notes": "checked" } : r,
    );
    await writeFile(path, JSON.stringify(described, null, 2));
    const cut = await cutRelease({ dataDir, version: "1.0.0", date: DATE });
    for (const file of [join(cut.dir, "datapackage.json"), path]) {
      const events = JSON.parse(await readFile(file, "utf8")).resources.find(
        (r: { name: string }) => r.name === "events",
      );
      expect(events).toMatchObject(own);
      expect(events).not.toHaveProperty("x-notes");
    }
    expect(cut.dropped.map((p) => [p.file, p.column, p.code])).toEqual([
      ["datapackage.json", "resources.events.x-notes", "descriptor/resource"],
    ]);
    expect((await withRelease()).cut.dropped).toEqual([]);
  });

  it("freezes an optional table the working copy has, listed in the descriptor and the manifest", async () => {
    const dataDir = await writeTinyDataset(undefined, {
      csv: { assessments: TINY_OPTIONAL_CSV.assessments },
    });
    const cut = await cutRelease({ dataDir, version: "1.0.0", date: DATE });
    expect(await readFile(join(cut.dir, "assessments.csv"), "utf8")).toBe(TINY_OPTIONAL_CSV.assessments);
    expect(Object.keys(cut.manifest.files)).toContain("assessments.csv");
    const descriptor = dataPackageSchema.parse(
      JSON.parse(await readFile(join(cut.dir, "datapackage.json"), "utf8")),
    );
    expect(descriptor.resources.map((r) => r.name)).toContain("assessments");
    expect(await verifyRelease(cut.dir)).toEqual([]);
    const released = await loadRelease("1.0.0", { dataDir, strict: true });
    expect(released.tables.assessments).toHaveLength(
      (await loadWorkingCopy({ dataDir, strict: true })).tables.assessments.length,
    );
    expect(released.tables.assessments.length).toBeGreaterThan(0);
  });

  it("summarises the diff against the previous release in the next entry, newest first", async () => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-01" });
    const changelog = await readFile(join(dataDir, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      /^# Changelog\n\n## 1\.1\.0 \(2024-06-01\)\n\n2 sources, 2 events, 2 metrics, 4 claims\.\n\nChanges since 1\.0\.0:\n\n- claims: 1 changed \(c-2: value_low 600 → 650, value_high 600 → 650\)\n\n## 1\.0\.0 /,
    );
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "1.1.0"]);
    // The working copy's descriptor is now the released one: version 1.1.0, hashes fresh.
    const working = await readFile(join(dataDir, "datapackage.json"), "utf8");
    expect(JSON.parse(working).version).toBe("1.1.0");
    expect(working).toBe(await readFile(join(dataDir, "releases", "1.1.0", "datapackage.json"), "utf8"));
    expect((await loadWorkingCopy({ dataDir })).problems).toEqual([]);
  });

  it("folds the maintainer's Unreleased notes into the entry it cuts, and leaves no Unreleased section", async () => {
    const { dataDir } = await withRelease();
    const path = await noteInChangelog(dataDir, "## Unreleased\n\n- c-2: a note on why.\n- More words.\n\n");
    await correctC2(dataDir);
    const cut = await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-01" });
    const changelog = await readFile(path, "utf8");
    // The entry printed is the entry written, notes and all (an outside audit: it left them out).
    expect(changelog).toContain(`# Changelog\n\n${cut.changelogEntry}`);
    expect(cut.changelogEntry).toContain("- c-2: a note on why.");
    expect(changelog).toMatch(
      /^# Changelog\n\n## 1\.1\.0 \(2024-06-01\)\n\n2 sources, 2 events, 2 metrics, 4 claims\.\n\n- c-2: a note on why\.\n- More words\.\n\nChanges since 1\.0\.0:\n\n- claims: 1 changed [^\n]*\n\n## 1\.0\.0 /,
    );
    expect(changelog).not.toContain("Unreleased");
  });

  it.each([
    ["1.0", /"1\.0" is not a semver version/],
    ["v2.0.0", /"v2\.0\.0" is not a semver version/],
    ["1.0.0", /release 1\.0\.0 already exists/],
    ["0.9.0", /0\.9\.0 is not greater than the latest release 1\.0\.0/],
  ])("refuses %s and writes nothing", async (version, message) => {
    const { dataDir } = await withRelease();
    const before = await readFile(join(dataDir, "CHANGELOG.md"), "utf8");
    const error = await cutRelease({ dataDir, version }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseRefusedError);
    expect((error as Error).message).toMatch(message);
    expect(await listReleases(dataDir)).toEqual(["1.0.0"]);
    expect(await readFile(join(dataDir, "CHANGELOG.md"), "utf8")).toBe(before);
  });

  // An outside audit: a file or link named 1.1.3 stopped the release of 1.1.3 with a stack trace
  // and left its staged files behind; a copy of a release named v1.1.2, which pnpm validate calls
  // an error, did not stop one.
  it.each([
    [
      "a file named as the version",
      (dir: string) => writeFile(join(dir, "1.1.0"), "hi"),
      /releases\/1\.1\.0: a file, not a release's folder/,
    ],
    [
      "a link named as the version",
      (dir: string) => symlink(join(dir, "1.0.0"), join(dir, "1.1.0")),
      /releases\/1\.1\.0: a symbolic link/,
    ],
    [
      "a copy of a release under another name",
      (dir: string) => cp(join(dir, "1.0.0"), join(dir, "v1.0.0"), { recursive: true }),
      /releases\/v1\.0\.0: a folder not read as a release/,
    ],
  ])("refuses while data/releases holds %s, and writes nothing", async (_what, put, message) => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    const releases = join(dataDir, "releases");
    await put(releases);
    const before = await readdir(releases);
    const changelog = await readFile(join(dataDir, "CHANGELOG.md"), "utf8");
    const descriptor = await readFile(join(dataDir, "datapackage.json"), "utf8");
    const error = await cutRelease({ dataDir, version: "1.1.0" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseRefusedError);
    expect((error as Error).message).toMatch(message);
    expect((await readdir(releases)).sort()).toEqual(before.sort());
    expect((await readdir(dataDir)).filter((f) => f.endsWith(".partial"))).toEqual([]);
    expect(await readFile(join(dataDir, "CHANGELOG.md"), "utf8")).toBe(changelog);
    expect(await readFile(join(dataDir, "datapackage.json"), "utf8")).toBe(descriptor);
  });
});

describe("cutRelease: the version a change calls for", () => {
  /** The tiny claims.csv with the optional column `reported_via` after `first_reported_by`, empty. */
  const withReportedVia = () =>
    TINY_CSV.claims
      .split("\n")
      .map((line) => {
        if (!/^(claim_id|c-)/.test(line)) return line;
        // The first eleven cells of every tiny claim hold no comma or quote.
        let at = -1;
        for (let k = 0; k < 11; k++) at = line.indexOf(",", at + 1);
        return `${line.slice(0, at)},${line.startsWith("claim_id") ? "reported_via" : ""}${line.slice(at)}`;
      })
      .join("\n");

  async function refused(dataDir: string, version: string) {
    const before = await readFile(join(dataDir, "CHANGELOG.md"), "utf8");
    const descriptor = await readFile(join(dataDir, "datapackage.json"), "utf8");
    const error = await cutRelease({ dataDir, version, date: "2024-06-01" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseRefusedError);
    // Nothing written: no release, no half-written folder, the CHANGELOG and descriptor as they were.
    expect(await listReleases(dataDir)).toEqual(["1.0.0"]);
    expect((await readdir(join(dataDir, "releases"))).sort()).toEqual(["1.0.0"]);
    expect(await readFile(join(dataDir, "CHANGELOG.md"), "utf8")).toBe(before);
    expect(await readFile(join(dataDir, "datapackage.json"), "utf8")).toBe(descriptor);
    return (error as Error).message;
  }

  it("refuses a patch release that adds rows, naming the minor release to cut, then cuts that", async () => {
    const { dataDir } = await withRelease();
    await writeFile(
      join(dataDir, "claims.csv"),
      `${TINY_CSV.claims}\nc-5,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,5 people,false,`,
    );
    expect(await refused(dataDir, "1.0.1")).toBe(
      "1.0.1 is a patch release over 1.0.0, but claims: 1 row added: a minor change by the Data Package Version recipe that readers of the package rely on, so cut 1.1.0 or later",
    );
    await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-01" });
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "1.1.0"]);
  });

  it("refuses a minor release that adds a column, which moves every column after it, or removes a row others name", async () => {
    const { dataDir } = await withRelease();
    await writeFile(join(dataDir, "claims.csv"), withReportedVia());
    expect(await refused(dataDir, "1.1.0")).toMatch(
      /^1\.1\.0 is a minor release over 1\.0\.0, but claims\.csv adds the field reported_via: a major change .* so cut 2\.0\.0 or later$/,
    );
    // c-2 taken out while the share c-3 still bases itself on it.
    const lines = TINY_CSV.claims.split("\n");
    await writeFile(join(dataDir, "claims.csv"), lines.filter((l) => !l.startsWith("c-2,")).join("\n"));
    expect(await refused(dataDir, "1.1.0")).toMatch(
      /but claims: 1 row removed that other rows named \(c-2\): a major change/,
    );
    await cutRelease({ dataDir, version: "2.0.0", date: "2024-06-01" });
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "2.0.0"]);
  });

  it("refuses to cut over a release that no longer matches its manifest, naming the file", async () => {
    // An outside audit: cut over an edited 1.1.0, 1.1.1's entry recorded a change no release made.
    const { dataDir } = await withRelease();
    await writeFile(join(dataDir, "releases", "1.0.0", "claims.csv"), withClaimCell(2, "value_high", "301"));
    await correctC2(dataDir);
    expect(await refused(dataDir, "1.0.1")).toMatch(
      /^release 1\.0\.0 does not match its manifest \(claims\.csv: claims\.csv of release 1\.0\.0 changed after it was cut.*\): restore it from version control before cutting 1\.0\.1; pnpm dataset verify names every difference$/,
    );
  });

  it("refuses when the latest release's descriptor does not load, rather than miss a dropped column", async () => {
    const { dataDir } = await withRelease();
    const frozen = join(dataDir, "releases", "1.0.0", "datapackage.json");
    const edited = JSON.stringify({ ...JSON.parse(await readFile(frozen, "utf8")), version: 5 });
    await writeFile(frozen, edited);
    // Edited with its manifest, as only version control can tell.
    const manifestPath = join(dataDir, "releases", "1.0.0", "manifest.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
    manifest.files["datapackage.json"] = {
      sha256: sha256Hex(Buffer.from(edited)),
      bytes: Buffer.byteLength(edited),
    };
    await writeFile(manifestPath, JSON.stringify(manifest));
    expect(await refused(dataDir, "1.0.1")).toMatch(
      /^the descriptor of release 1\.0\.0 does not load, so what changed in its fields cannot be told: restore releases\/1\.0\.0\/datapackage\.json/,
    );
  });

  it("measures a pre-release's step from the last full release, and a full release's entry since it", async () => {
    const { dataDir } = await withRelease();
    const extra = "\nc-5,e-oct,s-wire,persons_returned,exact,5,5,5,police,government,,,,,,,5 people,false,";
    await writeFile(join(dataDir, "claims.csv"), `${TINY_CSV.claims}${extra}`);
    await cutRelease({ dataDir, version: "1.1.0-rc.1", date: "2024-06-01" });
    // Withdrawn in the next draft: against 1.0.0 nothing was removed, so no major step is called for.
    await writeFile(join(dataDir, "claims.csv"), TINY_CSV.claims);
    const rc2 = await cutRelease({ dataDir, version: "1.1.0-rc.2", date: "2024-06-02" });
    expect(rc2.changelogEntry).toMatch(/Changes since 1\.1\.0-rc\.1:\n\n- claims: 1 removed/);
    await correctC2(dataDir);
    const final = await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-03" });
    expect(final.changelogEntry).toMatch(/Changes since 1\.0\.0:\n\n- claims: 1 changed \(c-2: /);
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "1.1.0-rc.1", "1.1.0-rc.2", "1.1.0"]);
  });

  it("says in the CHANGELOG what made a release minor or major, and lists the optional tables' rows", async () => {
    const { dataDir } = await withRelease();
    await writeFile(join(dataDir, "assessments.csv"), TINY_OPTIONAL_CSV.assessments);
    const minor = await cutRelease({ dataDir, version: "1.1.0", date: "2024-06-01" });
    expect(minor.changelogEntry).toBe(
      [
        "## 1.1.0 (2024-06-01)",
        "",
        "2 sources, 2 events, 2 metrics, 4 claims, 1 assessment.",
        "",
        "A minor release over 1.0.0: the resource assessments (assessments.csv) is new; assessments: 1 row added.",
        "",
        "Changes since 1.0.0:",
        "",
        "- assessments: 1 added (e-oct / persons_returned)",
        "- datapackage.json: new resource assessments (assessments.csv)",
        "",
      ].join("\n"),
    );
    await writeFile(join(dataDir, "claims.csv"), withReportedVia());
    const major = await cutRelease({ dataDir, version: "2.0.0", date: "2024-06-02" });
    expect(major.changelogEntry).toMatch(
      /\n\nA major release over 1\.1\.0: claims\.csv adds the field reported_via\.\n\nChanges since 1\.1\.0:\n\n- claims\.csv: new field reported_via\n$/,
    );
  });

  it("folds notes under Keep a Changelog's ## [Unreleased] into the entry", async () => {
    const { dataDir } = await withRelease();
    const path = await noteInChangelog(dataDir, "## [Unreleased]\n\n- A note.\n\n");
    await writeFile(join(dataDir, "claims.csv"), withClaimCell(4, "notes", "checked"));
    await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    const changelog = await readFile(path, "utf8");
    expect(changelog).toMatch(
      /^# Changelog\n\n## 1\.0\.1 \(2024-06-01\)\n\n[^\n]+\n\n- A note\.\n\nChanges since 1\.0\.0:/,
    );
    expect(changelog).not.toContain("Unreleased");
  });

  it("lets a row nothing named be taken out as a patch, a correction by the recipe", async () => {
    const { dataDir } = await withRelease();
    await writeFile(join(dataDir, "claims.csv"), TINY_CSV.claims.split("\nc-4,")[0]!);
    const cut = await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    expect(cut.changelogEntry).toMatch(/Changes since 1\.0\.0:\n\n- claims: 1 removed \(c-4\)/);
  });

  it("refuses a release of nothing changed since the latest, but not the full release after a pre-release", async () => {
    const { dataDir } = await withRelease();
    expect(await refused(dataDir, "1.0.1")).toBe(
      "nothing changed since 1.0.0: every file of the working copy is byte for byte as released and its quotes were checked alike, so there is nothing to release",
    );
    await writeFile(join(dataDir, "claims.csv"), withClaimCell(4, "notes", "checked"));
    await cutRelease({ dataDir, version: "1.0.1-rc.1", date: "2024-06-01" });
    // A second draft of the same data is nothing new; the full release of it is.
    const error = await cutRelease({ dataDir, version: "1.0.1-rc.2" }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^nothing changed since 1\.0\.1-rc\.1: /);
    await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-02" });
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "1.0.1-rc.1", "1.0.1"]);
  });

  it("cuts the full release of a first pre-release's data, and a release that records the quotes checked", async () => {
    const dataDir = await writeTinyDataset();
    await cutRelease({ dataDir, version: "1.0.0-rc.1", date: DATE });
    await cutRelease({ dataDir, version: "1.0.0", date: DATE });
    // The same files, now with their quotes checked against the texts: the manifest says more,
    // and so does the entry, where it said "no changes" (an outside audit).
    const checked = await cutRelease({ dataDir, version: "1.0.1", date: DATE, verifiedCorpus: {} });
    expect(checked.changelogEntry).toContain(
      "Changes since 1.0.0:\n\n- quotes checked against their source texts (quotes_verified false → true)\n",
    );
    expect(await listReleases(dataDir)).toEqual(["1.0.0-rc.1", "1.0.0", "1.0.1"]);
    // And a release that checks them no longer says so.
    const unchecked = await cutRelease({ dataDir, version: "1.0.2", date: DATE });
    expect(unchecked.changelogEntry).toContain(
      "- quotes not checked against their source texts, as they were before (quotes_verified true → false): cut with --corpus to check them",
    );
  });

  it("keeps a ## line inside a fenced example among the Unreleased notes, and a fence left open to the next heading", async () => {
    const notes = "- How to cite:\n\n```md\n## Sources\n- Tally 1.0.1\n```\n\n- After the example.";
    for (const [name, written, kept] of [
      ["closed", notes, notes],
      // Never closed: the notes end at the next heading, not at the end of the file.
      ["open", "- Example:\n\n```\n## Not a heading", "- Example:\n\n```"],
    ] as const) {
      const { dataDir } = await withRelease();
      const path = await noteInChangelog(dataDir, `## Unreleased\n\n${written}\n\n`);
      await writeFile(join(dataDir, "claims.csv"), withClaimCell(4, "notes", "checked"));
      await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
      const changelog = await readFile(path, "utf8");
      expect(changelog, name).toContain(`4 claims.\n\n${kept}\n\nChanges since 1.0.0:`);
      expect(changelog, name).toMatch(/\n## 1\.0\.0 \(2024-05-01\)\n/);
      expect(changelog, name).not.toContain("Unreleased");
    }
  });

  it('cuts a release of descriptor changes alone as a patch, its entry naming them, not "no changes"', async () => {
    const { dataDir } = await withRelease();
    const path = join(dataDir, "datapackage.json");
    const descriptor = JSON.parse(await readFile(path, "utf8"));
    const claims = descriptor.resources.find((r: { name: string }) => r.name === "claims");
    claims.title = "Claims";
    claims.schema.fields.find((f: { name: string }) => f.name === "quote").description = "The words printed.";
    await writeFile(path, JSON.stringify(descriptor));
    const patch = await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    expect(patch.changelogEntry).toMatch(
      /\n\nChanges since 1\.0\.0:\n\n- claims\.csv: title \(none\) → "Claims"\n- claims\.csv: description of quote .* → "The words printed\."\n$/,
    );
  });

  it("refuses, leaving everything as it was, when the CHANGELOG cannot be read, never taking it for empty", async () => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    const changelog = join(dataDir, "CHANGELOG.md");
    await rm(changelog);
    await mkdir(changelog);
    const descriptor = await readFile(join(dataDir, "datapackage.json"), "utf8");
    const error = await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(new RegExp(`^cannot update ${changelog}: EISDIR`));
    // Unreadable input: exit 2 from pnpm dataset:release, as its help says, where it exited 1.
    expect(error).toBeInstanceOf(DatasetReadError);
    expect(await listReleases(dataDir)).toEqual(["1.0.0"]);
    expect(await readFile(join(dataDir, "datapackage.json"), "utf8")).toBe(descriptor);
    expect((await readdir(dataDir)).filter((f) => f.includes("partial"))).toEqual([]);
    expect((await readdir(join(dataDir, "releases"))).sort()).toEqual(["1.0.0"]);
  });

  it("refuses a data folder that does not exist, or holds no dataset, and makes nothing in it", async () => {
    const { dataDir } = await withRelease();
    const missing = join(dataDir, "no-such-data");
    const error = await cutRelease({ dataDir: missing, version: "1.0.1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetReadError);
    expect((error as Error).message).toBe(`dataset directory ${missing} does not exist`);
    expect(await readdir(dataDir)).not.toContain("no-such-data");
    const empty = join(dataDir, "empty-folder");
    await mkdir(empty);
    await expect(cutRelease({ dataDir: empty, version: "1.0.1" })).rejects.toThrow(/datapackage\.json/);
    expect(await readdir(empty)).toEqual([]);
  });

  it("writes the new CHANGELOG and descriptor as new files, never through a link left at their staging names", async () => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    const victim = join(dataDir, "..", `victim-${Date.now()}.txt`);
    await writeFile(victim, "victim\n");
    await link(victim, join(dataDir, "CHANGELOG.md.partial"));
    await symlink(victim, join(dataDir, "datapackage.json.partial"));
    await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    expect(await readFile(victim, "utf8")).toBe("victim\n");
    expect(await readFile(join(dataDir, "CHANGELOG.md"), "utf8")).toMatch(/^# Changelog\n\n## 1\.0\.1 /);
    expect((await readdir(dataDir)).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });

  it("cuts one release at a time, and names a lock left by a process that no longer runs", async () => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    const cuts = await Promise.allSettled([
      cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" }),
      cutRelease({ dataDir, version: "1.0.2", date: "2024-06-01" }),
    ]);
    // Whichever takes the lock first is cut; the other is refused, not cut on the same "latest".
    const cut = cuts.flatMap((c) => (c.status === "fulfilled" ? [c.value.version] : []));
    const refused = cuts.flatMap((c) => (c.status === "rejected" ? [(c.reason as Error).message] : []));
    expect(cut).toHaveLength(1);
    expect(refused).toEqual([expect.stringMatching(/^another release is being cut \(process \d+ holds /)]);
    expect(await listReleases(dataDir)).toEqual(["1.0.0", cut[0]]);
    // kill -9 leaves the lock; its process id is then no running process's. Taking it over is
    // left to the maintainer: two runs that both found it stale could both take it.
    const lock = join(dataDir, "releases", ".release.lock");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(lock, `${gone}\n`);
    await writeFile(join(dataDir, "claims.csv"), withClaimCell(2, "notes", "checked again"));
    await expect(cutRelease({ dataDir, version: "1.0.3", date: "2024-06-02" })).rejects.toThrow(
      `${lock} names process ${gone}, which no longer runs: a release stopped without giving it back (kill -9?); if no release is running, remove the file and run again`,
    );
    // Empty (a run stopped between making and writing it): it names no process, and says what to do.
    await writeFile(lock, "");
    await expect(cutRelease({ dataDir, version: "1.0.3", date: "2024-06-02" })).rejects.toThrow(
      `${lock} names no process (it is empty): if no release is running, remove it and run again`,
    );
    await rm(lock);
    await cutRelease({ dataDir, version: "1.0.3", date: "2024-06-02" });
    expect(await readdir(join(dataDir, "releases"))).toEqual(expect.not.arrayContaining([".release.lock"]));
    expect(await listReleases(dataDir)).toEqual(["1.0.0", cut[0], "1.0.3"]);
  });

  it("says in the CHANGELOG that a file's bytes changed where none of its rows did (a byte order mark)", async () => {
    const { dataDir } = await withRelease();
    await writeFile(join(dataDir, "claims.csv"), `\uFEFF${TINY_CSV.claims}`);
    const patch = await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    expect(patch.changelogEntry).toMatch(
      /\n\nChanges since 1\.0\.0:\n\n- claims\.csv: its bytes changed and none of its rows did \(line ends, quoting, how a number is written, the order of its rows or columns, a byte order mark\?\)\n$/,
    );
  });

  it("lets a corrected value through as a patch release", async () => {
    const { dataDir } = await withRelease();
    await correctC2(dataDir);
    await cutRelease({ dataDir, version: "1.0.1", date: "2024-06-01" });
    expect(await listReleases(dataDir)).toEqual(["1.0.0", "1.0.1"]);
  });
});

describe("verifyRelease", () => {
  it("detects a single changed byte", async () => {
    const { cut } = await withRelease();
    const path = join(cut.dir, "claims.csv");
    const bytes = await readFile(path);
    const last = bytes.length - 1;
    bytes[last] = bytes[last]! ^ 1;
    await writeFile(path, bytes);
    const problems = await verifyRelease(cut.dir);
    expect(problems.map((p) => [p.code, p.file])).toEqual([["release/changed", "claims.csv"]]);
    expect(problems[0]!.message).toMatch(/^claims\.csv of release 1\.0\.0 changed after it was cut/);
  });

  it("detects a missing file, an added file and a missing manifest", async () => {
    const { cut } = await withRelease();
    await rm(join(cut.dir, "events.csv"));
    await writeFile(join(cut.dir, "notes.txt"), "extra");
    expect((await verifyRelease(cut.dir)).map((p) => [p.code, p.file])).toEqual([
      ["release/missing", "events.csv"],
      ["release/extra", "notes.txt"],
    ]);
    await rm(join(cut.dir, "manifest.json"));
    expect((await verifyRelease(cut.dir)).map((p) => p.code)).toEqual(["release/manifest"]);
  });

  it("says in words what a manifest that is no object is", async () => {
    // An outside audit: "manifest: Invalid input: expected object, received array".
    const { cut } = await withRelease();
    await writeFile(join(cut.dir, "manifest.json"), "[]\n");
    expect((await verifyRelease(cut.dir)).map((p) => p.message)).toEqual([
      "manifest: must be a JSON object, not an array",
    ]);
  });

  it("locates a syntax error in the manifest by line and column", async () => {
    const { cut } = await withRelease();
    const manifest = await readFile(join(cut.dir, "manifest.json"), "utf8");
    await writeFile(join(cut.dir, "manifest.json"), manifest.replace(/\n\}\s*$/, ",\n}\n"));
    const lines = manifest.trimEnd().split("\n").length;
    expect((await verifyRelease(cut.dir)).map((p) => p.message)).toEqual([
      `is not valid JSON at line ${lines}, column 1: Expected double-quoted property name`,
    ]);
  });

  it("makes loadRelease report the change, and throw when strict", async () => {
    const { dataDir, cut } = await withRelease();
    await writeFile(join(cut.dir, "metrics.csv"), `${TINY_CSV.metrics}\n`);
    const loaded = await loadRelease("1.0.0", { dataDir });
    expect(loaded.problems.map((p) => p.code)).toEqual(["descriptor/stale-hash", "release/changed"]);
    await expect(loadRelease("1.0.0", { dataDir, strict: true })).rejects.toBeInstanceOf(DatasetLoadError);
  });
});

describe("listReleases / loadRelease / loadWorkingCopy", () => {
  it("sorts by semver, not by name, and ignores folders that are not versions", async () => {
    const dataDir = await writeTinyDataset();
    for (const name of ["1.10.0", "1.2.0", "1.2.0-rc.1", "drafts", ".1.3.0.partial"])
      await mkdir(join(dataDir, "releases", name), { recursive: true });
    expect(await listReleases(dataDir)).toEqual(["1.2.0-rc.1", "1.2.0", "1.10.0"]);
  });

  it("lists no releases when there is no releases folder", async () => {
    expect(await listReleases(await writeTinyDataset())).toEqual([]);
  });

  it("refuses a release that does not exist, naming the ones that do", async () => {
    const { dataDir } = await withRelease();
    const error = await loadRelease("2.0.0", { dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetReadError);
    expect((error as Error).message).toMatch(/^release 2\.0\.0 does not exist in .* \(releases: 1\.0\.0\)$/);
  });

  it("loads the working copy as kind working", async () => {
    const dataDir = await writeTinyDataset();
    const loaded = await loadWorkingCopy({ dataDir });
    expect(loaded.ref.kind).toBe("working");
    expect(loaded.tables.metrics.map((m) => m.metric)).toEqual(["persons_returned", "share_women"]);
  });
});
