import { FileWriteError, landsInside, statOrNull } from "../wholeFile.js";

/**
 * Refuses an `--out` that would overwrite what propose reads: the source text itself, or any file
 * in the data folder (`--out data/claims.csv` once replaced every recorded claim with proposals).
 */
export function refuseInputAsOut(out: string, inputs: { textFile: string; dataDir: string }): void {
  const target = statOrNull(out, true);
  const text = statOrNull(inputs.textFile, true);
  if (target && text && target.dev === text.dev && target.ino === text.ino)
    throw new FileWriteError(`--out ${out} is the source text itself; name another file`);
  if (landsInside(out, inputs.dataDir))
    throw new FileWriteError(
      `--out ${out} is inside the data folder ${inputs.dataDir}; write proposals elsewhere and paste the reviewed rows in`,
    );
}
