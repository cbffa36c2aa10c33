import {
  type Data,
  DataType,
  type Decimal,
  type Field,
  type Float,
  IntervalUnit,
  Precision,
  TimeUnit,
  type Vector,
} from "apache-arrow";
import { floatText } from "./consoleFloats.js";

/** What the console reads a result from: a record batch as DuckDB-WASM streams it, or a table. */
export interface ArrowRows {
  numRows: number;
  schema: { fields: readonly Field[] };
  getChildAt(index: number): Vector | null;
}

/**
 * The first `limit` rows of `batch`, each an array of its values in the columns' order, shown and
 * written as DuckDB prints them: a DECIMAL as its exact decimal text with its scale ("2.50"), a
 * DATE as "2024-01-01", a TIMESTAMP as an ISO date-time, a TIME as "12:34:56", an INTERVAL in
 * DuckDB's words, a LIST, STRUCT or MAP as DuckDB prints it ("[1, 2, NULL]", "{'a': 1.5}",
 * "{k=2}") with each value inside read by its own type, a REAL or DOUBLE as DuckDB's text ("0.1",
 * "2.0", "1e+20", see floatText) and a BLOB in DuckDB's escapes ("\x00AB"). Arrow's own getters
 * give the unscaled integer of a decimal (2.50 → 250), epoch milliseconds for dates, a REAL
 * widened to a double (0.10000000149011612), a float that JavaScript writes its own way
 * (100000000000000000000, 1e-7, 2 where DuckDB writes 1e+20, 1e-07, 2.0) and a BLOB's bytes,
 * which is what the console showed before; so these are read by the column's type.
 * Rows are arrays, not objects keyed by name: a result may name two columns alike
 * (`select 1 as a, 2 as a`) or use a name an object reserves ("__proto__"), and each column must
 * keep its own value.
 */
export function rowsOf(batch: ArrowRows, limit: number): unknown[][] {
  const n = Math.min(batch.numRows, limit);
  const width = batch.schema.fields.length;
  const rows: unknown[][] = Array.from({ length: n }, () => new Array<unknown>(width).fill(null));
  batch.schema.fields.forEach((_field, c) => {
    const column = batch.getChildAt(c);
    if (!column) return;
    const reader = readerOf(column.type);
    let r = 0;
    for (const data of column.data) {
      const read = reader(data, column);
      for (let i = 0; i < data.length && r < n; i++, r++) rows[r]![c] = data.getValid(i) ? read(i, r) : null;
    }
  });
  return rows;
}

/**
 * Each column's type, read from the column itself. A record batch's schema merges its fields by
 * name (Arrow's RecordBatch rebuilds it with `Schema#assign`), so of `select 'a' as d, 1.5 as d`
 * its first field says DECIMAL too; only the names are right there.
 */
export function columnTypes(batch: ArrowRows): DataType[] {
  return batch.schema.fields.map((field, c) => batch.getChildAt(c)?.type ?? field.type);
}

/**
 * The columns that hold an ENUM, alone or inside a LIST, STRUCT or MAP. DuckDB-WASM streams an
 * ENUM as an Arrow dictionary whose labels never arrive (duckdb/duckdb-wasm issue 1548, open): a
 * result read from `send` has only the labels' indexes, and the console showed every one as NULL.
 */
export function enumColumns(batch: ArrowRows): string[] {
  return batch.schema.fields.flatMap((field, c) =>
    holdsDictionary(batch.getChildAt(c)?.type ?? field.type) ? [field.name] : [],
  );
}

function holdsDictionary(type: DataType): boolean {
  return DataType.isDictionary(type) || (type.children ?? []).some((child) => holdsDictionary(child.type));
}

/**
 * The positions of the columns whose values are numbers written as text (an exact decimal, a
 * BIGINT beyond 2^53, a REAL or DOUBLE in DuckDB's text): a CSV writes them as they are, where
 * other text that starts with "-" would be escaped.
 */
