import { canonicalJson } from "../datapackage/canonicalJson.js";
import type { ReleaseDiff } from "../diff/diffReleases.js";
import { firstFew } from "../namesInWords.js";
import type { DataPackage, Resource } from "../schema/datapackage.js";
import { visibleControls } from "../visibleControls.js";

// What changes with every release, or with the bytes the row diff already describes.
const PACKAGE_OWN = new Set(["resources", "version", "created"]);
const RESOURCE_OWN = new Set(["name", "schema", "bytes", "hash"]);
const SCHEMA_OWN = new Set(["fields"]);

const differs = (a: unknown, b: unknown) => canonicalJson(a ?? null) !== canonicalJson(b ?? null);
const keysOf = (...objects: object[]) => [...new Set(objects.flatMap((o) => Object.keys(o)))].sort();

/**
 * A short value as it reads (`"Daily NK"`, `{"lineTerminator":"\n"}`), or "(none)"; its control
 * and invisible characters as escapes, as `describeDiff` shows cells.
 */
function shown(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = visibleControls(JSON.stringify(value));
  if (text.length <= 60) return text;
  // By code points, and short of an escape it would cut in two ("\u20…").
  return `${Array.from(text)
    .slice(0, 57)
    .join("")
    .replace(/\\(?:u\{?[0-9a-fA-F]{0,5})?$/, "")}…`;
}

/** `key before → after`, or `key changed` where the two differ only past what is shown. */
function change(key: string, was: unknown, now: unknown): string {
  const [before, after] = [shown(was), shown(now)];
  return before === after ? `${key} changed` : `${key} ${before} → ${after}`;
}

/**
 * One change to the descriptor, with both values whole: `pnpm dataset diff --format json` gives
 * these, where the lines a person reads cut a value at 60 characters and name at most three fields
 * (a script could not learn the fourth new field's name: an outside audit). `resource` is the
 * resource's path, null for the package's own properties; `field` a field of its schema. A side
 * without the property, resource or field has no `before` or `after`.
 */
export interface DescriptorChange {
  resource: string | null;
  /** The property (`description`, `dialect`, `schema.foreignKeys`), or `resource` or `field` for one added or dropped. */
  property: string;
  field?: string;
  before?: unknown;
  after?: unknown;
}

const sides = (was: unknown, now: unknown) => ({
  ...(was === undefined ? {} : { before: was }),
  ...(now === undefined ? {} : { after: now }),
});

function resourceDiff(was: Resource, now: Resource): DescriptorChange[] {
  const resource = now.path;
  const out: DescriptorChange[] = [];
  for (const key of keysOf(was, now))
    if (!RESOURCE_OWN.has(key) && differs(was[key], now[key]))
      out.push({ resource, property: key, ...sides(was[key], now[key]) });
  for (const key of keysOf(was.schema, now.schema))
    if (!SCHEMA_OWN.has(key) && differs(was.schema[key], now.schema[key]))
      out.push({ resource, property: `schema.${key}`, ...sides(was.schema[key], now.schema[key]) });
  const named = (r: Resource, name: string) => r.schema.fields.find((f) => f.name === name);
  for (const field of now.schema.fields)
    if (named(was, field.name) === undefined)
      out.push({ resource, property: "field", field: field.name, after: field });
  for (const field of was.schema.fields)
    if (named(now, field.name) === undefined)
      out.push({ resource, property: "field", field: field.name, before: field });
  for (const field of now.schema.fields) {
    const old = named(was, field.name);
    if (old === undefined) continue;
    for (const key of keysOf(old, field))
      if (key !== "name" && differs(old[key], field[key]))
        out.push({ resource, property: key, field: field.name, ...sides(old[key], field[key]) });
  }
  return out;
}

/**
 * What changed in the descriptor between two releases that their rows do not show: the package's
 * own properties (title, licences, sources), and each resource's (description, CSV dialect) and
 * fields' (descriptions, constraints, new or dropped), each whole.
 */
export function descriptorDiff(was: DataPackage, now: DataPackage): DescriptorChange[] {
  const out: DescriptorChange[] = [];
  for (const key of keysOf(was, now))
    if (!PACKAGE_OWN.has(key) && differs(was[key], now[key]))
      out.push({ resource: null, property: key, ...sides(was[key], now[key]) });
  for (const resource of now.resources) {
    const old = was.resources.find((r) => r.name === resource.name);
    if (old === undefined) out.push({ resource: resource.path, property: "resource", after: resource.name });
    else out.push(...resourceDiff(old, resource));
  }
  for (const old of was.resources)
    if (!now.resources.some((r) => r.name === old.name))
      out.push({ resource: old.path, property: "resource", before: old.name });
  return out;
}

