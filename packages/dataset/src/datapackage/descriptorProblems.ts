import { checkHeader } from "../csv/checkHeader.js";
import { headerOf, headerRecordOf } from "../csv/headerOf.js";
import { DESCRIPTOR_FILE } from "../load/readDatasetFiles.js";
import { PROBLEM_CODES } from "../problemCodes.js";
import { dataPackageSchema, SHA256_HASH } from "../schema/datapackage.js";
import type { Problem } from "../schema/problem.js";
import {
  ALL_TABLE_NAMES,
  type AnyTableName,
  columnsOf,
  OPTIONAL_TABLE_NAMES,
  type OptionalTableName,
  optionalColumnsOf,
  type TableName,
  tableSpecOf,
} from "../schema/tables.js";
import {
  buildDescriptor,
  type CsvContent,
  contentOf,
  describedTables,
  droppedResourceProperties,
  headOf,
  RESOURCE_KEPT,
  structureOf,
} from "./buildDescriptor.js";
import { canonicalJson } from "./canonicalJson.js";
import { dialectDifference } from "./dialect.js";
import { issueText, valueAt } from "./issueText.js";

export const REFRESH_COMMAND = "pnpm dataset hash";

const problem = (code: string, column: string | null, message: string): Problem => ({
  code,
  file: DESCRIPTOR_FILE,
  row: null,
  line: null,
  column,
  message,
});

/**
 * The descriptor's own schema problems; `column` is the JSON path of the bad property, with a
 * resource named by its name (`resources.claims.bytes`) as the other descriptor problems name it,
 * not by its place in the list.
 */
export function descriptorSchemaProblems(descriptor: unknown): Problem[] {
  const parsed = dataPackageSchema.safeParse(descriptor);
  if (parsed.success) return [];
  const listed = (descriptor as { resources?: unknown } | null)?.resources;
  const known = new Set<unknown>(ALL_TABLE_NAMES);
  // A resource none of Tally's tables is told once, as such (`descriptorProblems`): its missing
  // schema, which Tally would never read, repeated it in the parser's words (an outside review).
  const unknownResource = (issue: { path: PropertyKey[] }) => {
    if (issue.path[0] !== "resources" || !Array.isArray(listed)) return false;
    const name = (listed[Number(issue.path[1])] as { name?: unknown } | undefined)?.name;
    return typeof name === "string" && !known.has(name);
  };
  return parsed.error.issues
    .filter((issue) => !unknownResource(issue))
    .map((issue) => {
      const path = issue.path.map((key, i) => {
        const name =
          i === 1 && issue.path[0] === "resources" && Array.isArray(listed)
            ? listed[Number(key)]?.name
            : null;
        return typeof name === "string" && name !== "" ? name : String(key);
      });
      return problem(
        PROBLEM_CODES.descriptorSchema,
        path.length > 0 ? path.join(".") : null,
        `${path.length > 0 ? path.join(".") : "the descriptor"}: ${issueText(issue, valueAt(descriptor, issue.path))}`,
      );
    });
}

function resourcesOf(descriptor: unknown): Record<string, unknown>[] {
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  return Array.isArray(resources) ? resources.filter((r) => typeof r === "object" && r !== null) : [];
}

/**
 * Whether a recorded hash could be Tally's: absent (said so as stale) or `sha256:` and lower-case
 * hex (`SHA256_HASH`), as the descriptor's schema requires. An upper-case digest is the schema's
 * problem, told once there: the schema refused it as "must be sha256:<64 hex digits>" while this
 * check took it for the same digest (an outside audit), and a reader comparing it with the
 * lower-case digest its library computes would call the file changed.
 */
const sha256Formed = (hash: unknown) =>
  hash === undefined || (typeof hash === "string" && SHA256_HASH.test(hash));

/**
 * A recorded size for comparison: "12624" is a schema problem of its own (`bytes` must be an
 * integer), not also a stale size of the same number.
 */
const bytesKey = (bytes: unknown) =>
  typeof bytes === "string" && /^\d+$/.test(bytes) ? Number(bytes) : bytes;

