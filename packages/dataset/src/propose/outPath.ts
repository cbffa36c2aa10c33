import { FileWriteError, isStandardStreamFile, landsInside, statOrNull } from "../wholeFile.js";

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

/**
 * Refuses an `--out` file that exists unless `--force` is given: the file may be a review half
 * done, and docs/propose.md runs propose again on the same article with --exclude-existing (an
 * outside audit lost its review so, with exit 0). Not a device or a pipe: `--out /dev/stdout` is
 * how proposals go to standard output with the note on standard error, and so it is when standard
 * output is a file (`> proposals.csv`), which the shell opened before propose started: it was
 * refused as a file that exists (an outside audit), though it is written through, never replaced.
 */
export function refuseExistingOut(out: string): void {
  if (statOrNull(out, true)?.isFile() && !isStandardStreamFile(out))
    throw new FileWriteError(
      `--out ${out} exists and may hold reviewed proposals: name another file, or add --force to replace it`,
    );
}
