import { readFile, writeFile } from "node:fs/promises";
import { describeDiff } from "../diff/describeDiff.js";
import type { ReleaseDiff } from "../diff/diffReleases.js";
import { TABLE_NAMES, type Tables } from "../schema/tables.js";
import type { RequiredBump } from "./versionBump.js";

export const CHANGELOG_FILE = "CHANGELOG.md";

/**
 * The CHANGELOG entry of one release: its counts, what changed since the one before, and, for a
 * major or minor release, what made it one (`step`, by the Data Package Version recipe): the
 * rows alone do not say that a column was dropped.
 */
export function changelogEntry(
  release: { version: string; created: string; tables: Tables },
  previous: { version: string; diff: ReleaseDiff } | null,
  step: (RequiredBump & { from: string }) | null = null,
): string {
  const assessed = release.tables.assessments?.length ?? 0;
  const counts = [
    ...TABLE_NAMES.map((t) => `${release.tables[t].length} ${t}`),
    ...(assessed > 0 ? [`${assessed} assessment${assessed === 1 ? "" : "s"}`] : []),
  ].join(", ");
  const why =
    step === null || step.level === "patch" || step.reasons.length === 0
      ? []
      : [`A ${step.level} release over ${step.from}: ${step.reasons.join("; ")}.`, ""];
  const changes =
    previous === null
      ? ["First release."]
      : [
          ...why,
          `Changes since ${previous.version}:`,
          "",
          ...describeDiff(previous.diff).map((line) => `- ${line}`),
        ];
  return [
    `## ${release.version} (${release.created.slice(0, 10)})`,
    "",
    `${counts}.`,
    "",
    ...changes,
    "",
  ].join("\n");
}

/** The maintainer's notes under `## Unreleased` (or Keep a Changelog's `## [Unreleased]`), up to the next release's heading. */
const UNRELEASED = /^## \[?Unreleased\]?[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/im;

/**
 * Puts `entry` at the top of the changelog, under its title, creating the file if needed. Notes a
 * maintainer wrote under `## Unreleased` become part of the entry (after its counts, before the
 * changes the diff lists), so that cutting a release never leaves them describing nothing.
 */
export async function prependChangelog(path: string, entry: string): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => "# Changelog\n");
  const [title, ...rest] = current.split("\n");
  let body = rest.join("\n").replace(/^\n+/, "");
  const head = title?.startsWith("# ") ? title : "# Changelog";
  if (!title?.startsWith("# ")) body = current;
  const unreleased = UNRELEASED.exec(body);
  let full = entry;
  if (unreleased !== null) {
    body = (body.slice(0, unreleased.index) + body.slice(unreleased.index + unreleased[0].length)).replace(
      /^\n+/,
      "",
    );
    const notes = unreleased[1]!.trim();
    // The entry's heading and counts are its first two paragraphs.
    const [heading, counts, ...changes] = entry.split("\n\n");
    if (notes !== "") full = [heading, counts, notes, ...changes].join("\n\n");
  }
  await writeFile(path, `${head}\n\n${full}${body ? `\n${body}` : ""}`);
}
