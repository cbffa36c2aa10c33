import { Worker } from "node:worker_threads";
import { HEADER_BYTES } from "../csv/headerOf.js";
import { hasHiddenControls } from "../csv/hiddenControls.js";
import { layoutScan } from "../csv/layoutScan.js";
import { linePieces } from "../csv/linePieces.js";
import type { PlainLayout } from "../csv/plainCsv.js";
import type { FileDigest } from "../datapackage/hash.js";

/** What a thread found out about one file, reading it once from disk. */
export interface FileCheck extends FileDigest {
  /** The file's first `HEADER_BYTES` (all of a shorter file): what `headerOf` reads. */
  head: Uint8Array;
  utf8: boolean;
  /** The file's `plainLayout`: null when it is not plain, or not UTF-8. */
  layout: PlainLayout | null;
  /** Whether the file holds a character `hasHiddenControls` finds, so its cells must be looked at. */
  hiddenControls: boolean;
}

/**
 * The thread's whole program, as CommonJS text, so that it runs the same from the TypeScript
 * sources, from dist and under a test runner; the layout checks and the cutting into pieces are
 * `layoutScan`'s, `linePieces`' and `hasHiddenControls`' own source (with a stand-in for the `__name` helper esbuild adds
 * to functions it transforms with keepNames, as tsx does). Each file is read through one buffer,
 * hashed as read, and checked in the pieces `linePieces` cuts after a line feed, as the main thread's
 * `fileChunks` cuts it; its answer is posted as soon as it is known, so the first file can be
 * parsed while the others are checked.
 */
const PROGRAM = `
const { workerData, parentPort } = require("node:worker_threads");
const { closeSync, openSync, readSync } = require("node:fs");
const { createHash } = require("node:crypto");
const { isUtf8 } = require("node:buffer");
// Run from TypeScript by tsx, the function's text carries esbuild's keepNames helper calls.
const __name = (fn) => fn;
const layoutScan = ${layoutScan.toString()};
const linePieces = ${linePieces.toString()};
const hasHiddenControls = ${hasHiddenControls.toString()};
// Reused for every file; one that a long line makes larger is not kept.
const buffer = Buffer.allocUnsafe(workerData.bufferBytes);
workerData.paths.forEach((path, index) => {
  try {
    const fd = openSync(path, "r");
    try {
      const head = Buffer.allocUnsafe(workerData.headBytes);
      const headLength = readSync(fd, head, 0, head.length, 0);
      const hash = createHash("sha256");
      const scan = layoutScan(isUtf8);
      let bytes = 0;
      let hiddenControls = false;
      const read = (into, offset, length) => {
        const n = readSync(fd, into, offset, length, null);
        hash.update(into.subarray(offset, offset + n));
        bytes += n;
        return n;
      };
      for (const piece of linePieces(read, () => false, buffer))
        if (piece.bytes.length > 0) {
          scan.piece(piece.bytes);
          if (!hiddenControls) hiddenControls = hasHiddenControls(piece.bytes);
        }
      parentPort.postMessage({
        index,
        bytes,
        sha256: hash.digest("hex"),
        head: head.subarray(0, headLength),
        utf8: scan.utf8(),
        layout: scan.end(),
        hiddenControls,
      });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    parentPort.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Answer = { index: number } & (FileCheck | { error: string });

/**
 * Each file's digest, UTF-8 check and plain layout, found by a thread of its own from the files on
 * disk while the caller goes on: at a million claims the checks took 2 s of the main thread, most
 * of it the first touch of a fresh 330 MB buffer. One promise per file, settled as soon as that
 * file is done; if the thread fails, every unsettled one rejects. A promise nobody awaits (a load
 * that stopped at an earlier file) is not an unhandled rejection.
 */
export function checkFilesInThread(paths: readonly string[], bufferBytes = 4 << 20): Promise<FileCheck>[] {
  const settle: { resolve: (check: FileCheck) => void; reject: (error: Error) => void }[] = [];
  const answers = paths.map(
    (_, i) =>
      new Promise<FileCheck>((resolve, reject) => {
        settle[i] = { resolve, reject };
      }),
  );
  for (const answer of answers) answer.catch(() => {});
  if (paths.length === 0) return answers;
  let answered = 0;
  const worker = new Worker(PROGRAM, {
    eval: true,
    // The program is CommonJS text: a parent's `--input-type=module` would make it a module.
    execArgv: [],
    workerData: { paths, bufferBytes, headBytes: HEADER_BYTES },
  });
  const failAll = (error: Error) => {
    void worker.terminate();
    for (const s of settle) s.reject(error);
  };
  worker.on("message", (answer: Answer) => {
    if ("error" in answer) return failAll(new Error(`cannot read ${paths[answer.index]}: ${answer.error}`));
    const { bytes, sha256, head, utf8, layout, hiddenControls } = answer;
    settle[answer.index]!.resolve({ bytes, sha256, head, utf8, layout, hiddenControls });
    // The program ends after the last file, and the thread with it.
    answered++;
  });
  worker.on("error", failAll);
  worker.on("exit", () => {
    if (answered < paths.length)
      failAll(new Error("the thread reading the files stopped before it was done"));
  });
  return answers;
}
