import { closeSync, openSync, renameSync, rmSync } from "node:fs";

/**
 * Writes a file under `<path>.partial` and renames it to `path` once `write` has finished: a run
 * that fails halfway leaves no file that looks complete, and an older file at `path` stays until a
 * new one replaces it.
 */
export async function writeWholeFile<T>(path: string, write: (fd: number) => T | Promise<T>): Promise<T> {
  const partial = `${path}.partial`;
  const fd = openSync(partial, "w");
  let whole = false;
  try {
    const result = await write(fd);
    whole = true;
    return result;
  } finally {
    closeSync(fd);
    if (whole) renameSync(partial, path);
    else rmSync(partial, { force: true });
  }
}
