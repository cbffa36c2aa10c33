import { describe, expect, it } from "vitest";
import { ALL_TABLE_NAMES, type AnyTableName, columnsOf } from "../schema/tables.js";
import { tableSchemaOf } from "./tableSchema.js";

const field = (table: AnyTableName, name: string) => tableSchemaOf(table).fields.find((f) => f.name === name);

describe("tableSchemaOf", () => {
  it.each(ALL_TABLE_NAMES)("lists every column of %s in header order", (table) => {
    expect(tableSchemaOf(table).fields.map((f) => f.name)).toEqual(columnsOf(table));
  });

  it("leaves out an optional column only when the header given lacks it", () => {
    const names = (header?: string[]) => tableSchemaOf("metrics", header).fields.map((f) => f.name);
    expect(names(["metric", "unit", "kind", "description"])).toEqual([
      "metric",
      "unit",
      "kind",
      "description",
    ]);
    expect(names(columnsOf("metrics"))).toEqual(columnsOf("metrics"));
    // A required column is described whatever the header says: the loader reports it missing.
    expect(names(["metric", "label"])).toEqual(columnsOf("metrics"));
    expect(field("metrics", "label")).toMatchObject({ name: "label", type: "string" });
    expect(field("metrics", "label")).not.toHaveProperty("constraints");
    expect(field("events", "short_title")).toMatchObject({ name: "short_title", type: "string" });
    expect(field("events", "short_title")).not.toHaveProperty("constraints");
  });

  it("types columns from their cell codecs", () => {
    expect(field("claims", "value_low")).toMatchObject({ name: "value_low", type: "number" });
    expect(field("claims", "value_low")).not.toHaveProperty("constraints");
    expect(field("claims", "vague")).toMatchObject({
      type: "boolean",
      trueValues: ["true"],
      falseValues: ["false"],
    });
    expect(field("claims", "quote")).toMatchObject({
      name: "quote",
      type: "string",
      constraints: { required: true },
    });
    expect(field("claims", "notes")).toMatchObject({ name: "notes", type: "string" });
  });

  it.each(ALL_TABLE_NAMES)("describes every column of %s for a reader without Tally", (table) => {
    for (const f of tableSchemaOf(table).fields) expect(f.description, `${table}.${f.name}`).toMatch(/\w{3}/);
  });

  it("says how the claims' bounds read with each qualifier, and that an empty boolean means false", () => {
    const qualifier = field("claims", "qualifier")!.description!;
    for (const q of field("claims", "qualifier")!.constraints!.enum!) expect(qualifier).toContain(`${q}:`);
    expect(field("claims", "value_low")!.description).toMatch(/excluded for more_than/);
    expect(field("claims", "value_high")!.description).toMatch(/excluded for fewer_than/);
    // missingValues makes an empty cell null before a reader sees the boolean: the words say what null means.
    expect(tableSchemaOf("claims").missingValues).toEqual([""]);
    expect(field("sources", "title_inferred")!.description).toMatch(/empty cell .* means false\.$/);
    expect(field("units", "whole")!.description).not.toMatch(/empty/);
  });

  it("turns zod enums into required enum constraints", () => {
    expect(field("claims", "qualifier")?.constraints).toEqual({
      required: true,
      enum: ["exact", "about", "between", "at_least", "more_than", "at_most", "fewer_than"],
    });
    expect(field("events", "date_precision")?.constraints).toEqual({ enum: ["day", "month", "year"] });
  });

  it("gives mixed-precision dates an anchored-by-spec ISO pattern that matches all three precisions", () => {
    const pattern = field("events", "date")!.constraints!.pattern!;
    expect(field("events", "date")!.type).toBe("string");
    const full = new RegExp(`^(?:${pattern})$`);
    expect(["2019", "2019-07", "2019-07-31"].every((d) => full.test(d))).toBe(true);
    expect(["19", "2019-7", "2019/07", "July 2019"].some((d) => full.test(d))).toBe(false);
  });

  it("declares keys and references", () => {
    const claims = tableSchemaOf("claims");
    expect(claims.primaryKey).toBe("claim_id");
    expect(field("claims", "claim_id")!.constraints).toMatchObject({ required: true, unique: true });
    expect(claims.foreignKeys).toEqual([
      { fields: "event_id", reference: { resource: "events", fields: "event_id" } },
      { fields: "source_id", reference: { resource: "sources", fields: "source_id" } },
      { fields: "metric", reference: { resource: "metrics", fields: "metric" } },
      { fields: "base_claim_id", reference: { resource: "", fields: "claim_id" } },
      { fields: "repeats_claim_id", reference: { resource: "", fields: "claim_id" } },
    ]);
    expect(tableSchemaOf("metrics").foreignKeys).toBeUndefined();
  });

  it("keys assessments by event and metric, and points them at their event and metric", () => {
    const assessments = tableSchemaOf("assessments");
    expect(assessments.primaryKey).toEqual(["event_id", "metric"]);
    // Neither column of a composite key is unique on its own.
    expect(field("assessments", "event_id")!.constraints).not.toHaveProperty("unique");
    expect(assessments.foreignKeys).toEqual([
      { fields: "event_id", reference: { resource: "events", fields: "event_id" } },
      { fields: "metric", reference: { resource: "metrics", fields: "metric" } },
    ]);
    expect(field("assessments", "best")).toMatchObject({
      name: "best",
      type: "number",
      constraints: { required: true },
    });
    expect(field("assessments", "assessed_on_precision")?.constraints).toEqual({
      required: true,
      enum: ["day", "month", "year"],
    });
  });

  it("describes claim_ids as space-separated claim ids, a pattern that takes lists and refuses others", () => {
    const claimIds = field("assessments", "claim_ids")!;
    expect(claimIds.description).toBe(
      "The claims the assessment rests on: claim ids of claims.csv separated by single spaces.",
    );
    const full = new RegExp(`^(?:${claimIds.constraints!.pattern!})$`);
    expect(["c-1", "c-1 c-2", "c001 c.2 c_3"].every((cell) => full.test(cell))).toBe(true);
    expect(["", "c-1,c-2", "c-1  c-2", " c-1", "C-1"].some((cell) => full.test(cell))).toBe(false);
  });

  it('describes reported_via as outlet names separated by "; ", optional, and leaves it out of a header without it', () => {
    const via = field("claims", "reported_via")!;
    expect(via.type).toBe("string");
    expect(via.constraints).not.toHaveProperty("required");
    const full = new RegExp(`^(?:${via.constraints!.pattern!})$`);
    expect(["Yonhap", "Chosun Ilbo; Radio Free Asia", "A; B; C.D"].every((cell) => full.test(cell))).toBe(
      true,
    );
    expect(["A;B", "A; ; B", " A", "A ", "A;", "A;  B"].some((cell) => full.test(cell))).toBe(false);
    const without = columnsOf("claims").filter((c) => c !== "reported_via");
    expect(tableSchemaOf("claims", without).fields.map((f) => f.name)).toEqual(without);
    const oldSources = columnsOf("sources").filter(
      (c) => c !== "title_inferred" && !c.startsWith("original_"),
    );
    expect(tableSchemaOf("sources", oldSources).fields.map((f) => f.name)).toEqual(oldSources);
  });
});
