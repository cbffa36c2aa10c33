import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { FileWriteError, statOrNull } from "../wholeFile.js";

/** Where a path would land once its folder's symlinks are followed ("data/../data/claims.csv"). */
function landing(path: string): string {
  try {
    return resolve(realpathSync(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses an `--out` that would overwrite what propose reads: the source text itself, or any file
 * in the data folder (`--out data/claims.csv` once replaced every recorded claim with proposals).
 */
export function refuseInputAsOut(out: string, inputs: { textFile: string; dataDir: string }): void {
  const target = statOrNull(out, true);
  const text = statOrNull(inputs.textFile, true);
  if (target && text && target.dev === text.dev && target.ino === text.ino)
    throw new FileWriteError(`--out ${out} is the source text itself; name another file`);
  const dataDir = statOrNull(inputs.dataDir, true) ? realpathSync(inputs.dataDir) : resolve(inputs.dataDir);
  const inside = relative(dataDir, landing(out));
  if (!inside.startsWith("..") && !isAbsolute(inside))
    throw new FileWriteError(
      `--out ${out} is inside the data folder ${inputs.dataDir}; write proposals elsewhere and paste the reviewed rows in`,
    );
}
