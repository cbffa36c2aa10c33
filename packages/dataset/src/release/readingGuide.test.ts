import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";

// docs/reading-the-data.md shows outsiders how to read a release without Tally, with the rows its
// examples print. Its SQL is run here on the shipped files, so a release or an edit that changes
// those rows fails rather than leaving the page wrong. (Its Python and R were run by hand: CI has
// neither.)
const ROOT = resolve(import.meta.dirname, "../../../..");
const guide = readFileSync(resolve(ROOT, "docs/reading-the-data.md"), "utf8");
const block = (lang: string) => {
  const found = guide.match(new RegExp("```" + lang + "\\n([\\s\\S]*?)```"));
  if (!found) throw new Error(`docs/reading-the-data.md has no ${lang} block`);
  return found[1]!;
};

describe("docs/reading-the-data.md", () => {
  it("prints, from its SQL on the shipped release, the rows it says every example prints", async () => {
    const printed = block("text")
      .trimEnd()
      .split("\n")
      .map((line) => line.split(" | ").map((cell) => cell.trim()));
    expect(printed.length).toBeGreaterThan(1);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`SET file_search_path = '${ROOT.replaceAll("'", "''")}'`);
      const reader = await connection.runAndReadAll(block("sql"));
      const rows = reader.getRows().map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
      expect(rows).toEqual(printed);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("reads a release that exists, and cites it as the example reads it", () => {
    const versions = new Set([...guide.matchAll(/data\/releases\/(\d+\.\d+\.\d+)\//g)].map((m) => m[1]));
    expect(versions.size).toBe(1);
    const [version] = versions;
    const descriptor = JSON.parse(
      readFileSync(resolve(ROOT, "data/releases", version!, "datapackage.json"), "utf8"),
    ) as { name: string; version: string };
    expect(descriptor.version).toBe(version);
    expect(guide).toContain(`${descriptor.name}@${version}`);
  });
});