export function numericTextColumns(types: readonly DataType[]): Set<number> {
  return new Set(positions(types, (t) => DataType.isDecimal(t) || bigIntegers(t) || duckdbFloat(t)));
}

/** The positions of the columns of numbers (integers, floats, decimals), which a table right-aligns. */
export function numberColumns(types: readonly DataType[]): number[] {
  return positions(types, (t) => DataType.isInt(t) || DataType.isFloat(t) || DataType.isDecimal(t));
}

const positions = (types: readonly DataType[], keep: (t: DataType) => boolean): number[] =>
  types.flatMap((t, c) => (keep(t) ? [c] : []));

/** Reads the value at `i` of one chunk of a column, `row` of the whole column. */
type Read = (i: number, row: number) => unknown;

function readerOf(type: DataType): (data: Data, column: Vector) => Read {
  if (DataType.isDecimal(type)) return decimalReader(type);
  if (bigIntegers(type)) return (data) => (i) => bigInteger(data.values[i] as bigint);
  if (DataType.isDate(type)) {
    // Arrow's getter gives epoch milliseconds for either unit; a day is what DuckDB means by DATE.
    return (_, column) => (_i, row) => {
      const days = Math.floor((column.get(row) as number) / DAY_MS);
      return infinity(days, DATE_INFINITY) ?? isoDay(days);
    };
  }
  if (DataType.isTimestamp(type)) {
    const zone = type.timezone ? "Z" : "";
    const unit = UNITS[type.unit];
    return (data) => (i) => {
      const raw = BigInt(data.values[i] as bigint);
      const endless = infinity(raw, TIMESTAMP_INFINITY);
      if (endless) return endless;
      const { seconds, fraction } = split(raw, unit);
      const days = floorDiv(seconds, 86_400n);
      return `${isoDay(Number(days))}T${clock(seconds - days * 86_400n)}${fraction}${zone}`;
    };
  }
  if (DataType.isTime(type)) {
    const unit = UNITS[type.unit];
    return (data) => (i) => {
      const { seconds, fraction } = split(BigInt(data.values[i] as number | bigint), unit);
      return `${clock(seconds)}${fraction}`;
    };
  }
  if (DataType.isInterval(type)) return intervalReader(type.unit);
  if (DataType.isList(type) || DataType.isFixedSizeList(type))
    return (_, column) => (_i, row) =>
      `[${valuesOf(column.get(row) as Vector)
        .map(nestedText)
        .join(", ")}]`;
  if (DataType.isStruct(type)) return structReader(type);
  if (DataType.isMap(type)) return mapReader();
  if (duckdbFloat(type)) {
    const single = type.precision === Precision.SINGLE;
    return (data) => (i) => floatText((data.values as Float32Array | Float64Array)[i]!, single);
  }
  if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type))
    return (_, column) => (_i, row) => blobText(column.get(row) as Uint8Array);
  // Text, booleans and small integers: Arrow's own values.
  return (_, column) => (_i, row) => column.get(row);
}

/**
 * DuckDB's infinite DATE and TIMESTAMP are the largest value of their integer and its negation;
 * read as days or ticks they were printed as "+5881580-07-11" and "-290308-12-21T19:59:05.224193".
 */
const DATE_INFINITY = 2_147_483_647;
const TIMESTAMP_INFINITY = 9_223_372_036_854_775_807n;

function infinity<T extends number | bigint>(value: T, largest: T): "infinity" | "-infinity" | null {
  if (value === largest) return "infinity";
  return value === -largest ? "-infinity" : null;
}

/**
 * A BLOB as DuckDB prints it: printable ASCII as it is, every other byte (and the backslash and
 * quotes, which would make the text ambiguous) as \xHH in upper-case hex.
 */
export function blobText(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes)
    out +=
      byte >= 0x20 && byte <= 0x7e && byte !== 0x5c && byte !== 0x27 && byte !== 0x22
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return out;
}

