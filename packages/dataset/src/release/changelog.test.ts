import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetReadError } from "../load/errors.js";
import type { Tables } from "../schema/tables.js";
import { changelogEntry, changelogSection, changelogWith, readChangelog } from "./changelog.js";

const CHANGELOG = `# Changelog

## Unreleased

- a note not yet released

## 1.10.0 (2026-12-01)

Ten.

## 1.1.0 (2026-11-28)

- Erratum: should have been 2.0.0.

\`\`\`sql
## 1.0.0 inside an example is not a heading
\`\`\`

- more of 1.1.0

## [1.0.0] - 2026-11-23

First release.

## 0.9.0 (2026-11-01)
`;

describe("changelogSection", () => {
  it("is one release's entry, heading kept, up to the next release's heading outside code", () => {
    expect(changelogSection(CHANGELOG, "1.1.0")).toBe(
      "## 1.1.0 (2026-11-28)\n\n- Erratum: should have been 2.0.0.\n\n```sql\n## 1.0.0 inside an example is not a heading\n```\n\n- more of 1.1.0\n",
    );
  });

  it("takes the version whole: 1.1.0 is not 1.10.0, and a dot in it is not any character", () => {
    expect(changelogSection(CHANGELOG, "1.10.0")).toBe("## 1.10.0 (2026-12-01)\n\nTen.\n");
    expect(changelogSection(CHANGELOG, "1.1")).toBeNull();
    expect(changelogSection(CHANGELOG.replace("## 1.1.0", "## 1x1x0"), "1.1.0")).toBeNull();
  });

  it("reads Keep a Changelog's bracketed heading, and an entry with nothing under it", () => {
    expect(changelogSection(CHANGELOG, "1.0.0")).toBe("## [1.0.0] - 2026-11-23\n\nFirst release.\n");
    expect(changelogSection(CHANGELOG, "0.9.0")).toBe("## 0.9.0 (2026-11-01)\n");
  });

  it("is null for a release the changelog has no entry for", () => {
    expect(changelogSection(CHANGELOG, "2.0.0")).toBeNull();
    expect(changelogSection("", "1.0.0")).toBeNull();
  });
});

describe("changelogWith", () => {
  const entry = "## 1.2.0 (2026-12-07)\n\n1 sources.\n\nChanges since 1.1.0:\n\n- one\n";

  it("puts the entry under the one title of a changelog saved with a byte order mark, the mark kept first", () => {
    // An outside audit: each release added another "# Changelog" above a title the mark hid.
    const once = changelogWith("\uFEFF# Changelog\n\n## 1.1.0 (2026-11-28)\n\nOne.\n", entry).text;
    expect(once).toBe(`\uFEFF# Changelog\n\n${entry}\n## 1.1.0 (2026-11-28)\n\nOne.\n`);
    const twice = changelogWith(once, entry.replaceAll("1.2.0", "1.3.0")).text;
    expect(twice.match(/# Changelog/g)).toHaveLength(1);
    expect(twice.startsWith("\uFEFF# Changelog\n\n## 1.3.0")).toBe(true);
    expect(changelogSection(twice, "1.2.0")).toBe(entry);
  });

  it("reads the Unreleased notes of such a changelog, and finds its first entry", () => {
    const { text, entry: written } = changelogWith("\uFEFF## Unreleased\n\n- a note\n", entry);
    expect(text).toBe(`\uFEFF# Changelog\n\n${written}`);
    expect(written).toContain("\n\n- a note\n\n");
    expect(changelogSection("\uFEFF## 1.0.0 (2026-11-23)\n\nFirst release.\n", "1.0.0")).toBe(
      "## 1.0.0 (2026-11-23)\n\nFirst release.\n",
    );
  });

  it("puts Unreleased notes that have a heading of their own after the entry's changes", () => {
    const { entry: written } = changelogWith(
      "# Changelog\n\n## Unreleased\n\n### Notes\n\n- a note\n",
      entry,
    );
    expect(written).toBe(
      "## 1.2.0 (2026-12-07)\n\n1 sources.\n\nChanges since 1.1.0:\n\n- one\n\n### Notes\n\n- a note\n",
    );
    // Without one, they come first, after the counts, as before.
    expect(changelogWith("# Changelog\n\n## Unreleased\n\n- a note\n", entry).entry).toBe(
      "## 1.2.0 (2026-12-07)\n\n1 sources.\n\n- a note\n\nChanges since 1.1.0:\n\n- one\n",
    );
  });

  it("keeps a CRLF changelog's line ends, the entry's lines too", () => {
    // An outside audit: a CRLF history had ten LF lines put at its top.
    const { text, entry: written } = changelogWith(
      "# Changelog\r\n\r\n## Unreleased\r\n\r\n- a note\r\n\r\n## 1.1.0 (2026-11-28)\r\n\r\nOne.\r\n",
      entry,
    );
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    expect(text.replaceAll("\r\n", "\n")).toBe(`# Changelog\n\n${written}\n## 1.1.0 (2026-11-28)\n\nOne.\n`);
    expect(written).toContain("\n\n- a note\n\n");
    expect(changelogWith("# Changelog\n\n## 1.1.0\n", entry).text).not.toContain("\r");
  });
});

describe("readChangelog", () => {
  // An outside audit: a Latin-1 "é" was rewritten as U+FFFD, and a UTF-16 history had a UTF-8
  // entry put above it, each by a release that exited 0.
  it.each([
    [
      "Latin-1",
      Buffer.from("# Changelog\n\nCaf\xe9\n", "latin1"),
      /not UTF-8 text \(first bad byte on line 3, character 4\)/,
    ],
    [
      "UTF-16 with its mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Changelog\n", "utf16le")]),
      /not UTF-8/,
    ],
    ["UTF-16 without a mark", Buffer.from("# Changelog\n", "utf16le"), /NUL character/],
  ])("refuses a changelog in %s, naming the file", async (_name, bytes, reason) => {
    const dir = await mkdtemp(join(tmpdir(), "tally-changelog-"));
    try {
      const path = join(dir, "CHANGELOG.md");
      await writeFile(path, bytes);
      const error = await readChangelog(path).catch((e: unknown) => e);
      // Unreadable input: exit 2 from pnpm dataset:release, as its help says.
      expect(error).toBeInstanceOf(DatasetReadError);
      expect((error as Error).message).toMatch(
        new RegExp(`^cannot update ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
      );
      expect((error as Error).message).toMatch(reason);
      await writeFile(path, "# Changelog\n\nCafé\n");
      expect(await readChangelog(path)).toBe("# Changelog\n\nCafé\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("changelogEntry", () => {
  it('counts one row of a table in the singular (an outside audit read "1 metrics")', () => {
    // Only the tables' lengths are read for the counts.
    const rows = (n: number) => Array.from({ length: n }, () => ({}));
    const tables = {
      sources: rows(1),
      events: rows(2),
      metrics: rows(1),
      claims: rows(0),
    } as unknown as Tables;
    const entry = changelogEntry({ version: "1.0.0", created: "2026-12-07T00:00:00Z", tables }, null);
    expect(entry.split("\n")[2]).toBe("1 source, 2 events, 1 metric, 0 claims.");
  });
});
