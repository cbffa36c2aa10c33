import { z } from "zod";
import { OPTIONAL_REFERENCES } from "../load/optionalReferences.js";
import { REFERENCES } from "../references.js";
import { claimIdsCell, dateCell, numberCell } from "../schema/assessment.js";
import { builtInIdsOf } from "../schema/builtInVocabularies.js";
import {
  booleanCell,
  idCell,
  optionalBooleanCell,
  optionalDateCell,
  optionalIdCell,
  optionalNumberCell,
  optionalPrecisionCell,
  optionalTextCell,
  textCell,
} from "../schema/cells.js";
import { reportedViaCell } from "../schema/claim.js";
import type { Resource, TableField } from "../schema/datapackage.js";
import { precisionSchema } from "../schema/enums.js";
import {
  type AnyTableName,
  isOptionalTable,
  isVocabulary,
  optionalColumnsOf,
  tableSpecOf,
} from "../schema/tables.js";
import type { VocabularyName } from "../schema/vocabularies.js";
import { fieldDescriptionOf } from "./fieldDescriptions.js";

type FieldSpec = Omit<TableField, "name">;

/** Table Schema patterns are implicitly anchored and have no `(?:`, so the zod regex is adapted. */
function patternOf(cell: z.ZodType): string {
  const json = z.toJSONSchema(cell, { io: "input", unrepresentable: "any" }) as {
    pattern?: string;
    anyOf?: { pattern?: string }[];
  };
  const pattern = json.pattern ?? json.anyOf?.find((s) => s.pattern)?.pattern;
  if (pattern === undefined) throw new Error("cell codec has no pattern");
  return pattern.replace(/^\^/, "").replace(/\$$/, "").replaceAll("(?:", "(");
}

const BOOLEAN = { trueValues: ["true"], falseValues: ["false"] };

// Table Schema turns a missing value into null before it reads the type, so "empty means false"
// alone contradicted `missingValues: [""]` for a reader that follows the spec (an outside review).
const EMPTY_MEANS_FALSE = "An empty cell (a missing value: null to a Table Schema reader) means false.";

/**
 * The Table Schema field each cell codec stands for. A column whose codec is not listed here
 * makes `fieldsOf` throw, so a new kind of cell cannot slip into the descriptor untyped.
 */
const CODECS = new Map<unknown, FieldSpec>([
  [idCell, { type: "string", constraints: { required: true, pattern: patternOf(idCell) } }],
  [optionalIdCell, { type: "string", constraints: { pattern: patternOf(idCell) } }],
  [textCell, { type: "string", constraints: { required: true } }],
  [optionalTextCell, { type: "string" }],
  [booleanCell, { type: "boolean", ...BOOLEAN, constraints: { required: true } }],
  [optionalBooleanCell, { type: "boolean", ...BOOLEAN }],
  [optionalNumberCell, { type: "number" }],
  [
    optionalDateCell,
    {
      type: "string",
      constraints: { pattern: patternOf(optionalDateCell) },
    },
  ],
  [optionalPrecisionCell, { type: "string", constraints: { enum: [...precisionSchema.options] } }],
  [numberCell, { type: "number", constraints: { required: true } }],
  [
    dateCell,
    {
      type: "string",
      constraints: { required: true, pattern: patternOf(dateCell) },
    },
  ],
  [
    claimIdsCell,
    {
      type: "string",
      constraints: { required: true, pattern: patternOf(claimIdsCell) },
    },
  ],
  [
    reportedViaCell,
    {
      type: "string",
      constraints: { pattern: patternOf(reportedViaCell) },
    },
  ],
]);

/** The vocabulary tables a dataset has files for; a vocabulary column of any other is built in. */
export type PresentVocabularies = ReadonlySet<VocabularyName>;

/**
 * The field with what a reader needs to read the column (`fieldDescriptionOf`), and for a boolean
 * that may be left empty, what the empty cell means.
 */
function described(table: AnyTableName, field: TableField, cell: unknown): TableField {
  const words = fieldDescriptionOf(table, field.name);
  if (words === undefined) return field;
  const description = cell === optionalBooleanCell ? `${words} ${EMPTY_MEANS_FALSE}` : words;
  const { name, ...rest } = field;
  return { name, description, ...rest };
}

function fieldOf(table: AnyTableName, name: string, cell: unknown): TableField {
  if (cell instanceof z.ZodEnum)
    return { name, type: "string", constraints: { required: true, enum: cell.options.map(String) } };
  const spec = CODECS.get(cell);
  if (spec === undefined) throw new Error(`no Table Schema type for ${table}.${name}: add its cell codec`);
  const field = { name, ...structuredClone(spec) } as TableField;
  // A key of one column is unique on its own; the columns of a composite key are not.
  if (name === tableSpecOf(table).key) field.constraints = { ...field.constraints, unique: true };
  return field;
}

/** The references of a table, a vocabulary's only when the dataset has its file. */
function referencesOf(table: AnyTableName, present: PresentVocabularies) {
  if (isOptionalTable(table)) return OPTIONAL_REFERENCES.filter((ref) => ref.table === table && !ref.list);
  return REFERENCES.filter(
    (ref) => ref.table === table && (!isVocabulary(ref.target) || present.has(ref.target)),
  );
}

/**
 * A column drawn from a built-in vocabulary is described by the list itself (an `enum`), as
 * releases cut before vocabularies were data describe it; with the vocabulary's file it is an id
 * and a foreign key into that file.
 */
function builtInVocabularyOf(table: AnyTableName, name: string, present: PresentVocabularies) {
  const ref = REFERENCES.find((r) => r.table === table && r.column === name && isVocabulary(r.target));
  return ref === undefined || present.has(ref.target as VocabularyName)
    ? null
    : (ref.target as VocabularyName);
}

/**
 * The Table Schema of one table, derived from its zod row schema and the reference list. With
 * `header`, a column the header may leave out (`optionalColumnsOf`) and does is not described, so
 * a release cut before the column existed is described as it was; `present` says which vocabulary
 * files the dataset has.
 */
export function tableSchemaOf(
  table: AnyTableName,
  header?: readonly string[],
  present: PresentVocabularies = new Set(),
): Resource["schema"] {
  const { key, schema } = tableSpecOf(table);
  const shape = schema.shape as Record<string, unknown>;
  const foreignKeys = referencesOf(table, present).map((ref) => ({
    fields: ref.column,
    // Table Schema writes a reference to the same resource as "".
    reference: {
      resource: ref.target === table ? "" : ref.target,
      fields: tableSpecOf(ref.target).key as string,
    },
  }));
  const optional = optionalColumnsOf(table);
  const inFile = ([name]: [string, unknown]) =>
    header === undefined || !optional.includes(name) || header.includes(name);
  return {
    fields: Object.entries(shape)
      .filter(inFile)
      .map(([name, cell]) => {
        const vocabulary = builtInVocabularyOf(table, name, present);
        if (vocabulary === null) return described(table, fieldOf(table, name, cell), cell);
        const field: TableField = {
          name,
          type: "string",
          constraints: { required: true, enum: builtInIdsOf(vocabulary) },
        };
        return described(table, field, cell);
      }),
    missingValues: [""],
    primaryKey: typeof key === "string" ? key : [...key],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
