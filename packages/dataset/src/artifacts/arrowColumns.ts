import { Bool, type Data, Field, Float64, List, makeData, Utf8 } from "apache-arrow";
import type { ColumnType } from "./columnTypes.js";

/**
 * Fills one Arrow column's buffers directly, row by row. Arrow's generic builders took 40 s for a
 * million claims (per-value dispatch and buffer growth in every string builder); writing the
 * validity bitmap, offsets and bytes ourselves takes a fraction of that.
 */
export interface ColumnWriter {
  /** Writes row `i`; returns false when the value is not of the column's type. */
  set(i: number, value: unknown): boolean;
  finish(): Data;
}

class Validity {
  readonly bits: Uint8Array;
  nullCount = 0;
  constructor(length: number) {
    // All valid until a null clears its bit.
    this.bits = new Uint8Array(Math.ceil(length / 8)).fill(0xff);
  }
  clear(i: number): void {
    this.bits[i >> 3]! &= ~(1 << (i & 7));
    this.nullCount++;
  }
  /** Arrow allows leaving the bitmap out when nothing is null. */
  get bitmap(): Uint8Array | undefined {
    return this.nullCount === 0 ? undefined : this.bits;
  }
}

class Utf8Writer implements ColumnWriter {
  private readonly offsets: Int32Array;
  // Node's Buffer#write encodes UTF-8 in place without allocating a view per string.
  private bytes: Buffer;
  private end = 0;
  private readonly validity: Validity;
  constructor(private readonly length: number) {
    this.offsets = new Int32Array(length + 1);
    this.bytes = Buffer.allocUnsafe(Math.max(1024, length * 16));
    this.validity = new Validity(length);
  }
  set(i: number, value: unknown): boolean {
    if (value === null) this.validity.clear(i);
    else if (typeof value !== "string") return false;
    else {
      // A UTF-16 code unit encodes to at most 3 UTF-8 bytes.
      if (this.bytes.length - this.end < value.length * 3) this.grow(value.length * 3);
      this.end =
        value.length <= 64 ? this.writeShort(value) : this.end + this.bytes.write(value, this.end, "utf8");
      if (this.end > 0x7fffffff) throw new RangeError("a string column exceeds Arrow Utf8's 2 GiB limit");
    }
    this.offsets[i + 1] = this.end;
    return true;
  }
  /** Ids, enums and dates are short ASCII: copying code units beats a native call per string. */
  private writeShort(value: string): number {
    const bytes = this.bytes;
    let at = this.end;
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k);
      if (code >= 0x80) return this.end + bytes.write(value, this.end, "utf8");
      bytes[at++] = code;
    }
    return at;
  }
  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.end + needed));
    this.bytes.copy(next, 0, 0, this.end);
    this.bytes = next;
  }
  finish(): Data<Utf8> {
    return makeData({
      type: new Utf8(),
      length: this.length,
      nullCount: this.validity.nullCount,
      nullBitmap: this.validity.bitmap,
      valueOffsets: this.offsets,
      data: this.bytes.subarray(0, this.end),
    });
  }
}

class Float64Writer implements ColumnWriter {
  private readonly values: Float64Array;
  private readonly validity: Validity;
  constructor(private readonly length: number) {
    this.values = new Float64Array(length);
    this.validity = new Validity(length);
  }
  set(i: number, value: unknown): boolean {
    if (value === null) this.validity.clear(i);
    else if (typeof value !== "number") return false;
    else this.values[i] = value;
    return true;
  }
  finish(): Data {
    return makeData({
      type: new Float64(),
      length: this.length,
      nullCount: this.validity.nullCount,
      nullBitmap: this.validity.bitmap,
      data: this.values,
    });
  }
}

class BoolWriter implements ColumnWriter {
  private readonly values: Uint8Array;
  private readonly validity: Validity;
  constructor(private readonly length: number) {
    this.values = new Uint8Array(Math.ceil(length / 8));
    this.validity = new Validity(length);
  }
  set(i: number, value: unknown): boolean {
    if (value === null) this.validity.clear(i);
    else if (typeof value !== "boolean") return false;
    else if (value) this.values[i >> 3]! |= 1 << (i & 7);
    return true;
  }
  finish(): Data {
    return makeData({
      type: new Bool(),
      length: this.length,
      nullCount: this.validity.nullCount,
      nullBitmap: this.validity.bitmap,
      data: this.values,
    });
  }
}

/** The Arrow type of a list of strings: its items are never null (a `claim_ids` cell has no empty id). */
export function utf8ListType(): List<Utf8> {
  return new List(new Field("item", new Utf8(), false));
}

/**
 * A column of string lists. Only the assessments table has one, a row per event and metric at
 * most, so the lists are kept as given and the items written once their number is known.
 */
class Utf8ListWriter implements ColumnWriter {
  private readonly lists: (readonly string[] | null)[];
  private readonly validity: Validity;
  constructor(private readonly length: number) {
    this.lists = new Array(length).fill(null);
    this.validity = new Validity(length);
  }
  set(i: number, value: unknown): boolean {
    if (value === null) this.validity.clear(i);
    else if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) return false;
    else this.lists[i] = value;
    return true;
  }
  finish(): Data {
    const offsets = new Int32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) offsets[i + 1] = offsets[i]! + (this.lists[i]?.length ?? 0);
    const items = new Utf8Writer(offsets[this.length]!);
    let k = 0;
    for (const list of this.lists) for (const item of list ?? []) items.set(k++, item);
    return makeData({
      type: utf8ListType(),
      length: this.length,
      nullCount: this.validity.nullCount,
      nullBitmap: this.validity.bitmap,
      valueOffsets: offsets,
      child: items.finish(),
    });
  }
}

export function columnWriter(type: ColumnType, length: number): ColumnWriter {
  switch (type) {
    case "utf8":
    case "utf8?":
      return new Utf8Writer(length);
    case "float64":
    case "float64?":
      return new Float64Writer(length);
    case "bool":
    case "bool?":
      return new BoolWriter(length);
    case "utf8[]":
      return new Utf8ListWriter(length);
  }
}
