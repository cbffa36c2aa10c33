import { headerRecordOf } from "../csv/headerOf.js";
import type { Resource, TableField } from "../schema/datapackage.js";
import {
  type AnyTableName,
  OPTIONAL_TABLE_NAMES,
  type OptionalTableName,
  optionalColumnsOf,
  TABLE_NAMES,
  type TableName,
  tableSpecOf,
  VOCABULARY_NAMES,
} from "../schema/tables.js";
import { dialectOf } from "./dialect.js";
import { EARLIER_DERIVED_WORDS, FIELD_WORDS, resourceDescriptionOf } from "./fieldDescriptions.js";
import { digestOf, type FileDigest, resourceHash } from "./hash.js";
import { type PresentVocabularies, tableSchemaOf } from "./tableSchema.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Words a person wrote about a field survive a refresh; everything else is derived, including the
 * words Tally itself once wrote there (`EARLIER_DERIVED_WORDS`), which give way to today's.
 */
function keepFieldWords(fields: TableField[], old: unknown): TableField[] {
  const oldFields = isObject(old) && Array.isArray(old.fields) ? old.fields.filter(isObject) : [];
  return fields.map((field) => {
    const was = oldFields.find((f) => f.name === field.name);
    if (was === undefined) return field;
    return { ...field, ...personsWords(was, FIELD_WORDS) };
  });
}

/** The words of `old` under `keys` that a person wrote: not those Tally once wrote there. */
function personsWords(old: Json | undefined, keys: readonly string[]): Json {
  const words: Json = {};
  for (const key of keys) {
    const text = old?.[key];
    // A blank text is no words: the column keeps its description.
    if (typeof text === "string" && text.trim() !== "" && !EARLIER_DERIVED_WORDS.has(text)) words[key] = text;
  }
  return words;
}

/** A key's fields as a list: Table Schema writes one field as a string or a list of one alike. */
const keyList = (fields: unknown): unknown => (typeof fields === "string" ? [fields] : fields);

/** A foreign key with its fields, and those it references, as lists (`keyList`). */
function foreignKeyListed(key: unknown): unknown {
  if (!isObject(key)) return key;
  const listed: Json = { ...key };
  if ("fields" in key) listed.fields = keyList(key.fields);
  if (isObject(key.reference) && "fields" in key.reference)
    listed.reference = { ...key.reference, fields: keyList(key.reference.fields) };
  return listed;
}

/**
 * A Table Schema without the words about its fields (`FIELD_WORDS`): words are for people and
 * change without the data, so a release frozen with earlier words is not out of date. Its keys
 * are written one way: `"primaryKey": ["event_id"]` says what `"primaryKey": "event_id"` says,
 * as Table Schema allows either (an outside audit got "does not match the row schema" for it), and
 * so do a foreign key's `fields` and those of its `reference`.
 */
export function structureOf(schema: unknown): unknown {
  if (!isObject(schema) || !Array.isArray(schema.fields)) return schema;
  const fields = schema.fields.map((f: unknown) =>
    isObject(f)
      ? Object.fromEntries(Object.entries(f).filter(([k]) => !FIELD_WORDS.includes(k as never)))
      : f,
  );
  const keys: Json = {};
  if ("primaryKey" in schema) keys.primaryKey = keyList(schema.primaryKey);
  if (Array.isArray(schema.foreignKeys)) keys.foreignKeys = schema.foreignKeys.map(foreignKeyListed);
  return { ...schema, fields, ...keys };
}

/**
 * A table's CSV as read, or the digest of it computed elsewhere with the file's first
 * `HEADER_BYTES`, all `headerRecordOf` reads.
 */
export type CsvContent = Uint8Array | (FileDigest & { head: Uint8Array });

/** The bytes of a table's CSV that its header row is read from. */
export const headOf = (content: CsvContent): Uint8Array =>
  ArrayBuffer.isView(content) ? content : content.head;

const digestOfContent = (content: CsvContent): FileDigest =>
  ArrayBuffer.isView(content) ? digestOf(content) : content;

/**
 * Properties of a Data Resource that the Frictionless spec defines to say what it is and where it
 * comes from rather than how its file reads: kept as written, as the package's own are (an outside
 * audit found `pnpm dataset hash` and `pnpm dataset:release` dropping them without a word).
 * `title` and `description` are kept by `personsWords`.
 */
export const RESOURCE_KEPT = ["homepage", "sources", "licenses"] as const;

