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
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    ...(dialect === null ? {} : { dialect }),
    bytes: digest.bytes,
    hash: resourceHash(digest),
    schema: { ...schema, fields: keepFieldWords(schema.fields, old?.schema) },
  };
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
 * table derived from the CSV bytes (or their digests) and the zod schemas. An optional table has
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
