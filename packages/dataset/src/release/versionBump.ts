import semver from "semver";
import type { ReleaseDiff } from "../diff/diffReleases.js";
import type { DataPackage, Resource } from "../schema/datapackage.js";
import { TABLE_NAMES, TABLES } from "../schema/tables.js";

export type BumpLevel = "major" | "minor" | "patch";

const RANK: Record<BumpLevel, number> = { patch: 0, minor: 1, major: 2 };

/** The smallest release a change allows over the one before it, and why (the reasons for that level). */
export interface RequiredBump {
  level: BumpLevel;
  reasons: string[];
}

const FEW = 3;
const some = (ids: readonly string[]) =>
  ids.length <= FEW ? ids.join(", ") : `${ids.slice(0, FEW).join(", ")} and ${ids.length - FEW} more`;

const fieldNames = (r: Resource) => r.schema.fields.map((f) => f.name);

/** How one resource's fields changed, in the terms of the Data Package Version recipe (all major). */
function fieldChanges(before: Resource, after: Resource): string[] {
  const was = fieldNames(before);
  const now = fieldNames(after);
  const added = now.filter((f) => !was.includes(f));
  const removed = was.filter((f) => !now.includes(f));
  const reasons: string[] = [];
  if (added.length > 0)
    reasons.push(`${after.path} adds the field${added.length === 1 ? "" : "s"} ${some(added)}`);
  if (removed.length > 0)
    reasons.push(`${after.path} drops the field${removed.length === 1 ? "" : "s"} ${some(removed)}`);
  // Columns are read by position (Table Schema matches fields to columns in order), so a column
  // added in the middle moves every one after it: that is said once, by the fields it adds.
  const kept = was.filter((f) => now.includes(f));
  const keptNow = now.filter((f) => was.includes(f));
  if (added.length === 0 && kept.some((f, i) => keptNow[i] !== f))
    reasons.push(`${after.path} puts its fields in another order`);
  for (const field of after.schema.fields) {
    const old = before.schema.fields.find((f) => f.name === field.name);
    if (old === undefined) continue;
    if (old.type !== field.type || (old.format ?? "default") !== (field.format ?? "default"))
      reasons.push(
        `${after.path} changes the type of ${field.name} from ${old.type}${old.format ? `/${old.format}` : ""} to ${field.type}${field.format ? `/${field.format}` : ""}`,
      );
  }
  return reasons;
}

/**
 * The version a release needs over the one before, by the Frictionless Data Package Version recipe
 * (frictionlessdata/datapackage, recipes/data-package-version), which a reader of the package
 * relies on without Tally: major when a reader's code can break (a resource gone; fields added, dropped,
 * re-ordered or retyped, since a Table Schema reader maps columns by position; rows gone, which
 * other rows, assessments and citations may name); minor when data is added (a resource, rows);
 * patch for corrections to existing rows and descriptive words.
 */
export function requiredBump(
  before: DataPackage | null,
  after: DataPackage,
  diff: ReleaseDiff,
): RequiredBump {
  const found: Record<BumpLevel, string[]> = { major: [], minor: [], patch: [] };
  if (before !== null) {
    for (const old of before.resources) {
      const now = after.resources.find((r) => r.name === old.name);
      if (now === undefined) found.major.push(`the resource ${old.name} (${old.path}) is gone`);
      else found.major.push(...fieldChanges(old, now));
    }
    for (const now of after.resources)
      if (!before.resources.some((r) => r.name === now.name))
        found.minor.push(`the resource ${now.name} (${now.path}) is new`);
  }
  for (const table of TABLE_NAMES) {
    const { added, removed, changed } = diff[table];
    if (removed.length > 0)
      found.major.push(
        `${table}: ${removed.length} row${removed.length === 1 ? "" : "s"} removed (${some(removed.map((r) => String((r as Record<string, unknown>)[TABLES[table].key])))})`,
      );
    if (added.length > 0)
      found.minor.push(`${table}: ${added.length} row${added.length === 1 ? "" : "s"} added`);
    if (changed.length > 0)
      found.patch.push(`${table}: ${changed.length} row${changed.length === 1 ? "" : "s"} corrected`);
  }
  const level: BumpLevel = found.major.length > 0 ? "major" : found.minor.length > 0 ? "minor" : "patch";
  return { level, reasons: found[level] };
}

/** The level of `version` over `latest` (a pre-release counts as the level it leads to). */
export function bumpOf(latest: string, version: string): BumpLevel {
  const diff = semver.diff(latest, version);
  if (diff === "major" || diff === "premajor") return "major";
  if (diff === "minor" || diff === "preminor") return "minor";
  return "patch";
}

/**
 * Why `version` is too small a step over `latest` for what changed, or null when it is enough:
 * names the smallest version that is, and the changes that call for it.
 */
export function bumpRefusal(latest: string, version: string, required: RequiredBump): string | null {
  const given = bumpOf(latest, version);
  if (RANK[given] >= RANK[required.level]) return null;
  const smallest = semver.inc(latest, required.level)!;
  return (
    `${version} is a ${given} release over ${latest}, but ${required.reasons.join("; ")}: ` +
    `a ${required.level} change by the Data Package Version recipe that readers of the package rely on, ` +
    `so cut ${smallest} or later`
  );
}
