import { makeVector } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { columnWriter } from "./arrowColumns.js";

function roundTrip(type: Parameters<typeof columnWriter>[0], values: unknown[]) {
  const writer = columnWriter(type, values.length);
  values.forEach((value, i) => {
    expect(writer.set(i, value)).toBe(true);
  });
  const data = writer.finish();
  return { data, values: [...makeVector(data)] };
}

describe("columnWriter", () => {
  it("writes strings of every length and script, with nulls across bitmap bytes", () => {
    const long = "a quoted “figure” — ".repeat(500);
    const values = Array.from({ length: 21 }, (_, i) =>
      i % 3 === 0 ? null : i % 3 === 1 ? `id-${i}` : i === 20 ? long : `北朝鮮 ${i} ünïcode`,
    );
    const { data, values: read } = roundTrip("utf8?", values);
    expect(read).toEqual(values);
    expect(data.nullCount).toBe(7);
  });

  it("grows its byte buffer past the first guess", () => {
    const values = ["x".repeat(40_000), "ü".repeat(40_000), "y"];
    expect(roundTrip("utf8", values).values).toEqual(values);
  });

  it("leaves out the validity bitmap when nothing is null", () => {
    const { data, values } = roundTrip("float64", [1, 2.5, -3]);
    expect(values).toEqual([1, 2.5, -3]);
    expect(data.nullCount).toBe(0);
    expect(data.nullBitmap?.byteLength ?? 0).toBe(0);
  });

  it("writes numbers and booleans with nulls", () => {
    const numbers = [0, null, 546.5, null, 1e9, 3, 4, 5, null];
    expect(roundTrip("float64?", numbers).values).toEqual(numbers);
    const flags = [true, false, null, true, true, false, false, true, true, null];
    expect(roundTrip("bool?", flags).values).toEqual(flags);
  });

  it("writes lists of strings, an empty list and a null list among them", () => {
    const lists = [["c-1", "c-2"], [], null, ["ünïcode-id"], ["c-3", "c-4", "c-5"]];
    const { data, values } = roundTrip("utf8[]", lists);
    expect(values.map((list) => (list === null ? null : [...list]))).toEqual(lists);
    expect(data.nullCount).toBe(1);
  });

  it("refuses a value of another type", () => {
    expect(columnWriter("utf8[]", 1).set(0, "c-1 c-2")).toBe(false);
    expect(columnWriter("utf8[]", 1).set(0, ["c-1", 2])).toBe(false);
    expect(columnWriter("utf8", 1).set(0, 5)).toBe(false);
    expect(columnWriter("float64", 1).set(0, "5")).toBe(false);
    expect(columnWriter("bool", 1).set(0, "true")).toBe(false);
  });
});
