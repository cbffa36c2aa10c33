import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idCell, optionalNumberCell, textCell } from "../schema/cells.js";
import { reportedViaCell } from "../schema/claim.js";
import { fastRowParser, INTERN_TRIAL } from "./fastRow.js";

const row = z.object({ id: idCell, value: optionalNumberCell, via: reportedViaCell });
const HEADER = ["id", "value", "via"];

describe("fastRowParser's codecs", () => {
  it("read an empty number cell as null themselves, as zod does", () => {
    const parse = fastRowParser(row, HEADER)!;
    expect(parse(["c1", "", "Yonhap"])).toEqual({ id: "c1", value: null, via: ["Yonhap"] });
    expect(row.parse({ id: "c1", value: "", via: "Yonhap" })).toEqual({
      id: "c1",
      value: null,
      via: ["Yonhap"],
    });
  });

  it("read an empty list of outlets as no outlet themselves, as zod does", () => {
    const parse = fastRowParser(row, HEADER)!;
    expect(parse(["c1", "3.5", ""])).toEqual({ id: "c1", value: 3.5, via: [] });
    expect(row.parse({ id: "c1", value: "3.5", via: "" })).toEqual({ id: "c1", value: 3.5, via: [] });
  });

  it("keep reading a column of distinct values after it has stopped interning them", () => {
    const parse = fastRowParser(row, HEADER)!;
    const ids = Array.from({ length: INTERN_TRIAL + 2000 }, (_, i) => `c${i}`);
    const read = ids.map((id) => parse([id, "1", "A; B"]));
    expect(read).toEqual(ids.map((id) => ({ id, value: 1, via: ["A", "B"] })));
    // Values seen before, now past the pool, and one repeated straight after itself.
    expect(parse(["c7", "", ""])).toEqual({ id: "c7", value: null, via: [] });
    expect(parse(["c7", "", ""])).toEqual({ id: "c7", value: null, via: [] });
    expect(parse(["C7", "", ""])).toBeUndefined();
  });
});

describe("fastRowParser's schemas", () => {
  it("is null for a schema that is not an object", () => {
    expect(fastRowParser(z.string(), ["id"])).toBeNull();
    expect(fastRowParser(z.array(z.string()), ["id"])).toBeNull();
  });

  it("is null for an object schema that keeps or refuses unknown columns", () => {
    const shape = { id: idCell, quote: textCell };
    expect(fastRowParser(z.object(shape).catchall(z.string()), ["id", "quote"])).toBeNull();
    expect(fastRowParser(z.object(shape).passthrough(), ["id", "quote"])).toBeNull();
    expect(fastRowParser(z.object(shape).strict(), ["id", "quote"])).toBeNull();
    expect(fastRowParser(z.looseObject(shape), ["id", "quote"])).toBeNull();
    expect(fastRowParser(z.object(shape), ["id", "quote"])).not.toBeNull();
  });

  it("leaves a row to zod when a refinement answers later, rather than throwing", () => {
    const schema = row.refine(async () => true, { message: "checked later" });
    const parse = fastRowParser(schema, HEADER)!;
    expect(parse(["c1", "2", ""])).toBeUndefined();
  });

  it("skips a refinement whose own condition says not to run it, as zod does", () => {
    const schema = row.refine(() => false, { message: "never asked", when: () => false });
    expect(schema.safeParse({ id: "c1", value: "2", via: "" }).success).toBe(true);
    const parse = fastRowParser(schema, HEADER)!;
    expect(parse(["c1", "2", ""])).toEqual({ id: "c1", value: 2, via: [] });
  });

  it("skips a conditional refinement beside plain ones, and still applies the plain ones", () => {
    const schema = row
      .refine((r) => r.value === null || r.value > 0, { message: "value must be positive" })
      .refine(() => false, { message: "never asked", when: () => false });
    const parse = fastRowParser(schema, HEADER)!;
    expect(parse(["c1", "2", ""])).toEqual({ id: "c1", value: 2, via: [] });
    expect(parse(["c1", "-2", ""])).toBeUndefined();
    expect(schema.safeParse({ id: "c1", value: "-2", via: "" }).success).toBe(false);
  });

  it("applies a conditional refinement when its condition says to run it", () => {
    const schema = row.refine((r) => r.value !== 3, { message: "value must not be 3", when: () => true });
    const parse = fastRowParser(schema, HEADER)!;
    expect(parse(["c1", "3", ""])).toBeUndefined();
    expect(parse(["c1", "4", ""])).toEqual({ id: "c1", value: 4, via: [] });
  });

  it("applies plain refinements on the typed row", () => {
    const schema = row.refine((r) => r.value === null || r.value < 10, { message: "value must be below 10" });
    const parse = fastRowParser(schema, HEADER)!;
    expect(parse(["c1", "9", ""])).toEqual({ id: "c1", value: 9, via: [] });
    expect(parse(["c1", "1e1", ""])).toBeUndefined();
  });
});

describe("fastRowParser with a refined enum column", () => {
  it("leaves a row to zod when the enum's own refinement refuses its cell", () => {
    const kind = z.enum(["a", "b"]).refine((v) => v !== "a", "not a");
    const schema = z.object({ k: kind });
    const parse = fastRowParser(schema, ["k"])!;
    expect(schema.safeParse({ k: "a" }).success).toBe(false);
    expect(parse(["a"])).toBeUndefined();
    expect(parse(["b"])).toEqual({ k: "b" });
  });
});
