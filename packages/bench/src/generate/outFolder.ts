import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { BENCH_DESCRIPTION, BENCH_NAME_PREFIX } from "./descriptor.js";

/** The folder `path` names once symbolic links are followed, as far as it exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, absolute));
}

/**
 * Whether `datapackage.json` in `dir` is one bench:data wrote: its name starts `tally-bench-` and
 * its description is the generator's own, which writeDescriptor sets and nothing else writes. The
 * descriptor rather than expected.json: a run stopped between the two leaves the descriptor alone,
 * and an expected.json says nothing about whose tables lie beside it.
 */
function writtenByBench(descriptor: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(descriptor, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return false;
    const { name, description } = parsed as { name?: unknown; description?: unknown };
    return (
      typeof name === "string" && name.startsWith(BENCH_NAME_PREFIX) && description === BENCH_DESCRIPTION
    );
  } catch {
    return false;
  }
}

/**
 * Why bench:data must not write its tables, datapackage.json and expected.json into `out`, or null
 * when it may: `out` is a release (it holds a manifest.json) or lies in a dataset's releases/ folder
 * (released files never change), or it holds a datapackage.json that bench:data did not write (a
 * dataset of its own, such as `data/`, whose tables it would overwrite). Any other folder may be
 * written: a new or empty one, one bench:data wrote before (how `pnpm bench` reuses bench-data/),
 * or one a run stopped before its descriptor, which holds only the tables it began.
 */
export function outFolderProblem(out: string): string | null {
  const dir = realPath(out);
  for (let folder = dir; dirname(folder) !== folder; folder = dirname(folder))
    if (basename(folder) === "releases" && existsSync(join(dirname(folder), "datapackage.json")))
      return `${folder === dir ? "is" : `is inside ${folder},`} the releases of the dataset in ${dirname(folder)}: released files never change`;
  if (existsSync(join(dir, "manifest.json")))
    return "holds a manifest.json: it is a release, whose files never change";
  const descriptor = join(dir, "datapackage.json");
  if (existsSync(descriptor) && !writtenByBench(descriptor))
    return "holds a datapackage.json that bench:data did not write (a dataset of its own, whose tables would be overwritten); give a new folder or one bench:data wrote";
  return null;
}
