import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { describeDiff } from "../diff/describeDiff.js";
import type { ReleaseDiff } from "../diff/diffReleases.js";
import { DatasetReadError, ReleaseRefusedError } from "../load/errors.js";
import { decodeSourceText } from "../load/readDatasetFiles.js";
import { TABLE_NAMES, type Tables } from "../schema/tables.js";
import type { RequiredBump } from "./versionBump.js";

export const CHANGELOG_FILE = "CHANGELOG.md";

const BOM = "\uFEFF";

/**
 * The CHANGELOG entry of one release: its counts, what changed since the one before, and, for a
 * major or minor release, what made it one (`step`, by the Data Package Version recipe): the
 * rows alone do not say that a column was dropped.
 */
export function changelogEntry(
  release: { version: string; created: string; tables: Tables },
  previous: { version: string; diff: ReleaseDiff; descriptor?: readonly string[] } | null,
  step: (RequiredBump & { from: string }) | null = null,
): string {
  const assessed = release.tables.assessments?.length ?? 0;
  const counts = [
    // "1 metric", not "1 metrics" (an outside audit): each table's name is its rows' plural.
    ...TABLE_NAMES.map((t) => {
      const n = release.tables[t].length;
      return `${n} ${n === 1 ? t.slice(0, -1) : t}`;
    }),
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
          ...describeDiff(previous.diff, previous.descriptor).map((line) => `- ${line}`),
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

const UNRELEASED_HEADING = /^## \[?Unreleased\]?(?!\w)/i;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * The maintainer's notes under `## Unreleased` (or Keep a Changelog's `## [Unreleased]`), up to
 * the next `## ` heading that is not inside a fenced code block (a `## ` line in an example cut
 * the notes short, and the fence left open swallowed the entry's changes: a maintainer's review).
 * A fence never closed ends nowhere: the notes then end at the next `## ` line, fenced or not.
 * Returns the section's line range in `lines` and its notes.
 */
function unreleasedSection(lines: readonly string[]): { start: number; end: number; notes: string } | null {
  return sectionUnder(lines, UNRELEASED_HEADING);
}

/** The section under the first `## ` heading that `heading` matches, outside fenced code, as above. */
function sectionUnder(
  lines: readonly string[],
  heading: RegExp,
): { start: number; end: number; notes: string } | null {
  let inFence = false;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) inFence = !inFence;
    else if (!inFence && heading.test(lines[i]!)) {
      start = i;
      break;
    }
  }
  if (start === -1) return null;
  const endAt = (respectFences: boolean) => {
    let fenced = false;
    for (let i = start + 1; i < lines.length; i++) {
      if (respectFences && FENCE.test(lines[i]!)) fenced = !fenced;
      else if (!fenced && lines[i]!.startsWith("## ")) return { end: i, closed: true };
    }
    return { end: lines.length, closed: !fenced };
  };
  const fenced = endAt(true);
  const { end } = fenced.closed ? fenced : endAt(false);
  return {
    start,
    end,
    notes: lines
      .slice(start + 1, end)
      .join("\n")
      .trim(),
  };
}

/**
 * One release's entry in the changelog, its `## <version>` heading included (Keep a Changelog's
 * `## [<version>]` too), or null when it has none. The release build publishes it beside the
 * release's files: an erratum written into the changelog after a release was cut (1.1.0's) reached
 * no one who had only the released folder.
 */
export function changelogSection(changelog: string, version: string): string | null {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = (changelog.startsWith(BOM) ? changelog.slice(BOM.length) : changelog).split("\n");
  const section = sectionUnder(lines, new RegExp(`^## \\[?${escaped}\\]?(?![\\w.-])`));
  return section === null ? null : `${lines[section.start]}\n\n${section.notes}\n`.replace(/\n\n\n$/, "\n");
}

/**
 * The changelog with `entry` at its top, under its title (`current` null: a new file), and the
 * entry as written there. Notes a maintainer wrote under `## Unreleased` become part of the entry
 * (after its counts, before the changes the diff lists), so that cutting a release never leaves
 * them describing nothing; the entry printed on release left them out (an outside audit).
 */
export function changelogWith(current: string | null, entry: string): { text: string; entry: string } {
  // A byte order mark (a CHANGELOG saved by an editor on Windows) stays at the very top, where it
  // was: read as part of the title, it hid the title, and each release put another above it.
  const bom = current?.startsWith(BOM) ? BOM : "";
  // Written with the line ends it has: a CRLF history had ten LF lines put at its top.
  const crlf = current?.includes("\r\n") ?? false;
  const text = current === null ? "# Changelog\n" : current.slice(bom.length).replaceAll("\r\n", "\n");
  const [title, ...rest] = text.split("\n");
  let body = rest.join("\n").replace(/^\n+/, "");
  const head = title?.startsWith("# ") ? title : "# Changelog";
  if (!title?.startsWith("# ")) body = text;
  const lines = body.split("\n");
  const unreleased = unreleasedSection(lines);
  let full = entry;
  if (unreleased !== null) {
    body = [...lines.slice(0, unreleased.start), ...lines.slice(unreleased.end)]
      .join("\n")
      .replace(/^\n+/, "");
    const { notes } = unreleased;
    // The entry's heading and counts are its first two paragraphs.
    const [heading, counts, ...changes] = entry.split("\n\n");
    // Notes with a heading of their own ("### Notes") go last: before the changes, the heading
    // took the entry's own lines into its section (an outside audit).
    if (notes !== "")
      full = /^#{3,6}\s/m.test(notes)
        ? `${[heading, counts, ...changes].join("\n\n").trimEnd()}\n\n${notes}\n`
        : [heading, counts, notes, ...changes].join("\n\n");
  }
  const written = `${head}\n\n${full}${body ? `\n${body}` : ""}`;
  return { text: `${bom}${crlf ? written.replaceAll("\n", "\r\n") : written}`, entry: full };
}

/**
 * The changelog as it stands, or null when there is none. Any other failure to read it refuses
 * the release: an unreadable history replaced by a new one would be lost (a maintainer's review
 * saw 53 lines become 9 under `chmod 200`).
 */
export async function readChangelog(path: string): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    // Unreadable input, exit 2 as the help says (a folder in its place exited 1, an outside audit).
    throw new DatasetReadError(`cannot update ${path}: ${(error as Error).message}`, path);
  }
  try {
    await access(path, constants.W_OK);
  } catch (error) {
    throw new ReleaseRefusedError(`cannot update ${path}: ${(error as Error).message}`);
  }
  // Read strictly: a Latin-1 "é" became U+FFFD for good, and a UTF-16 history had a UTF-8 entry
  // put above it, each with exit 0 (an outside audit).
  try {
    return decodeSourceText(bytes, path);
  } catch (error) {
    throw new DatasetReadError(`cannot update ${path}: ${(error as Error).message}`, path);
  }
}
