import semver from "semver";
import { canonicalJson } from "../datapackage/canonicalJson.js";
import { diffedTables, type ReleaseDiff, rowIdOf } from "../diff/diffReleases.js";
import { OPTIONAL_REFERENCES } from "../load/optionalReferences.js";
import { firstFew } from "../namesInWords.js";
import { REFERENCES } from "../references.js";
import type { DataPackage, Resource } from "../schema/datapackage.js";
import type { AnyTableName, Tables } from "../schema/tables.js";

export type BumpLevel = "major" | "minor" | "patch";

const RANK: Record<BumpLevel, number> = { patch: 0, minor: 1, major: 2 };

/** The smallest release a change allows over the one before it, and why (the reasons for that level). */
export interface RequiredBump {
  level: BumpLevel;
  reasons: string[];
}

const fieldNames = (r: Resource) => r.schema.fields.map((f) => f.name);

/** How one resource's fields changed, in the terms of the Data Package Version recipe (all major). */
function fieldChanges(before: Resource, after: Resource): string[] {
  const was = fieldNames(before);
  const now = fieldNames(after);
  const added = now.filter((f) => !was.includes(f));
  const removed = was.filter((f) => !now.includes(f));
  const reasons: string[] = [];
  if (added.length > 0)
    reasons.push(`${after.path} adds the field${added.length === 1 ? "" : "s"} ${firstFew(added)}`);
  if (removed.length > 0)
    reasons.push(`${after.path} drops the field${removed.length === 1 ? "" : "s"} ${firstFew(removed)}`);
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
    reasons.push(
      ...tighterConstraints(after.path ?? after.name, field.name, old.constraints, field.constraints),
    );
  }
  // A reader joins on the keys: a key changed is a reader's join broken.
  if (canonicalJson(before.schema.primaryKey ?? null) !== canonicalJson(after.schema.primaryKey ?? null))
    reasons.push(`${after.path} changes its primary key`);
  const refs = (r: Resource) => (r.schema.foreignKeys ?? []).map((k) => canonicalJson(k));
  const gone = refs(before).filter((k) => !refs(after).includes(k));
  if (gone.length > 0)
    reasons.push(
      `${after.path} changes or drops ${gone.length === 1 ? "a foreign key" : `${gone.length} foreign keys`}`,
    );
  return reasons;
}

type Constraints = Resource["schema"]["fields"][number]["constraints"];

/**
 * The recipe's "a constraint made more restrictive": a field now required or unique, an enum
 * that lost values, a pattern that changed (which Tally cannot tell looser from tighter, so it
 * takes the reader's side). An enum dropped for a foreign key, as vocabularies became files in
 * 1.1.0, is looser and not listed.
 */
function tighterConstraints(path: string, name: string, was: Constraints, now: Constraints): string[] {
  const reasons: string[] = [];
  if (now?.required === true && was?.required !== true) reasons.push(`${path} makes ${name} required`);
  if (now?.unique === true && was?.unique !== true) reasons.push(`${path} makes ${name} unique`);
  if (now?.enum !== undefined) {
    const lost = (was?.enum ?? []).filter((v) => !now.enum!.includes(v));
    if (was?.enum === undefined || lost.length > 0)
      reasons.push(
        `${path} narrows the values of ${name}${lost.length > 0 ? ` (no longer ${firstFew(lost.map(String))})` : " to a list"}`,
      );
  }
  if (now?.pattern !== undefined && now.pattern !== was?.pattern)
    reasons.push(`${path} changes the pattern of ${name}`);
  return reasons;
}

const rows = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

/**
 * The ids other rows name, per table: a claim another claim repeats or bases a share on, or an
 * assessment cites; an event, source or metric a claim (or an assessment) names; a vocabulary row
 * in use. Removing one of these is the recipe's "delete data referenced by another resource".
 * Only rows that stay (`stays`) count: an event taken out with its only claims breaks no join.
 */
function referencedIds(
  tables: Partial<Tables>,
  stays: (table: AnyTableName, row: object) => boolean,
): Map<AnyTableName, Set<string>> {
  const ids = new Map<AnyTableName, Set<string>>();
  const add = (table: AnyTableName, value: unknown) => {
    if (typeof value !== "string" || value === "") return;
    const set = ids.get(table) ?? new Set<string>();
    set.add(value);
    ids.set(table, set);
  };
  for (const ref of [...REFERENCES, ...OPTIONAL_REFERENCES])
    for (const row of (tables[ref.table] ?? []) as readonly Record<string, unknown>[]) {
      if (!stays(ref.table, row)) continue;
      const value = row[ref.column];
      for (const id of Array.isArray(value) ? value : [value]) add(ref.target, id);
    }
  return ids;
}

