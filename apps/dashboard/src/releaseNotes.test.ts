import { describe, expect, it } from "vitest";
import { plainText, readReleaseNotes } from "./releaseNotes.js";

describe("readReleaseNotes", () => {
  it("takes the entry's heading as its title and keeps the blocks under it", async () => {
    const notes = await readReleaseNotes(
      "## 1.1.0 (2026-11-28)\n\n5 sources.\n\n- Erratum: it should have been `2.0.0`.\n- more\n",
    );
    expect(notes.title).toBe("1.1.0 (2026-11-28)");
    expect(notes.blocks.map((b) => b.type)).toEqual(["paragraph", "list"]);
    expect(plainText(notes.blocks[1]!)).toBe("Erratum: it should have been 2.0.0.more");
  });

  it("has no title when the text does not start with a release heading", async () => {
    const notes = await readReleaseNotes("Just a line.\n\n## 1.0.0\n");
    expect(notes.title).toBeNull();
    expect(notes.blocks.map((b) => b.type)).toEqual(["paragraph", "heading"]);
  });

  it("reads raw HTML as a node of its own, for the renderer to show as text", async () => {
    const notes = await readReleaseNotes("## 1.0.0\n\n<script>alert(1)</script>\n");
    expect(notes.blocks[0]).toMatchObject({ type: "html", value: "<script>alert(1)</script>" });
  });
});
