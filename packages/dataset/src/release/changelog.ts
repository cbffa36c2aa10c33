import { readFile, writeFile } from "node:fs/promises";
import { describeDiff } from "../diff/describeDiff.js";
import type { ReleaseDiff } from "../diff/diffReleases.js";
import { TABLE_NAMES, type Tables } from "../schema/tables.js";

export const CHANGELOG_FILE = "CHANGELOG.md";

/** The CHANGELOG entry of one release: its counts, and what changed since the one before. */
export function changelogEntry(
  release: { version: string; created: string; tables: Tables },
  previous: { version: string; diff: ReleaseDiff } | null,
): string {
  const counts = TABLE_NAMES.map((t) => `${release.tables[t].length} ${t}`).join(", ");
  const changes =
    previous === null
      ? ["First release."]
      : [`Changes since ${previous.version}:`, "", ...describeDiff(previous.diff).map((line) => `- ${line}`)];
  return [
    `## ${release.version} (${release.created.slice(0, 10)})`,
    "",
    `${counts}.`,
    "",
    ...changes,
    "",
  ].join("\n");
}

/** Puts `entry` at the top of the changelog, under its title, creating the file if needed. */
export async function prependChangelog(path: string, entry: string): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => "# Changelog\n");
  const [title, ...rest] = current.split("\n");
  const body = rest.join("\n").replace(/^\n+/, "");
  const head = title?.startsWith("# ") ? title : "# Changelog";
  const tail = title?.startsWith("# ") ? body : current;
  await writeFile(path, `${head}\n\n${entry}${tail ? `\n${tail}` : ""}`);
}
