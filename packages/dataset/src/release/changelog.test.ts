import { describe, expect, it } from "vitest";
import { changelogSection } from "./changelog.js";

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
