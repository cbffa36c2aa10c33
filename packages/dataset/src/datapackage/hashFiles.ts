import { Worker } from "node:worker_threads";
import type { FileDigest } from "./hash.js";

/**
 * The thread's whole program, as CommonJS text: it needs nothing of Tally, so it runs the same
 * from the TypeScript sources, from dist and under a test runner. It reads each file in pieces
 * and posts its digest, or why it could not.
 */
const PROGRAM = `
const { workerData, parentPort } = require("node:worker_threads");
const { closeSync, openSync, readSync } = require("node:fs");
const { createHash } = require("node:crypto");
const buffer = Buffer.allocUnsafe(4 << 20);
workerData.paths.forEach((path, index) => {
  try {
    const fd = openSync(path, "r");
    try {
      const hash = createHash("sha256");
      let bytes = 0;
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; bytes += n)
        hash.update(buffer.subarray(0, n));
      parentPort.postMessage({ index, bytes, sha256: hash.digest("hex") });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    parentPort.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Answer = { index: number } & (FileDigest | { error: string });

/**
 * The digest of each file, computed by a thread of its own from the files on disk while the
 * caller goes on (at a million claims, 360 MB of CSV take a third of a second to hash). The
 * promise settles once every file is hashed: a caller that works synchronously meanwhile awaits
 * it afterwards, and finds the answers waiting.
 */
export function hashFilesInThread(paths: readonly string[]): Promise<FileDigest[]> {
  if (paths.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const found: FileDigest[] = [];
    let answered = 0;
    const worker = new Worker(PROGRAM, { eval: true, workerData: { paths } });
    const fail = (error: Error) => {
      void worker.terminate();
      reject(error);
    };
    worker.on("message", (answer: Answer) => {
      if ("error" in answer) return fail(new Error(`cannot hash ${paths[answer.index]}: ${answer.error}`));
      found[answer.index] = { bytes: answer.bytes, sha256: answer.sha256 };
      if (++answered === paths.length) {
        void worker.terminate();
        resolve(found);
      }
    });
    worker.on("error", fail);
    worker.on("exit", () => {
      if (answered < paths.length) reject(new Error("the hashing thread stopped before it was done"));
    });
  });
}