/** The properties of a resource Tally writes from its file and the row schemas. */
const RESOURCE_DERIVED = new Set([
  "name",
  "path",
  "profile",
  "title",
  "description",
  "format",
  "mediatype",
  "encoding",
  "dialect",
  "bytes",
  "hash",
  "schema",
]);

/** The properties of `old` under `RESOURCE_KEPT`, as written. */
function keptProperties(old: Json | undefined): Json {
  const kept: Json = {};
  for (const key of RESOURCE_KEPT) if (old?.[key] !== undefined) kept[key] = old[key];
  return kept;
}

function resourceOf(
  table: AnyTableName,
  content: CsvContent,
  old: Json | undefined,
  present: PresentVocabularies,
): Resource {
  const digest = digestOfContent(content);
  const record = headerRecordOf(headOf(content));
  const header = optionalColumnsOf(table).length > 0 ? record.names : undefined;
  const schema = tableSchemaOf(table, header, present);
  const dialect = dialectOf(record.terminator);
  const words: Json = {
    description: resourceDescriptionOf(table),
    ...personsWords(old, ["title", "description"]),
  };
  return {
    name: table,
    path: tableSpecOf(table).file,
    profile: "tabular-data-resource",
    ...words,
    ...keptProperties(old),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    ...(dialect === null ? {} : { dialect }),
    bytes: digest.bytes,
    hash: resourceHash(digest),
    schema: { ...schema, fields: keepFieldWords(schema.fields, old?.schema) },
  };
}

/**
 * The properties of the resources of `existing` that `built` (`buildDescriptor`'s descriptor of
 * it) leaves out: none of `RESOURCE_KEPT`, nor one Tally writes, so neither kept nor written
 * anew. Told by name, `resources.<table>.<property>`, rather than lost without a word. A resource
 * `built` has none of (none of Tally's tables) is the descriptor check's to tell.
 */
export function droppedResourceProperties(
  existing: unknown,
  built: Json,
): { table: string; property: string }[] {
  const old =
    isObject(existing) && Array.isArray(existing.resources) ? existing.resources.filter(isObject) : [];
  const fresh = Array.isArray(built.resources) ? built.resources.filter(isObject) : [];
  return fresh.flatMap((resource) => {
    const was = old.find((r) => r.name === resource.name);
    if (was === undefined) return [];
    return Object.keys(was)
      .filter((key) => !RESOURCE_DERIVED.has(key) && !(key in resource))
      .map((property) => ({ table: String(resource.name), property }));
  });
}

/** The CSV of `table`, one of the four (`csv`) or an optional one (`optional`), or undefined. */
export function contentOf(
  csv: Record<TableName, CsvContent>,
  optional: Partial<Record<OptionalTableName, CsvContent>>,
  table: AnyTableName,
): CsvContent | undefined {
  return (csv as Partial<Record<AnyTableName, CsvContent>>)[table] ?? optional[table as OptionalTableName];
}

/** The tables a descriptor lists: the four, then each optional table whose file is there. */
export function describedTables(optional: Partial<Record<OptionalTableName, unknown>>): AnyTableName[] {
  return [...TABLE_NAMES, ...OPTIONAL_TABLE_NAMES.filter((table) => optional[table] !== undefined)];
}

/**
 * The Frictionless descriptor of a dataset: the human fields of `existing` (name, title,
 * description, version, created, licenses, sources, …) kept as written, and one resource per
 * table derived from the CSV bytes (or their digests) and the zod schemas, with the resource's
 * own words and `RESOURCE_KEPT` properties kept as written (`droppedResourceProperties` names the
 * others it leaves out). An optional table has
 * a resource only when its file is given in `optional`: a dataset without one is described, and
 * hashed, exactly as before there were optional tables.
 */
export function buildDescriptor(
  existing: unknown,
  csv: Record<TableName, CsvContent>,
  optional: Partial<Record<OptionalTableName, CsvContent>> = {},
): Json {
  const { resources: oldResources, ...human } = isObject(existing) ? existing : {};
  const old = Array.isArray(oldResources) ? oldResources.filter(isObject) : [];
  const present = new Set(VOCABULARY_NAMES.filter((table) => optional[table] !== undefined));
  return {
    profile: "tabular-data-package",
    ...human,
    resources: describedTables(optional).map((table) =>
      resourceOf(
        table,
        contentOf(csv, optional, table)!,
        old.find((r) => r.name === table),
        present,
      ),
    ),
  };
}