/**
 * Every value of a vector, each read by its own type: a list or struct holds decimals, dates and
 * the rest as a column does, and Arrow's getters would give 150 for 1.50 there too.
 */
function valuesOf(vector: Vector): unknown[] {
  const reader = readerOf(vector.type);
  const values: unknown[] = [];
  let row = 0;
  for (const data of vector.data) {
    const read = reader(data, vector);
    for (let i = 0; i < data.length; i++, row++) values.push(data.getValid(i) ? read(i, row) : null);
  }
  return values;
}

/** A value inside a list, struct or map as DuckDB prints it there: NULL by name, text unquoted. */
const nestedText = (v: unknown): string => (v === null || v === undefined ? "NULL" : String(v));

/**
 * A STRUCT as DuckDB prints it: {'a': 1.5, 'b': x}. Its fields are read from the column's children
 * (once per column): DuckDB-WASM's Arrow is not this module's, so its chunks cannot be made into
 * vectors here.
 */
function structReader(type: DataType): (data: Data, column: Vector) => Read {
  const names = (type.children as Field[]).map((f) => f.name);
  let seen: Vector | null = null;
  let fields: unknown[][] = [];
  return (_, column) => {
    if (seen !== column) {
      seen = column;
      fields = names.map((_name, k) => valuesOf(column.getChildAt(k)!));
    }
    const values = fields;
    return (_i, row) => `{${names.map((name, k) => `'${name}': ${nestedText(values[k]![row])}`).join(", ")}}`;
  };
}

/**
 * A MAP as DuckDB prints it: {k=2, l=3}. Its entries are one struct column of keys and values for
 * the whole column; a chunk's offsets count from where its own entries start in it.
 */
function mapReader(): (data: Data, column: Vector) => Read {
  let seen: Vector | null = null;
  let keys: unknown[] = [];
  let values: unknown[] = [];
  let starts = new Map<Data, number>();
  return (data, column) => {
    if (seen !== column) {
      seen = column;
      const entries = column.getChildAt(0)!;
      keys = valuesOf(entries.getChildAt(0)!);
      values = valuesOf(entries.getChildAt(1)!);
      starts = new Map();
      let start = 0;
      for (const chunk of column.data) {
        starts.set(chunk, start);
        start += chunk.children[0]!.length;
      }
    }
    const start = starts.get(data)!;
    const offsets = data.valueOffsets;
    return (i) => {
      const pairs: string[] = [];
      for (let e = start + offsets[i]!; e < start + offsets[i + 1]!; e++)
        pairs.push(`${nestedText(keys[e])}=${nestedText(values[e])}`);
      return `{${pairs.join(", ")}}`;
    };
  };
}

const bigIntegers = (type: DataType): boolean => DataType.isInt(type) && type.bitWidth === 64;

/** REAL and DOUBLE (DuckDB sends no half floats), read by floatText. */
const duckdbFloat = (type: DataType): type is Float =>
  DataType.isFloat(type) && type.precision !== Precision.HALF;

/** BIGINT within 2^53 reads as an ordinary number; beyond it stays exact as text. */
function bigInteger(v: bigint): number | string {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v.toString();
}

function decimalReader(type: Decimal): (data: Data) => Read {
  // A 128-bit decimal is four little-endian 32-bit words, the top bit its sign (two's complement).
  const words = type.bitWidth / 32;
  const bits = BigInt(type.bitWidth);
  return (data) => {
    const values = data.values as Uint32Array;
    return (i) => {
      let unscaled = 0n;
      for (let w = words - 1; w >= 0; w--) unscaled = (unscaled << 32n) | BigInt(values[i * words + w]!);
      if (unscaled >> (bits - 1n)) unscaled -= 1n << bits;
      return decimalText(unscaled, type.scale);
    };
  };
}

