import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  unlinkSync,
} from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";

/**
 * A file that cannot be written where it was asked for, in one line: the CLIs exit 2 with it. The
 * validator's report writer throws it too (as `FileWriteError`), with the errno `code` it met.
 */
export class FileWriteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The file at `path` (through a symlink when `follow`), or null when there is none. */
export const statOrNull = (path: string, follow: boolean): Stats | null => {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new FileWriteError(`cannot write ${path}: ${(error as Error).message}`);
  }
};

/** Where a path would land once its folder's symlinks are followed ("data/../data/claims.csv"). */
function landing(path: string): string {
  try {
    return resolve(realpathSync(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/**
 * Whether a file written at `path` would land inside `folder` (at any depth), symlinks followed on
 * both sides: an output that must never take the place of the data it was made from.
 */
export function landsInside(path: string, folder: string): boolean {
  const dir = statOrNull(folder, true) ? realpathSync(folder) : resolve(folder);
  const inside = relative(dir, landing(path));
  return !inside.startsWith("..") && !isAbsolute(inside);
}

/**
 * The descriptor of standard output or error when `target` is the file it is open on: `--out
 * /dev/stdout` with output sent to a file (`> report.json`), where the link leads to that file.
 */
function standardStreamOn(target: Stats): number | undefined {
  for (const fd of [1, 2]) {
    try {
      const s = fstatSync(fd);
      if (s.dev === target.dev && s.ino === target.ino) return fd;
    } catch {
      // A closed standard stream is no stream to write through.
    }
  }
  return undefined;
}

/** A device, FIFO or socket: written to as it is, never replaced by a file of ours. */
const isStream = (s: Stats) => s.isCharacterDevice() || s.isFIFO() || s.isSocket() || s.isBlockDevice();

/**
 * Creates the missing folders above `path` one level at a time. Node's recursive mkdir loops for
 * ever where mkdir answers ENOENT for a parent that exists (under /proc: 100% CPU for ten minutes
 * on `--out /proc/nope/r.json`); one level at a time, that answer is final.
 */
function makeParents(path: string): void {
  makeFolder(dirname(path), path);
}

/**
 * Makes the folder `dir` and any missing above it, one level at a time (see `makeParents`); a
 * `FileWriteError` naming `forPath` (what was to be written there) when it cannot.
 */
export function makeFolder(dir: string, forPath = dir): void {
  const missing: string[] = [];
  for (let at = dir; ; ) {
    const s = statOrNull(at, true);
    if (s !== null) {
      if (!s.isDirectory()) throw new FileWriteError(`cannot write ${forPath}: ${at} is not a folder`);
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      throw new FileWriteError(`cannot create the folder ${d}: ${(error as Error).message}`);
    }
  }
}

function openFor(path: string, what: string, flags: string | number = "w"): number {
  try {
    return openSync(path, flags);
  } catch (error) {
    // O_EXCL just after the unlink: only another run can have made the file in between.
    const why =
      (error as NodeJS.ErrnoException).code === "EEXIST"
        ? `${path} was made by another process meanwhile; is another run writing the same file?`
        : (error as Error).message;
    throw new FileWriteError(`cannot write ${what}: ${why}`);
  }
}

/**
 * A new file at `path`, open for writing, `forPath` being what it is written for (`path` itself, or
 * the file a partial one becomes). Whatever is left at `path` (a run stopped halfway, a symlink, a
 * hard link to another file) is unlinked, never written through: truncating a hard link would empty
 * the file it shares. A folder there is refused, and so is a file another run makes meanwhile.
 */
export function openFresh(path: string, forPath = path): number {
  removeLeftover(path, forPath);
  const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;
  return openFor(
    path,
    forPath === path ? path : `${forPath} (as ${path})`,
    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW,
  );
}

function removeLeftover(partial: string, path: string): void {
  try {
    unlinkSync(partial);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    const why = code === "EISDIR" ? `${partial} is a folder` : (error as Error).message;
    throw new FileWriteError(`cannot write ${path}: ${why}`);
  }
}

/**
 * Whether `path` is a symlink to the file standard output or error is sent to (`/dev/stdout` after
 * `> proposals.csv`), which `writeWholeFile` writes through the shell's own descriptor: a file the
 * shell has already opened (and, after `>`, emptied), not one a run would replace.
 */
export function isStandardStreamFile(path: string): boolean {
  return linkedStandardStream(statOrNull(path, false), statOrNull(path, true)) !== undefined;
}

/** The descriptor of standard output or error when `link` is a symlink to the file it is sent to. */
function linkedStandardStream(link: Stats | null, target: Stats | null): number | undefined {
  return link?.isSymbolicLink() && target?.isFile() ? standardStreamOn(target) : undefined;
}

/**
 * Writes a report, release or proposals file safely:
 * - a regular file or nothing at `path`: written under `<path>.partial` and renamed once `write`
 *   has finished, so a run that fails halfway leaves no file that looks complete, and an older
 *   file stays until a new one replaces it; whatever is left at `<path>.partial` is unlinked first;
 * - a device, FIFO or socket (`/dev/stdout`, a pipe, `/dev/null`), directly or through a symlink:
 *   written through, never replaced; so is the file standard output or error is sent to, named
 *   through a symlink (`/dev/stdout` after `> report.json`), by the descriptor the shell opened;
 * - a symlink to anything else, or a folder: refused with a `FileWriteError` (exit 2), since
 *   renaming over it would replace the link or fail halfway.
 * Missing folders above `path` are created; where they cannot be, it fails at once.
 */
export async function writeWholeFile<T>(path: string, write: (fd: number) => T | Promise<T>): Promise<T> {
  const link = statOrNull(path, false);
  const target = link?.isSymbolicLink() ? statOrNull(path, true) : link;
  if (target !== null && isStream(target)) {
    const fd = openFor(path, path);
    try {
      return await write(fd);
    } finally {
      closeSync(fd);
    }
  }
  // Written through the shell's own descriptor, never reopened: after `>>` it appends, as asked.
  const standard = linkedStandardStream(link, target);
  if (standard !== undefined) return await write(standard);
  if (link?.isSymbolicLink())
    throw new FileWriteError(`will not replace the symlink ${path}; name the file it points to instead`);
  if (target?.isDirectory()) throw new FileWriteError(`${path} is a folder; name a file to write`);
  // "out/" names a folder even where there is none yet; its partial file would be "out/.partial".
  if (path.endsWith("/") || path.endsWith(sep))
    throw new FileWriteError(`${path} names a folder; name a file to write`);
  if (target !== null && !target.isFile())
    throw new FileWriteError(`will not replace ${path}, which is not a regular file`);
  if (target === null) makeParents(path);
  const partial = `${path}.partial`;
  const fd = openFresh(partial, path);
  let result: T;
  try {
    result = await write(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new FileWriteError(`cannot put ${path} in place: ${(error as Error).message}`);
  }
  return result;
}