/** Says which of the recorded hash and size differ from the file's, never one value twice. */
function staleText(
  file: string,
  have: { hash?: unknown; bytes?: unknown },
  want: { hash?: unknown; bytes?: unknown },
) {
  const [hr, hf, br, bf] = [String(have.hash), String(want.hash), String(have.bytes), String(want.bytes)];
  const size = (n: string) => `${n} byte${n === "1" ? "" : "s"}`;
  // A size not recorded is said as such, as a hash not recorded is: "recorded undefined bytes"
  // was an outside audit's.
  const noSize = have.bytes === undefined;
  if (have.hash === undefined)
    return `the resource of ${file} records no hash${noSize ? " or size" : ""} (the file is ${hf}, ${size(bf)})`;
  if (have.hash === want.hash)
    return noSize
      ? `the resource of ${file} records no size (the file is ${size(bf)})`
      : `the recorded size of ${file} is stale (recorded ${size(br)}; the file is ${size(bf)})`;
  if (bytesKey(have.bytes) === bytesKey(want.bytes))
    return `the hash of ${file} is stale (recorded ${hr}; the file is ${hf}, at the recorded size of ${size(bf)})`;
  return `the hash of ${file} is stale (recorded ${hr}, ${noSize ? "and no size" : size(br)}; the file is ${hf}, ${size(bf)})`;
}

/** The property a stale resource is reported at: its size when only the size is wrong. */
const staleColumn = (table: string, have: { hash?: unknown }, want: { hash?: unknown }) =>
  have.hash !== undefined && have.hash === want.hash ? `resources.${table}.bytes` : `resources.${table}.hash`;

/** What the descriptor problems of a working copy tell the maintainer to do. */
export const REFRESH_REMEDY = `run ${REFRESH_COMMAND}`;
/** A release's descriptor is as frozen as its tables: refreshing it would hide the edit. */
export const RELEASE_REMEDY = "released files never change: restore the release from version control";

/**
 * Whether a table's header lacks a column every file of it must have (an empty file, another
 * delimiter): the loader reports the header, and the Table Schema derived from it would describe
 * no file Tally writes, so comparing the descriptor with it only adds a false "run pnpm dataset
 * hash", whose refresh would then drop an optional column the real file has.
 */
export function headerUnreadable(table: AnyTableName, content: CsvContent | undefined): boolean {
  return headerLacks(table, content).missing.length > 0;
}

/**
 * The columns every file of `table` has that its header lacks, the names it has instead, and
 * whether it has any name at all (an empty file has none).
 */
export function headerLacks(
  table: AnyTableName,
  content: CsvContent | undefined,
): { missing: string[]; unknown: string[]; named: boolean } {
  if (content === undefined) return { missing: [], unknown: [], named: false };
  const names = headerOf(headOf(content));
  const header = new Set(names);
  const optional = new Set(optionalColumnsOf(table));
  const known = new Set(columnsOf(table));
  return {
    missing: columnsOf(table).filter((column) => !optional.has(column) && !header.has(column)),
    unknown: names.filter((name) => name !== "" && !known.has(name)),
    named: names.some((name) => name !== ""),
  };
}

/**
 * A table whose header names its columns in another order than Tally writes them, or names one
 * Tally has not (`csv/header-unknown`): the refreshed descriptor lists the fields in Tally's order,
 * and a reader that maps them to the file by position (as Table Schema allows) would read one
 * column as another (an outside review: a hash after swapping `event_id` and `source_id` said
 * nothing; the validator's error came a run later).
 */
export function headerMismatchProblems(
  tables: readonly AnyTableName[],
  content: (table: AnyTableName) => CsvContent | undefined,
): Problem[] {
  return tables.flatMap((table) => {
    const found = content(table);
    if (found === undefined) return [];
    const { file } = tableSpecOf(table);
    const header = headerOf(headOf(found));
    const expected = columnsOf(table);
    return checkHeader(
      header,
      expected,
      { file, line: 1, rows: 0 },
      optionalColumnsOf(table),
    ).problems.flatMap((p) => {
      if (p.code === PROBLEM_CODES.csvHeaderOrder)
        return [
          {
            ...p,
            message: `${p.message}: ${DESCRIPTOR_FILE} lists them in Tally's order, which a reader that maps columns by position would follow; put them in that order`,
          },
        ];
      // A column the descriptor cannot list: hash said nothing of it and exited 0, while the
      // validator refused it a run later (an outside audit put one in the middle of claims.csv).
      if (p.code !== PROBLEM_CODES.csvHeaderUnknown) return [];
      const at = header.indexOf(p.column ?? "");
      const shiftsOthers = header.slice(at + 1).some((name) => expected.includes(name));
      return [
        {
          ...p,
          message: `${p.message}: ${DESCRIPTOR_FILE} does not list it, so a reader that checks the header against the Table Schema refuses the file${shiftsOthers ? ", and one that maps columns by position reads each column after it as the one before" : ""}`,
        },
      ];
    });
  });
}