/** An unscaled decimal integer as exact text with `scale` digits after the point: (250, 2) → "2.50". */
export function decimalText(unscaled: bigint, scale: number): string {
  const sign = unscaled < 0n ? "-" : "";
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString();
  if (scale <= 0) return unscaled === 0n ? "0" : `${sign}${digits}${"0".repeat(-scale)}`;
  const padded = digits.padStart(scale + 1, "0");
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 as an ISO day, "2024-01-01" (proleptic Gregorian, as DuckDB counts). */
export function isoDay(days: number): string {
  // Howard Hinnant's civil_from_days: exact for any day DuckDB can store, unlike Date's ±275,760 years.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // ISO 8601 writes a year outside 0000–9999 with a sign and six digits, as Date#toISOString does.
  const y =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, "0")
      : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  return `${y}-${two(month)}-${two(day)}`;
}

const two = (n: number | bigint) => String(n).padStart(2, "0");

/** Ticks per second and digits of a fraction, by Arrow TimeUnit (SECOND, MILLISECOND, MICROSECOND, NANOSECOND). */
const UNITS: Record<TimeUnit, { perSecond: bigint; digits: number }> = {
  [TimeUnit.SECOND]: { perSecond: 1n, digits: 0 },
  [TimeUnit.MILLISECOND]: { perSecond: 1_000n, digits: 3 },
  [TimeUnit.MICROSECOND]: { perSecond: 1_000_000n, digits: 6 },
  [TimeUnit.NANOSECOND]: { perSecond: 1_000_000_000n, digits: 9 },
};

const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));

/** Whole seconds (rounded down, so before 1970 too) and the rest as ".5", ".000123" or "". */
function split(ticks: bigint, unit: { perSecond: bigint; digits: number }) {
  const seconds = floorDiv(ticks, unit.perSecond);
  return { seconds, fraction: fractionText(ticks - seconds * unit.perSecond, unit.digits) };
}

function fractionText(rest: bigint, digits: number): string {
  if (rest === 0n) return "";
  return `.${rest.toString().padStart(digits, "0").replace(/0+$/, "")}`;
}

/** Seconds as hh:mm:ss; hours go past 23 for an interval's time part. */
function clock(seconds: bigint): string {
  return `${two(seconds / 3600n)}:${two((seconds / 60n) % 60n)}:${two(seconds % 60n)}`;
}

function intervalReader(unit: IntervalUnit): (data: Data) => Read {
  return (data) => {
    const v = data.values as Int32Array;
    if (unit === IntervalUnit.YEAR_MONTH) return (i) => intervalText(v[i]!, 0, 0n);
    if (unit === IntervalUnit.DAY_TIME)
      return (i) => intervalText(0, v[2 * i]!, BigInt(v[2 * i + 1]!) * 1_000_000n);
    // MONTH_DAY_NANO (what DuckDB sends): months, days, then nanoseconds as two 32-bit halves.
    // Arrow 17's getter reads these as YEAR_MONTH, so the words are read here.
    return (i) =>
      intervalText(v[4 * i]!, v[4 * i + 1]!, (BigInt(v[4 * i + 3]!) << 32n) | BigInt(v[4 * i + 2]! >>> 0));
  };
}

/** An interval as DuckDB writes it: "1 year 2 months 3 days 04:05:06.5", "00:00:00" when empty. */
export function intervalText(months: number, days: number, nanos: bigint): string {
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  const plural = (n: number, word: string) => `${n} ${word}${Math.abs(n) === 1 ? "" : "s"}`;
  if (years !== 0) parts.push(plural(years, "year"));
  if (months % 12 !== 0) parts.push(plural(months % 12, "month"));
  if (days !== 0) parts.push(plural(days, "day"));
  if (nanos !== 0n || parts.length === 0) {
    const abs = nanos < 0n ? -nanos : nanos;
    const { seconds, fraction } = split(abs, UNITS[TimeUnit.NANOSECOND]);
    parts.push(`${nanos < 0n ? "-" : ""}${clock(seconds)}${fraction}`);
  }
  return parts.join(" ");
}
