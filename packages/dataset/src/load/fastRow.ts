import { z } from "zod";
import type { CodedPiece } from "../csv/parallelPlain.js";
import {
  EXACT_DIGITS,
  idCell,
  idPattern,
  isoDatePattern,
  numberPattern,
  numberRangeProblem,
  optionalBooleanCell,
  optionalDateCell,
  optionalIdCell,
  optionalNumberCell,
  optionalPrecisionCell,
  optionalTextCell,
  textCell,
} from "../schema/cells.js";
import { outletListPattern, REPORTED_VIA_SEPARATOR, reportedViaCell } from "../schema/claim.js";
import { precisionSchema } from "../schema/enums.js";

const hasExponent = (v: string) => v.includes("e") || v.includes("E");

/** A cell a codec is not sure of: the row then goes through its zod schema, which says why. */
const UNSURE: unique symbol = Symbol("unsure");
type Codec = (cell: string) => unknown;

// The cell schemas' own patterns and values; fastRow.test.ts holds each codec to its schema.
// A map, not a set: it returns the schema's own string, so every row shares one value.
const PRECISIONS = new Map<string, string>(precisionSchema.options.map((p) => [p, p]));

/**
 * The outlets of a claim with none: one frozen array shared by every such row (most of them), not
 * a million empty arrays for the collector to copy. Frozen, so that no caller can change them all.
 */
const NO_OUTLETS: readonly string[] = Object.freeze([]);

/** The cell schemas of `schema/cells.ts`, each with a codec that gives zod's output for the cells it accepts. */
const CODECS = new Map<z.ZodType, Codec>([
  [idCell, (v) => (idPattern.test(v) ? v : UNSURE)],
  [
    textCell,
    (v) => {
      const trimmed = v.trim();
      return trimmed.length > 0 ? trimmed : UNSURE;
    },
  ],
  [optionalTextCell, (v) => (v === "" ? null : v)],
  [optionalIdCell, (v) => (v === "" ? null : idPattern.test(v) ? v : UNSURE)],
  [
    optionalNumberCell,
    (v) => {
      if (v === "") return null;
      if (!numberPattern.test(v)) return UNSURE;
      const n = Number(v);
      // The range check only where it can fail: a zero, an exponent, or text long enough to have
      // more digits than a double keeps.
      return Number.isFinite(n) &&
        ((n !== 0 && v.length < EXACT_DIGITS && !hasExponent(v)) || numberRangeProblem(v) === null)
        ? n
        : UNSURE;
    },
  ],
  [optionalDateCell, (v) => (v === "" ? null : isoDatePattern.test(v) ? v : UNSURE)],
  [optionalPrecisionCell, (v) => (v === "" ? null : (PRECISIONS.get(v) ?? UNSURE))],
  [optionalBooleanCell, (v) => (v === "" || v === "false" ? false : v === "true" ? true : UNSURE)],
  [
    reportedViaCell,
    (v) => (v === "" ? NO_OUTLETS : outletListPattern.test(v) ? v.split(REPORTED_VIA_SEPARATOR) : UNSURE),
  ],
]);

/** Codecs whose strings are their own few constants, never a piece of the cell: nothing to intern. */
const SHARED_OUTPUT = new Set<z.ZodType>([optionalPrecisionCell, optionalBooleanCell, optionalNumberCell]);

/**
 * The codec of a cell schema (`plain`), and the same with its strings interned unless what it
 * returns is already shared (`shared`).
 */
function codecsOf(schema: z.ZodType): { plain: Codec; shared: Codec } {
  const known = CODECS.get(schema);
  if (known) return { plain: known, shared: SHARED_OUTPUT.has(schema) ? known : interning(known) };
  // An enum with refinements of its own goes through zod below, which runs them.
  const refined = (schema._zod.def.checks?.length ?? 0) > 0;
  if (schema instanceof z.ZodEnum && !refined && schema.options.every((o) => typeof o === "string")) {
    // Each cell gets the enum's own string, so a million rows share a handful of strings.
    const values = new Map(schema.options.map((o) => [o as string, o]));
    const codec: Codec = (v) => values.get(v) ?? UNSURE;
    return { plain: codec, shared: codec };
  }
  const plain: Codec = (v) => {
    const parsed = schema.safeParse(v);
    return parsed.success ? parsed.data : UNSURE;
  };
  return { plain, shared: interning(plain) };
}

/**
 * Values a column is interned for before the pool must have shown that it pays (a quarter of them
 * repeats). A short trial dropped columns that repeat only over a long run: figure_text has 69,140
 * distinct values among a million claims but a third of its first rows are new. At 65,536 the
 * 1M benchmark runs peaked 40–55 MiB lower (standard text 1072–1077 against 1127–1132 MiB, dense
 * 982–985 against 1023 MiB, side by side) and took up to 3% longer (standard text 10.41–10.72
 * against 10.31–10.41 s); interning every column to the end took 3 s longer.
 */
export const INTERN_TRIAL = 65_536;

/**
 * `codec` with the strings it returns interned while the column repeats itself (ids of events in
 * claims, parties, dates): rows then share one string per value, which saves memory and collector
 * work, and whatever is keyed by the value later hashes it once. A column whose values are
 * mostly distinct (quotes, own ids) stops being interned once that is clear.
 */
function interning(codec: Codec): Codec {
  let pool: Map<string, string> | null = new Map();
  let seen = 0;
  // Rows about one event or by one party tend to follow each other: comparing with the value
  // just returned is cheaper than hashing the cell for the pool, and still shares the string
  // once the pool is gone.
  let last: string | null = null;
  return (cell) => {
    const value = codec(cell);
    if (typeof value !== "string") return value;
    seen++;
    if (value === last) return last;
    if (pool !== null) {
      const known = pool.get(value);
      if (known !== undefined) {
        last = known;
        return known;
      }
      if (seen > INTERN_TRIAL && pool.size * 4 > seen) pool = null;
      else pool.set(value, value);
    }
    last = value;
    return value;
  };
}