/**
 * Where a descriptor's Table Schema first differs from the one the row schema gives, in words, so
 * that a maintainer sees what `pnpm dataset hash` is about to undo: "field value_low: type
 * integer, the row schema's number", "fields event_id, date, title: the row schema's event_id,
 * title, date".
 */
function schemaDifference(have: unknown, want: unknown): string {
  type Field = Record<string, unknown>;
  const fieldsOf = (schema: unknown): Field[] => {
    const fields = (structureOf(schema) as { fields?: unknown } | null)?.fields;
    return Array.isArray(fields) ? fields.map((f) => (typeof f === "object" && f !== null ? f : {})) : [];
  };
  const had = fieldsOf(have);
  const wanted = fieldsOf(want);
  const show = (v: unknown) => canonicalJson(v ?? null);
  const names = (list: Field[]) => list.map((f) => String(f.name)).join(", ");
  if (names(had) !== names(wanted)) return `fields ${names(had)}: the row schema's ${names(wanted)}`;
  for (let i = 0; i < wanted.length; i++) {
    const [old, now] = [had[i]!, wanted[i]!];
    for (const key of new Set([...Object.keys(now), ...Object.keys(old)]))
      if (show(old[key]) !== show(now[key]))
        return `field ${String(now.name)}: ${key} ${show(old[key])}, the row schema's ${show(now[key])}`;
  }
  // The keys as `structureOf` writes them, lists, so that a key written either way reads alike.
  const [was, is] = [structureOf(have), structureOf(want)].map((schema) =>
    typeof schema === "object" && schema !== null ? (schema as Field) : {},
  ) as [Field, Field];
  for (const key of new Set([...Object.keys(is), ...Object.keys(was)]))
    if (key !== "fields" && show(was[key]) !== show(is[key]))
      return `${key} ${show(was[key])}, the row schema's ${show(is[key])}`;
  return "its keys or missing values";
}

/**
 * How a resource says its file is stored, where that is not how Tally stores every table (CSV,
 * UTF-8, uncompressed): a Frictionless reader opens the file as the resource says, so `encoding:
 * "latin1"` read "North Korea’s" as "North Koreaâ€™s" while the validator passed it (an outside
 * audit). Null when the resource says nothing else.
 */
function storageDifference(resource: Record<string, unknown>): { key: string; text: string } | null {
  const said = (key: string) => (typeof resource[key] === "string" ? (resource[key] as string) : undefined);
  const format = said("format");
  if (format !== undefined && format.toLowerCase() !== "csv")
    return { key: "format", text: `format ${JSON.stringify(format)}, the file's "csv"` };
  const mediatype = said("mediatype");
  if (mediatype !== undefined && mediatype.toLowerCase() !== "text/csv")
    return { key: "mediatype", text: `mediatype ${JSON.stringify(mediatype)}, the file's "text/csv"` };
  const encoding = said("encoding");
  if (encoding !== undefined && encoding.toLowerCase().replace(/[-_]/g, "") !== "utf8")
    return {
      key: "encoding",
      text: `encoding ${JSON.stringify(encoding)}, the file's "utf-8", which Tally reads and writes`,
    };
  if ("compression" in resource && resource.compression !== "no" && resource.compression !== "")
    return {
      key: "compression",
      text: `compression ${canonicalJson(resource.compression)}, where the file is not compressed`,
    };
  return null;
}

/**
 * What is out of date in a descriptor against the CSVs beside it: a missing or repeated resource,
 * one whose `path` is not its table's file (which a Frictionless reader opens, as Tally does not),
 * a stale `hash`/`bytes`, or `fields` that no longer match the row schemas; and a resource of an
 * optional table whose file is not there. Each ends in `remedy`: the command that refreshes a
 * working copy's descriptor, unless the caller says otherwise (a release). `built` is the
 * descriptor `buildDescriptor` makes of these files, for a caller that has made it already (the
 * refresh, which would otherwise hash every file twice).
 */