/**
 * The version a release needs over the one before, after the Frictionless Data Package Version
 * recipe (frictionlessdata/datapackage, recipes/data-package-version), which a reader of the
 * package relies on without Tally: major when a reader's code can break (a resource gone; fields
 * added, dropped, re-ordered or retyped, since a Table Schema reader maps columns by position; a
 * constraint tightened; a key changed; rows removed that rows it keeps named);
 * minor when data is added (a resource, rows); patch for corrections: values changed, a row
 * nothing named removed, words. `diff` (`diffReleases`) holds every table both releases have,
 * optional ones included; `beforeTables` are the rows of the release before, for what they named.
 */
export function requiredBump(
  before: DataPackage,
  after: DataPackage,
  diff: ReleaseDiff,
  beforeTables: Partial<Tables>,
): RequiredBump {
  const found: Record<BumpLevel, string[]> = { major: [], minor: [], patch: [] };
  // The recipe's first major change; a rename went through as a patch (an outside audit).
  if (before.name !== after.name)
    found.major.push(
      `the package's name changed (${before.name} → ${after.name}): a reader that names it finds it no more`,
    );
  for (const old of before.resources) {
    const now = after.resources.find((r) => r.name === old.name);
    if (now === undefined) found.major.push(`the resource ${old.name} (${old.path}) is gone`);
    else found.major.push(...fieldChanges(old, now));
  }
  for (const now of after.resources)
    if (!before.resources.some((r) => r.name === now.name))
      found.minor.push(`the resource ${now.name} (${now.path}) is new`);
  // A vocabulary without its file reads as Tally's built-in rows on either side, so a file
  // written out with those rows is no change, and a row taken out of it is one.
  const gone = new Map(
    diffedTables(diff).map((t) => [t, new Set(diff[t]!.removed.map((r) => rowIdOf(t, r)))] as const),
  );
  const named = referencedIds(beforeTables, (t, row) => gone.get(t)?.has(rowIdOf(t, row)) !== true);
  for (const table of diffedTables(diff)) {
    const { added, removed, changed } = diff[table]!;
    const ids = removed.map((r) => rowIdOf(table, r));
    const inUse = ids.filter((id) => named.get(table)?.has(id) === true);
    const unused = ids.filter((id) => named.get(table)?.has(id) !== true);
    if (inUse.length > 0)
      found.major.push(`${table}: ${rows(inUse.length)} removed that other rows named (${firstFew(inUse)})`);
    if (unused.length > 0)
      found.patch.push(`${table}: ${rows(unused.length)} removed that nothing named (${firstFew(unused)})`);
    if (added.length > 0) found.minor.push(`${table}: ${rows(added.length)} added`);
    if (changed.length > 0) found.patch.push(`${table}: ${rows(changed.length)} corrected`);
  }
  const level: BumpLevel = found.major.length > 0 ? "major" : found.minor.length > 0 ? "minor" : "patch";
  return { level, reasons: found[level] };
}

/**
 * The step to `version`: from the latest release before it that is no pre-release (pre-releases
 * of one version may change anything among themselves, so 1.1.0 → 2.0.0-rc.1 → 2.0.0-rc.2 → 2.0.0
 * are all major steps from 1.1.0), or from the latest release when every one is a pre-release. A
 * pre-release counts as the level it leads to.
 */
export function bumpOf(releases: readonly string[], version: string): { from: string; level: BumpLevel } {
  const earlier = releases.filter((v) => semver.lt(v, version));
  const stable = earlier.filter((v) => semver.prerelease(v) === null);
  const from = semver.rsort([...(stable.length > 0 ? stable : earlier)])[0]!;
  const diff = semver.diff(from, version);
  if (diff === "major" || diff === "premajor") return { from, level: "major" };
  if (diff === "minor" || diff === "preminor") return { from, level: "minor" };
  return { from, level: "patch" };
}

/**
 * Why `version` is too small a step over the releases before it for what changed, or null when
 * it is enough: names the smallest version that is, and the changes that call for it.
 */
export function bumpRefusal(
  releases: readonly string[],
  version: string,
  required: RequiredBump,
): string | null {
  const { from, level: given } = bumpOf(releases, version);
  if (RANK[given] >= RANK[required.level]) return null;
  const smallest = semver.inc(from, required.level)!;
  return (
    `${version} is a ${given} release over ${from}, but ${required.reasons.join("; ")}: ` +
    `a ${required.level} change by the Data Package Version recipe that readers of the package rely on, ` +
    `so cut ${smallest} or later`
  );
}