/**
 * Whether a typed row passes a schema's own checks (its refinements), or null when it has none.
 * Plain synchronous checks are called as zod's object schema calls them, on a payload, without a
 * parse around them (a third of the cost of loading a row); any other kind goes through zod.
 */
function refinementsOf(checks: readonly z.core.$ZodCheck<unknown>[]): ((row: unknown) => boolean) | null {
  if (checks.length === 0) return null;
  return (row) => {
    const payload: z.core.ParsePayload<unknown> = { value: row, issues: [] };
    for (const check of checks) {
      // zod asks a check's `when` before running it; on a row with no issue yet, so does this.
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      // A check that answers later, or any issue: the row goes through zod, which says why.
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return false;
    }
    return true;
  };
}

/** A row from one record: from its fields as the plain reader gives them, or from a coded piece. */
export interface FastRowParsers {
  fields: (fields: readonly string[]) => Record<string, unknown> | undefined;
  coded: (piece: CodedPiece, r: number) => Record<string, unknown> | undefined;
}

/**
 * The row value of the `id`th value a piece's thread coded in `column`, made once and kept
 * (`cache`), unless it is an object a row could change (a list of outlets), which each row gets
 * afresh.
 */
function fill(piece: CodedPiece, column: number, id: number, codec: Codec): unknown {
  const value = codec(piece.dict[column]![id]!);
  if (typeof value !== "object" || value === null || value === NO_OUTLETS) piece.cache[column]![id] = value;
  return value;
}

/**
 * Row parsers for one table's header that give exactly what `schema.safeParse(cells)` gives for a
 * row they accept, at a fraction of the cost: each cell through a codec of its column's cell
 * schema, then the schema's own cross-column refinements on the typed row. They return undefined
 * for any row they are not sure of, which then goes through the schema itself for the problems.
 * Null when the schema is not a plain object schema that drops unknown columns.
 */
export function fastRowParsers(schema: z.ZodType, header: readonly string[]): FastRowParsers | null {
  if (!(schema instanceof z.ZodObject) || schema.def.catchall !== undefined) return null;
  const keys = Object.keys(schema.shape);
  const columns = keys.map((k) => header.indexOf(k));
  const both = keys.map((k) => codecsOf(schema.shape[k] as z.ZodType));
  const codecs = both.map((c) => c.shared);
  // A cell a thread left in the text is of a column it found mostly distinct (or had no room left
  // for): interning it would hash a million cells for few shared strings.
  const plain = both.map((c) => c.plain);
  // A column the header may leave out (`reported_via` in files written before it) reads as an
  // empty cell, when the codec gives for "" what zod gives for a missing key; without this a
  // million rows of an older file went through zod one by one (50% slower, 250 MB more at 1M).
  for (let i = 0; i < keys.length; i++) {
    if (columns[i] !== -1) continue;
    const absent = (schema.shape[keys[i]!] as z.ZodType).safeParse(undefined);
    if (!absent.success || JSON.stringify(absent.data) !== JSON.stringify(codecs[i]!(""))) return null;
  }
  // The refinements were written for this schema's output, which is what they will be given.
  const checks = (schema.def.checks ?? []) as z.core.$ZodCheck<unknown>[];
  const refinements = refinementsOf(checks);
  // One object literal with every column, built by generated code: one allocation per row, in
  // zod's key order, and a shape V8 can allocate straight into the old generation.
  const literal = (cell: (i: number) => string) =>
    [
      ...keys.map(
        (_, i) =>
          `const v${i} = ${columns[i] === -1 ? `codecs[${i}]("")` : cell(i)}; if (v${i} === UNSURE) return undefined;`,
      ),
      `return { ${keys.map((k, i) => `${JSON.stringify(k)}: v${i}`).join(", ")} };`,
    ].join("\n");
  const make = <A extends unknown[]>(params: string, prelude: string, cell: (i: number) => string) =>
    new Function(
      "codecs",
      "plain",
      "UNSURE",
      "fill",
      `return (${params}) => {\n${prelude}\n${literal(cell)}\n};`,
    )(codecs, plain, UNSURE, fill) as (...args: A) => Record<string, unknown> | undefined;
  const fromFields = make<[readonly string[]]>("fields", "", (i) => `codecs[${i}](fields[${columns[i]}])`);
  // Each column's codec is called from a place of its own, as in `fromFields`, so that every call
  // site sees one function, which V8 can inline; a helper shared by the columns would see them all.
  const fromPiece = make<[CodedPiece, number]>(
    "piece, r",
    "const cells = piece.cells, text = piece.text, cache = piece.cache, at = piece.at[r]; let a = 0, v;",
    (i) => {
      const c = columns[i]!;
      return `(a = cells[at + ${2 * c}], a >= 0 ? plain[${i}](text.slice(a, cells[at + ${2 * c + 1}])) : (v = cache[${c}][-a - 1]) !== undefined ? v : fill(piece, ${c}, -a - 1, codecs[${i}]))`;
    },
  );
  const refined = (row: Record<string, unknown> | undefined) =>
    row === undefined || refinements === null || refinements(row) ? row : undefined;
  return {
    fields: (fields) => refined(fromFields(fields)),
    coded: (piece, r) => refined(fromPiece(piece, r)),
  };
}

/** `fastRowParsers`' parser of a record's fields. */
export function fastRowParser(
  schema: z.ZodType,
  header: readonly string[],
): ((fields: readonly string[]) => Record<string, unknown> | undefined) | null {
  return fastRowParsers(schema, header)?.fields ?? null;
}