export function descriptorProblems(
  descriptor: unknown,
  csv: Record<TableName, CsvContent>,
  optional: Partial<Record<OptionalTableName, CsvContent>> = {},
  remedy = REFRESH_REMEDY,
  built: unknown = buildDescriptor(descriptor, csv, optional),
): Problem[] {
  // Not a descriptor at all (an array, a string): the schema check says so once, where a missing
  // resource per table repeated it eight times (an outside audit).
  if (typeof descriptor !== "object" || descriptor === null || Array.isArray(descriptor)) return [];
  const fresh = resourcesOf(built);
  const current = resourcesOf(descriptor);
  const problems: Problem[] = [];
  describedTables(optional).forEach((table, i) => {
    const file = tableSpecOf(table).file;
    const want = fresh[i]!;
    const named = current.filter((r) => r.name === table);
    const have = named[0];
    if (have === undefined) {
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          null,
          `has no resource named ${table} for ${file}: ${remedy}`,
        ),
      );
      return;
    }
    if (named.length > 1)
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          `resources.${table}`,
          `lists ${named.length} resources named ${table}; a Data Package names each resource once: ${remedy}`,
        ),
      );
    // A path that is no string is the schema check's problem, told once there.
    if (typeof have.path === "string" && have.path !== file)
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          `resources.${table}.path`,
          `the resource ${table} gives the path ${JSON.stringify(have.path ?? null)}, but its table is ${file}, which Tally reads; a Frictionless reader opens the path: ${remedy}`,
        ),
      );
    // A hash not in sha256 form (an md5, as Frictionless allows) is the schema check's problem;
    // calling it stale too reported one field twice (an outside review).
    // The size is still compared.
    const recorded = sha256Formed(have.hash) ? have : { ...have, hash: want.hash };
    if (recorded.hash !== want.hash || bytesKey(recorded.bytes) !== bytesKey(want.bytes))
      problems.push(
        problem(
          PROBLEM_CODES.descriptorStaleHash,
          staleColumn(table, recorded, want),
          `${staleText(file, recorded, want)}: ${remedy}`,
        ),
      );
    const content = contentOf(csv, optional, table);
    if (
      canonicalJson(structureOf(have.schema)) !== canonicalJson(structureOf(want.schema)) &&
      !headerUnreadable(table, content)
    )
      problems.push(
        problem(
          PROBLEM_CODES.descriptorStaleFields,
          `resources.${table}.schema`,
          `the Table Schema of ${table} does not match the row schema (${schemaDifference(have.schema, want.schema)}): ${remedy}`,
        ),
      );
    // A wrong dialect makes a Frictionless reader cut the file differently from Tally.
    const misread =
      content === undefined
        ? null
        : dialectDifference(have.dialect, headerRecordOf(headOf(content)).terminator);
    if (misread !== null)
      problems.push(
        problem(
          PROBLEM_CODES.descriptorStaleDialect,
          `resources.${table}.dialect`,
          `the dialect of ${table} does not describe ${file} (${misread}): ${remedy}`,
        ),
      );
    const stored = storageDifference(have);
    if (stored !== null)
      problems.push(
        problem(
          PROBLEM_CODES.descriptorFormat,
          `resources.${table}.${stored.key}`,
          `the ${stored.key} of ${table} does not describe ${file} (${stored.text}): ${remedy}`,
        ),
      );
  });
  // A resource Tally does not know: it reads and checks none of it, and a Frictionless reader
  // would open its path (an outside review listed "extra.csv", which was not there, and passed).
  const known = new Set<unknown>(ALL_TABLE_NAMES);
  // A resource without a string name is the schema check's problem.
  for (const r of current)
    if (typeof r.name === "string" && !known.has(r.name))
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          `resources.${String(r.name)}`,
          `lists a resource ${JSON.stringify(r.name ?? null)} (path ${JSON.stringify(r.path ?? null)}), which is none of Tally's tables (${ALL_TABLE_NAMES.join(", ")}): Tally neither reads nor checks it; ${remedy === REFRESH_REMEDY ? `${remedy}, which lists Tally's tables only` : remedy}`,
        ),
      );
  for (const table of OPTIONAL_TABLE_NAMES)
    if (optional[table] === undefined && current.some((r) => r.name === table))
      problems.push(
        problem(
          PROBLEM_CODES.descriptorResource,
          `resources.${table}`,
          `lists a resource ${table}, but ${tableSpecOf(table).file} is not there: ${remedy}`,
        ),
      );
  return problems;
}

/**
 * The properties of `descriptor`'s resources that `built` (`buildDescriptor`'s descriptor of it)
 * leaves out, one problem each at `resources.<table>.<property>`: `pnpm dataset hash` and
 * `pnpm dataset:release` name them as what they put right, as they name the rest.
 */
export function droppedPropertyProblems(descriptor: unknown, built: Record<string, unknown>): Problem[] {
  const kept = ["title", "description", ...RESOURCE_KEPT].join(", ");
  return droppedResourceProperties(descriptor, built).map(({ table, property }) =>
    problem(
      PROBLEM_CODES.descriptorResource,
      `resources.${table}.${property}`,
      `the resource ${table} has the property ${JSON.stringify(property)}, which is none of those Tally keeps as written (${kept}) nor one it writes from the file: left out`,
    ),
  );
}
