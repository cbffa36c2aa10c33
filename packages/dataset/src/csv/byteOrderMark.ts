import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { DESCRIPTOR_FILE, datasetFilesOf } from "../load/readDatasetFiles.js";

/** The UTF-8 byte order mark, EF BB BF. */
export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];

/** Whether `bytes` start with a UTF-8 byte order mark. */
export const startsWithBom = (bytes: Uint8Array): boolean => UTF8_BOM.every((b, i) => bytes[i] === b);

/** Whether the file at `path` starts with a UTF-8 byte order mark; false when it cannot be read. */
function fileStartsWithBom(path: string): boolean {
  let fd: number;
  try {
    // Opening a pipe with no writer waits for ever, and a folder cannot be read: the loader says
    // what is wrong with either; this question's answer is no.
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, "r");
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(UTF8_BOM.length);
    return readSync(fd, head, 0, head.length, 0) === UTF8_BOM.length && startsWithBom(head);
  } finally {
    closeSync(fd);
  }
}

/**
 * The dataset's CSV files that start with a UTF-8 byte order mark, as Excel saves "CSV UTF-8".
 * Tally reads them, and so do most readers, but Python's csv module and others that take the
 * descriptor's "utf-8" at its word read the mark into the first column's name ("\ufeffclaim_id"):
 * `pnpm dataset hash` and `pnpm dataset:release` say so, since a release keeps its bytes for ever.
 */
export function filesWithBom(dir: string): string[] {
  return datasetFilesOf(dir)
    .filter((path) => path.endsWith(".csv") && fileStartsWithBom(path))
    .map((path) => basename(path));
}

/** Whether the dataset's datapackage.json starts with a UTF-8 byte order mark. */
export const descriptorHasBom = (dir: string): boolean => fileStartsWithBom(join(dir, DESCRIPTOR_FILE));

/**
 * The note both commands print for such files. `released`: said by the release that has just kept
 * the mark, which had told the maintainer to save the file without it "before a release".
 */
export const bomNote = (files: readonly string[], released = false): string =>
  `note: ${files.join(", ")} ${files.length === 1 ? "starts" : "start"} with a UTF-8 byte order mark (Excel's "CSV UTF-8"): Tally reads it, but Python's csv module and other readers that take "utf-8" at its word read it into the first column's name; ${released ? "this release keeps it, since a release's bytes never change: save the working copy's file as UTF-8 without it for the next release" : "save as UTF-8 without it before a release, which keeps its bytes for ever"}`;