/**
 * `descriptorDiff` in lines a person reads, for the CHANGELOG and `pnpm dataset diff`: values cut
 * short, a release that adds fields or rewrites every description said in one line per property
 * and resource, not forty; so that a release of descriptor changes alone does not read "no changes".
 */
export function descriptorChanges(was: DataPackage, now: DataPackage): string[] {
  // A group of field changes holds its place where its first change comes.
  const lines: (string | FieldGroup)[] = [];
  const fieldsOf = new Map<string, FieldGroup>();
  for (const c of descriptorDiff(was, now)) {
    if (c.resource === null) lines.push(`datapackage.json: ${change(c.property, c.before, c.after)}`);
    else if (c.property === "resource")
      lines.push(
        c.after === undefined
          ? `datapackage.json: resource ${String(c.before)} (${c.resource}) dropped`
          : `datapackage.json: new resource ${String(c.after)} (${c.resource})`,
      );
    else if (c.field === undefined)
      lines.push(`${c.resource}: ${change(c.property.replace(/^schema\./, "schema "), c.before, c.after)}`);
    else {
      // Grouped by resource and property, in the order first met.
      const kind = c.property === "field" ? (c.after === undefined ? "dropped" : "added") : c.property;
      const key = `${c.resource}\u0000${kind}`;
      let group = fieldsOf.get(key);
      if (group === undefined) {
        group = { where: c.resource, kind, changes: [] };
        fieldsOf.set(key, group);
        lines.push(group);
      }
      group.changes.push(c);
    }
  }
  return lines.map((line) => (typeof line === "string" ? line : fieldLine(line)));
}

/** A resource's fields added, dropped, or changed in one property (`kind`). */
interface FieldGroup {
  where: string;
  kind: string;
  changes: DescriptorChange[];
}

/** One line for a resource's fields added, dropped, or changed in one property. */
function fieldLine({ where, kind, changes }: FieldGroup): string {
  const names = changes.map((c) => c.field!);
  const s = names.length === 1 ? "" : "s";
  if (kind === "added") return `${where}: new field${s} ${firstFew(names)}`;
  if (kind === "dropped") return `${where}: field${s} dropped: ${firstFew(names)}`;
  if (changes.length === 1)
    return `${where}: ${change(`${kind} of ${names[0]}`, changes[0]!.before, changes[0]!.after)}`;
  return `${where}: ${kind} of ${changes.length} fields changed (${firstFew(names)})`;
}

/**
 * The tables whose file changed (its hash) while none of its rows did: line ends, quoting, a number
 * written otherwise ("200.0"), rows or columns in another order, a byte order mark. Neither the
 * rows' diff nor `descriptorChanges` (which leaves hashes out) shows them, and a release of such a
 * change read "no changes" (a maintainer's review added a BOM). For two descriptors whose hashes
 * are those of their files: a release's, or one `cutRelease` just built. A table in `uncompared`
 * (a row that did not load on either side) is left out: its changed row may be the one not compared.
 * Their paths; `bytesOnlyChanges` says them in lines.
 */
export function bytesOnlyTables(
  was: DataPackage,
  now: DataPackage,
  diff: ReleaseDiff,
  uncompared: ReadonlySet<string> = new Set(),
): string[] {
  const rowsOf = diff as Partial<
    Record<string, { added: unknown[]; removed: unknown[]; changed: unknown[] }>
  >;
  return now.resources.flatMap((resource) => {
    const old = was.resources.find((r) => r.name === resource.name);
    const rows = rowsOf[resource.name];
    if (old?.hash === undefined || resource.hash === undefined || old.hash === resource.hash || !rows)
      return [];
    // Rows left out of the comparison (a cell that did not load) may be the ones that changed.
    if (uncompared.has(resource.name)) return [];
    if (rows.added.length + rows.removed.length + rows.changed.length > 0) return [];
    // A column added or taken out changes the bytes too, and is said as such.
    const names = (r: Resource) => r.schema.fields.map((f) => f.name).join(",");
    if (names(old) !== names(resource)) return [];
    return [resource.path];
  });
}

/** A table `bytesOnlyTables` names, in the line a person reads. */
export const bytesOnlyLine = (path: string): string => `${path}: ${BYTES_ONLY}`;

/** `bytesOnlyTables` in the lines a person reads, one per table. */
export function bytesOnlyChanges(...args: Parameters<typeof bytesOnlyTables>): string[] {
  return bytesOnlyTables(...args).map(bytesOnlyLine);
}

/** Why a table is named by `bytesOnlyChanges`. */
export const BYTES_ONLY =
  "its bytes changed and none of its rows did (line ends, quoting, how a number is written, the order of its rows or columns, a byte order mark?)";
