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

function resourceChanges(was: Resource, now: Resource): string[] {
  const where = now.path;
  const lines: string[] = [];
  for (const key of keysOf(was, now))
    if (!RESOURCE_OWN.has(key) && differs(was[key], now[key]))
      lines.push(`${where}: ${change(key, was[key], now[key])}`);
  for (const key of keysOf(was.schema, now.schema))
    if (!SCHEMA_OWN.has(key) && differs(was.schema[key], now.schema[key]))
      lines.push(`${where}: ${change(`schema ${key}`, was.schema[key], now.schema[key])}`);
  const names = (r: Resource) => r.schema.fields.map((f) => f.name);
  const added = names(now).filter((f) => !names(was).includes(f));
  const dropped = names(was).filter((f) => !names(now).includes(f));
  if (added.length > 0) lines.push(`${where}: new field${added.length === 1 ? "" : "s"} ${firstFew(added)}`);
  if (dropped.length > 0)
    lines.push(`${where}: field${dropped.length === 1 ? "" : "s"} dropped: ${firstFew(dropped)}`);
  // One line per property, naming the fields: a release that rewrites every description says so
  // in one line, not forty.
  const byProperty = new Map<string, string[]>();
  for (const field of now.schema.fields) {
    const old = was.schema.fields.find((f) => f.name === field.name);
    if (old === undefined) continue;
    for (const key of keysOf(old, field))
      if (key !== "name" && differs(old[key], field[key]))
        byProperty.set(key, [...(byProperty.get(key) ?? []), field.name]);
  }
  for (const [key, fields] of byProperty)
    lines.push(
      fields.length === 1
        ? `${where}: ${change(`${key} of ${fields[0]}`, was.schema.fields.find((f) => f.name === fields[0])![key], now.schema.fields.find((f) => f.name === fields[0])![key])}`
        : `${where}: ${key} of ${fields.length} fields changed (${firstFew(fields)})`,
    );
  return lines;
}

/**
 * What changed in the descriptor between two releases that their rows do not show: the package's
 * own properties (title, licences, sources), and each resource's (description, CSV dialect) and
 * fields' (descriptions, constraints, new or dropped). The CHANGELOG lists them beside the rows'
 * changes, so that a release of descriptor changes alone does not read "no changes".
 */
export function descriptorChanges(was: DataPackage, now: DataPackage): string[] {
  const lines: string[] = [];
  for (const key of keysOf(was, now))
    if (!PACKAGE_OWN.has(key) && differs(was[key], now[key]))
      lines.push(`datapackage.json: ${change(key, was[key], now[key])}`);
  for (const resource of now.resources) {
    const old = was.resources.find((r) => r.name === resource.name);
    if (old === undefined) lines.push(`datapackage.json: new resource ${resource.name} (${resource.path})`);
    else lines.push(...resourceChanges(old, resource));
  }
  for (const old of was.resources)
    if (!now.resources.some((r) => r.name === old.name))
      lines.push(`datapackage.json: resource ${old.name} (${old.path}) dropped`);
  return lines;
}

/**
 * The tables whose file changed (its hash) while none of its rows did: line ends, quoting, a number
 * written otherwise ("200.0"), rows or columns in another order, a byte order mark. Neither the
 * rows' diff nor `descriptorChanges` (which leaves hashes out) shows them, and a release of such a
 * change read "no changes" (a maintainer's review added a BOM). For two descriptors whose hashes
 * are those of their files: a release's, or one `cutRelease` just built. A table in `uncompared`
 * (a row that did not load on either side) is left out: its changed row may be the one not compared.
 */
export function bytesOnlyChanges(
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
    return [
      `${resource.path}: its bytes changed and none of its rows did (line ends, quoting, how a number is written, the order of its rows or columns, a byte order mark?)`,
    ];
  });
}
