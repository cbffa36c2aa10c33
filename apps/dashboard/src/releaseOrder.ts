import { byCodeUnit, type ReleaseIndex } from "@tally/dataset";
import compareSemver from "semver/functions/compare.js";
import validSemver from "semver/functions/valid.js";

/** A working copy (`data/`, not yet cut) is newer than every release. */
const WORKING = "working";

/**
 * Below 0 when release `a` came before `b`, above 0 when after: by semantic version, as `pnpm
 * dataset list` orders them, whatever order the index lists them in (a `?data=` index may list the
 * newest first, or in no order: 1.10.0 is newer than 1.9.0 wherever it stands). A version that is
 * no semver is ordered by the day its release was cut, then by its place in the index.
 */
export function compareReleases(index: ReleaseIndex, a: string, b: string): number {
  if (a === b) return 0;
  if (a === WORKING || b === WORKING) return a === WORKING ? 1 : -1;
  if (validSemver(a) && validSemver(b)) return compareSemver(a, b);
  const entry = (v: string) => index.releases.findIndex((r) => r.version === v);
  const created = (v: string) => index.releases[entry(v)]?.created ?? "";
  return byCodeUnit(created(a), created(b)) || entry(a) - entry(b);
}

/** The two releases of a comparison, the older first: its changes are told from it to the newer. */
export function olderAndNewer(index: ReleaseIndex, a: string, b: string): [string, string] {
  return compareReleases(index, a, b) > 0 ? [b, a] : [a, b];
}
