import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ReleaseRefusedError } from "../load/errors.js";

export const LOCK_FILE = ".release.lock";
const STALE_EMPTY_MS = 10_000;

/** Whether a process with this id runs (on this machine: the lock holds a process id). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `releases/.release.lock` for one release at a time: two cut at once shared a partial
 * folder, or both said "Changes since" the same release (a maintainer's review). The lock names
 * its process; one left by a process that no longer runs (stopped by kill -9) is taken over.
 * Returns the function that gives it back.
 */
export function takeReleaseLock(releasesDir: string): () => void {
  const path = join(releasesDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw new ReleaseRefusedError(`cannot write ${path}: ${(error as Error).message}`);
    }
    let holder = Number.NaN;
    let age = Number.POSITIVE_INFINITY;
    try {
      age = Date.now() - statSync(path).mtimeMs;
      holder = Number.parseInt(readFileSync(path, "utf8"), 10);
    } catch {
      // Gone meanwhile: try again.
    }
    // No process id yet: a lock being written this instant, unless it has been so for a while.
    const stale = Number.isInteger(holder) ? !running(holder) : age > STALE_EMPTY_MS;
    if (attempt === 0 && stale) {
      try {
        unlinkSync(path);
      } catch {
        // Taken over by another run meanwhile: the next attempt finds its lock.
      }
      continue;
    }
    throw new ReleaseRefusedError(
      `another release is being cut (process ${Number.isInteger(holder) ? holder : "unknown"} holds ${path}); wait for it, or remove the file if no release is running`,
    );
  }
}
