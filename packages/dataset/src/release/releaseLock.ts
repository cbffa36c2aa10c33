import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ReleaseRefusedError } from "../load/errors.js";
import { onStop } from "./signalsHeld.js";

export const LOCK_FILE = ".release.lock";

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
 * its process. One left by a process that no longer runs (stopped by kill -9) is not taken over,
 * since two runs that both found it stale could both take it (a review saw it in 15 of 40 tries):
 * the refusal says that no such process runs, and the maintainer removes the file. Ctrl-C and
 * termination give it back as the process stops. Returns the function that gives the lock back,
 * which never throws: the release is cut by then.
 */
export function takeReleaseLock(releasesDir: string): () => void {
  const path = join(releasesDir, LOCK_FILE);
  const mine = `${process.pid}\n`;
  let fd: number | null = null;
  try {
    fd = openSync(path, "wx");
    writeSync(fd, mine);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      // A lock made but not written (a full disk) would name no process: it goes with the run.
      if (fd !== null) {
        closeSync(fd);
        unlinkSync(path);
      }
      throw new ReleaseRefusedError(`cannot write ${path}: ${(error as Error).message}`);
    }
    throw new ReleaseRefusedError(heldBy(path));
  }
  const giveBack = () => {
    try {
      // Only our own: the file a maintainer removed and another run took is that run's.
      if (readFileSync(path, "utf8") === mine) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  // Ctrl-C or kill stopped a run before its `finally` gave the lock back, and every later release
  // was refused until the file was removed by hand (an outside audit).
  const off = onStop(giveBack);
  return () => {
    off();
    giveBack();
  };
}

/** Why the lock at `path` cannot be taken, in words that say what to do. */
function heldBy(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return `another release was being cut until just now (${path}); run again`;
    return `cannot read ${path} (${(error as Error).message}): if no release is running, remove it and run again`;
  }
  const holder = /^\d+\n?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (!Number.isSafeInteger(holder))
    return `${path} names no process (${text === "" ? "it is empty" : "it is damaged"}): if no release is running, remove it and run again`;
  if (!running(holder))
    return `${path} names process ${holder}, which no longer runs: a release stopped without giving it back (kill -9?); if no release is running, remove the file and run again`;
  return `another release is being cut (process ${holder} holds ${path}); wait for it to finish`;
}
