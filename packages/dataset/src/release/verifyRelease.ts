import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { sha256Hex } from "../datapackage/hash.js";
import { issueText, valueAt } from "../datapackage/issueText.js";
import { parseJson } from "../jsonText.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { type ReleaseManifest, releaseManifestSchema } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import { MANIFEST_FILE } from "./manifest.js";

const problem = (code: string, file: string, message: string): Problem => ({
  code,
  file,
  row: null,
  line: null,
  column: null,
  message,
});

/**
 * A release folder's manifest, or the problem that keeps it from being read (missing, not JSON, not
 * a manifest): the one reading of it that `verifyRelease` and the release build share.
 */
export async function readReleaseManifest(dir: string): Promise<ReleaseManifest | Problem> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return problem(
      PROBLEM_CODES.releaseManifest,
      MANIFEST_FILE,
      `release ${basename(dir)} has no ${MANIFEST_FILE}`,
    );
  }
  const json = parseJson(text);
  if (!json.ok) {
    return problem(PROBLEM_CODES.releaseManifest, MANIFEST_FILE, `is ${json.problem}`);
  }
  const parsed = releaseManifestSchema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return problem(
    PROBLEM_CODES.releaseManifest,
    MANIFEST_FILE,
    `${issue.path.join(".") || "manifest"}: ${issueText(issue, valueAt(json.value, issue.path))}`,
  );
}

/**
 * Checks a release folder against its manifest: released files never change, so any file whose
 * bytes differ, that is gone, or that was added since the release was cut is a problem.
 */
export async function verifyRelease(dir: string): Promise<Problem[]> {
  const manifest = await readReleaseManifest(dir);
  if ("code" in manifest) return [manifest];
  // Named by its folder, which is what every command reads it as: a manifest claiming another
  // version had every message name a release that was not there (an outside audit).
  const version = basename(dir);
  const problems: Problem[] = [];
  if (manifest.version !== version)
    problems.push({
      ...problem(
        PROBLEM_CODES.releaseManifest,
        MANIFEST_FILE,
        `version is ${manifest.version} but the release folder is ${version}: a manifest is written with its release and never edited; restore it from version control`,
      ),
      column: "version",
    });
  const present = new Set(
    (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name),
  );
  for (const [file, want] of Object.entries(manifest.files)) {
    // Only the folder's own files: a path elsewhere was reported as missing, at a path no reader
    // of the report could find (an outside audit).
    if (file !== basename(file) || file === "." || file === ".." || file.includes("\\")) {
      problems.push({
        ...problem(
          PROBLEM_CODES.releaseManifest,
          MANIFEST_FILE,
          `files names ${JSON.stringify(file)}, which is not a file of the release's own folder: a manifest lists only the files of its release`,
        ),
        column: "files",
      });
      continue;
    }
    if (!present.has(file)) {
      problems.push(
        // The finding's file says where; the folder as this process resolved it would only repeat it.
        problem(
          PROBLEM_CODES.releaseMissing,
          file,
          `${file} of release ${version} is missing: its manifest lists it, and released files never go`,
        ),
      );
      continue;
    }
    const bytes = await readFile(join(dir, file));
    const sha256 = sha256Hex(bytes);
    if (sha256 !== want.sha256 || bytes.byteLength !== want.bytes)
      problems.push(
        problem(
          PROBLEM_CODES.releaseChanged,
          file,
          `${file} of release ${version} changed after it was cut (manifest: sha256 ${want.sha256.slice(0, 12)}…, ${want.bytes} bytes; now: ${sha256.slice(0, 12)}…, ${bytes.byteLength} bytes); released files never change: restore it from version control and put the edit in the working copy`,
        ),
      );
  }
  for (const file of [...present].sort())
    if (file !== MANIFEST_FILE && !Object.hasOwn(manifest.files, file))
      problems.push(
        problem(
          PROBLEM_CODES.releaseExtra,
          file,
          `${file} is not part of release ${version} (not in its manifest)`,
        ),
      );
  return problems;
}
