import { describe, expect, it } from "vitest";
import { TINY_CSV, TINY_DESCRIPTOR } from "../__fixtures__/tinyDataset.js";
import type { TableName } from "../schema/tables.js";
import { buildDescriptor } from "./buildDescriptor.js";
import { descriptorProblems, descriptorSchemaProblems, RELEASE_REMEDY } from "./descriptorProblems.js";

const encoded = Object.fromEntries(
  Object.entries(TINY_CSV).map(([t, text]) => [t, new TextEncoder().encode(text)]),
) as Record<TableName, Uint8Array>;

/** The fresh descriptor with the claims resource's recorded hash or size changed. */
function recorded(change: Record<string, unknown>): unknown {
  const fresh = buildDescriptor(TINY_DESCRIPTOR, encoded) as { resources: Record<string, unknown>[] };
  const resources = fresh.resources.map((r) => (r.name === "claims" ? { ...r, ...change } : r));
  return { ...fresh, resources };
}

const OTHER = `sha256:${"0".repeat(64)}`;

describe("descriptorProblems", () => {
  it("says which of the recorded hash and size is stale, never printing one value twice", () => {
    const size = encoded.claims.byteLength;
    const [both] = descriptorProblems(recorded({ hash: OTHER, bytes: size + 1 }), encoded);
    expect(both!.message).toMatch(
      new RegExp(
        `^the hash of claims\\.csv is stale \\(recorded ${OTHER}, ${size + 1} bytes; the file is sha256:[0-9a-f]{64}, ${size} bytes\\): run pnpm dataset hash$`,
      ),
    );
    const [hashOnly] = descriptorProblems(recorded({ hash: OTHER }), encoded);
    expect(hashOnly!.message).toMatch(
      new RegExp(
        `^the hash of claims\\.csv is stale \\(recorded ${OTHER}; the file is sha256:[0-9a-f]{64}, at the recorded size of ${size} bytes\\)`,
      ),
    );
    const [sizeOnly] = descriptorProblems(recorded({ bytes: size + 1 }), encoded);
    expect(sizeOnly!.message).toBe(
      `the recorded size of claims.csv is stale (recorded ${size + 1} bytes; the file is ${size} bytes): run pnpm dataset hash`,
    );
    for (const p of [both, hashOnly, sizeOnly]) expect(p!.code).toBe("descriptor/stale-hash");
    // An outside review: a wrong size alone was reported at the hash, as "recorded 1 bytes".
    expect([both, hashOnly, sizeOnly].map((p) => p!.column)).toEqual([
      "resources.claims.hash",
      "resources.claims.hash",
      "resources.claims.bytes",
    ]);
    const [one] = descriptorProblems(recorded({ bytes: 1 }), encoded);
    expect(one!.message).toContain("(recorded 1 byte; ");
  });

  it("reports a hash not in sha256 form once, as the schema's problem, not also as stale", () => {
    // An outside review: an md5 hash, which Frictionless allows, gave two errors for one field.
    const md5 = recorded({ hash: "d41d8cd98f00b204e9800998ecf8427e" });
    expect(descriptorProblems(md5, encoded)).toEqual([]);
    // Its size is still compared.
    const size = encoded.claims.byteLength;
    const md5Sized = recorded({ hash: "d41d8cd98f00b204e9800998ecf8427e", bytes: size + 1 });
    expect(descriptorProblems(md5Sized, encoded).map((p) => [p.code, p.column])).toEqual([
      ["descriptor/stale-hash", "resources.claims.bytes"],
    ]);
    expect(descriptorSchemaProblems(md5).map((p) => [p.code, p.column])).toEqual([
      ["descriptor/schema", "resources.claims.hash"],
    ]);
  });

  it("does not call the schema stale while a table's header cannot be read", () => {
    // An outside review: an empty claims.csv (or one split by tabs) also got "the Table Schema of
    // claims does not match the row schema: run pnpm dataset hash", and that refresh dropped
    // reported_via from the schema of the real file.
    const without = TINY_CSV.claims
      .split("\n")[0]!
      .split(",")
      .filter((c) => c !== "reported_via");
    const claimsOf = (text: string) => ({ ...encoded, claims: new TextEncoder().encode(text) });
    const described = buildDescriptor(
      TINY_DESCRIPTOR,
      claimsOf(`${[...without, "reported_via"].join(",")}\n`),
    );
    for (const text of ["", `${without.join("\t")}\treported_via\n`]) {
      const problems = descriptorProblems(described, claimsOf(text));
      expect(
        problems.map((p) => p.code),
        JSON.stringify(text),
      ).toEqual(["descriptor/stale-hash"]);
    }
    // A readable header without an optional column still differs from a schema that has it.
    expect(descriptorProblems(described, claimsOf(`${without.join(",")}\n`)).map((p) => p.code)).toContain(
      "descriptor/stale-fields",
    );
  });

  it("names where a hand-edited Table Schema differs, which the refresh would undo, and not its words", () => {
    const fresh = recorded({}) as {
      resources: { name: string; schema: { fields: Record<string, unknown>[] } }[];
    };
    const claims = fresh.resources.find((r) => r.name === "claims")!;
    const edited = (fields: Record<string, unknown>[]) => ({
      ...fresh,
      resources: fresh.resources.map((r) => (r === claims ? { ...r, schema: { ...r.schema, fields } } : r)),
    });
    const messageOf = (fields: Record<string, unknown>[]) =>
      descriptorProblems(edited(fields), encoded).map((p) => p.message);
    const retyped = claims.schema.fields.map((f) => (f.name === "value_low" ? { ...f, type: "integer" } : f));
    expect(messageOf(retyped)).toEqual([
      'the Table Schema of claims does not match the row schema (field value_low: type "integer", the row schema\'s "number"): run pnpm dataset hash',
    ]);
    const [a, b, ...rest] = claims.schema.fields;
    expect(messageOf([b!, a!, ...rest])[0]).toMatch(
      /\(fields event_id, claim_id, .*: the row schema's claim_id, event_id, /,
    );
    const reworded = claims.schema.fields.map((f) => ({ ...f, description: "Someone's own words" }));
    expect(messageOf(reworded)).toEqual([]);
  });

  it("reads a key written as a list of one as the same key written as a string, as Table Schema does", () => {
    // An outside audit: "primaryKey": ["event_id"] was "the Table Schema of events does not match
    // the row schema (its keys or missing values)".
    type Schema = {
      primaryKey: unknown;
      foreignKeys?: { fields: unknown; reference: { fields: unknown } }[];
    };
    const fresh = recorded({}) as { resources: { name: string; schema: Schema }[] };
    const withSchema = (table: string, change: (schema: Schema) => Schema) => ({
      ...fresh,
      resources: fresh.resources.map((r) => (r.name === table ? { ...r, schema: change(r.schema) } : r)),
    });
    const asList = (v: unknown) => (typeof v === "string" ? [v] : v);
    const listed = withSchema("claims", (schema) => ({
      ...schema,
      primaryKey: asList(schema.primaryKey),
      foreignKeys: schema.foreignKeys!.map((k) => ({
        fields: asList(k.fields),
        reference: { ...k.reference, fields: asList(k.reference.fields) },
      })),
    }));
    const claims = fresh.resources.find((r) => r.name === "claims")!.schema;
    expect(typeof claims.primaryKey).toBe("string");
    expect(claims.foreignKeys!.length).toBeGreaterThan(0);
    expect(descriptorProblems(listed, encoded)).toEqual([]);
    expect(
      descriptorProblems(
        withSchema("events", (s) => ({ ...s, primaryKey: ["event_id"] })),
        encoded,
      ),
    ).toEqual([]);
    // A key that is another key is still one, named as such.
    const rekeyed = withSchema("events", (s) => ({ ...s, primaryKey: ["event_id", "date"] }));
    expect(descriptorProblems(rekeyed, encoded).map((p) => [p.column, p.message])).toEqual([
      [
        "resources.events.schema",
        'the Table Schema of events does not match the row schema (primaryKey ["event_id","date"], the row schema\'s ["event_id"]): run pnpm dataset hash',
      ],
    ]);
  });

  it("finds nothing in a fresh descriptor", () => {
    expect(descriptorProblems(recorded({}), encoded)).toEqual([]);
  });

  it("refuses a resource whose path is not its table's file, which a Frictionless reader would open", () => {
    for (const path of ["events.csv", "claims_old.csv"]) {
      const problems = descriptorProblems(recorded({ path }), encoded);
      expect(
        problems.map((p) => [p.code, p.column]),
        String(path),
      ).toEqual([["descriptor/resource", "resources.claims.path"]]);
      expect(problems[0]!.message).toBe(
        `the resource claims gives the path ${JSON.stringify(path)}, but its table is claims.csv, which Tally reads; a Frictionless reader opens the path: run pnpm dataset hash`,
      );
    }
    // No path at all is the schema check's, said once.
    expect(descriptorProblems(recorded({ path: undefined }), encoded)).toEqual([]);
    expect(descriptorSchemaProblems(recorded({ path: undefined })).map((p) => p.message)).toEqual([
      "resources.claims.path: is missing (a string is needed)",
    ]);
  });

  it("refuses a table described twice", () => {
    const fresh = recorded({}) as { resources: Record<string, unknown>[] };
    const twice = {
      ...fresh,
      resources: [...fresh.resources, fresh.resources.find((r) => r.name === "claims")],
    };
    expect(descriptorProblems(twice, encoded).map((p) => [p.code, p.column, p.message])).toEqual([
      [
        "descriptor/resource",
        "resources.claims",
        "lists 2 resources named claims; a Data Package names each resource once: run pnpm dataset hash",
      ],
    ]);
  });

  it("refuses a resource that is none of Tally's tables, which it would neither read nor check", () => {
    // An outside review: a resource "extra" at extra.csv, a file that was not there, passed.
    const fresh = recorded({}) as { resources: Record<string, unknown>[] };
    const units = fresh.resources.find((r) => r.name === "units")!;
    const extra = {
      ...fresh,
      resources: [...fresh.resources, { ...units, name: "extra", path: "extra.csv" }],
    };
    const problems = descriptorProblems(extra, encoded);
    expect(problems.map((p) => [p.code, p.column])).toEqual([["descriptor/resource", "resources.extra"]]);
    expect(problems[0]!.message).toMatch(
      /^lists a resource "extra" \(path "extra\.csv"\), which is none of Tally's tables \(sources, events, .*\): Tally neither reads nor checks it; run pnpm dataset hash, which lists Tally's tables only$/,
    );
    // A release is restored, not refreshed: its remedy stands alone.
    const [frozen] = descriptorProblems(extra, encoded, {}, RELEASE_REMEDY);
    expect(frozen!.message).toMatch(
      /it; released files never change: restore the release from version control$/,
    );
    // The refresh the message names drops it.
    const refreshed = buildDescriptor(extra, encoded) as { resources: { name: string }[] };
    expect(refreshed.resources.map((r) => r.name)).not.toContain("extra");
  });

  it("says a hash is missing rather than stale", () => {
    const [missing] = descriptorProblems(recorded({ hash: undefined }), encoded);
    expect(missing!.message).toMatch(
      /^the resource of claims\.csv records no hash \(the file is sha256:[0-9a-f]{64}, \d+ bytes\): run pnpm dataset hash$/,
    );
  });

  it("says a size is missing rather than 'recorded undefined bytes', as a missing hash is", () => {
    // An outside audit: "the recorded size of claims.csv is stale (recorded undefined bytes; …)".
    const size = encoded.claims.byteLength;
    const [noSize] = descriptorProblems(recorded({ bytes: undefined }), encoded);
    expect([noSize!.code, noSize!.column, noSize!.message]).toEqual([
      "descriptor/stale-hash",
      "resources.claims.bytes",
      `the resource of claims.csv records no size (the file is ${size} bytes): run pnpm dataset hash`,
    ]);
    const [neither] = descriptorProblems(recorded({ bytes: undefined, hash: undefined }), encoded);
    expect(neither!.message).toMatch(
      new RegExp(
        `^the resource of claims\\.csv records no hash or size \\(the file is sha256:[0-9a-f]{64}, ${size} bytes\\): run pnpm dataset hash$`,
      ),
    );
    const [staleHash] = descriptorProblems(recorded({ bytes: undefined, hash: OTHER }), encoded);
    expect(staleHash!.message).toMatch(
      new RegExp(
        `^the hash of claims\\.csv is stale \\(recorded ${OTHER}, and no size; the file is sha256:[0-9a-f]{64}, ${size} bytes\\)`,
      ),
    );
    for (const p of [noSize, neither, staleHash]) expect(p!.message).not.toContain("undefined");
  });

  it("holds a hash to lower-case hex alike in the schema and the stale check, and says so once", () => {
    // An outside audit: an upper-case digest of the right file was told "must be sha256:<64 hex
    // digits>", which it has, by the schema, while the stale check took it for the same digest.
    const fresh = recorded({}) as { resources: { name: string; hash: string }[] };
    const upper = fresh.resources
      .find((r) => r.name === "claims")!
      .hash.replace(/[0-9a-f]{64}$/, (h) => h.toUpperCase());
    expect(upper).not.toBe(fresh.resources.find((r) => r.name === "claims")!.hash);
    expect(descriptorProblems(recorded({ hash: upper }), encoded)).toEqual([]);
    expect(descriptorSchemaProblems(recorded({ hash: upper })).map((p) => [p.column, p.message])).toEqual([
      ["resources.claims.hash", "resources.claims.hash: must be sha256:<64 lower-case hex digits>"],
    ]);
    // Upper-case digits of another file: still the one problem, as an md5 is; the size is compared.
    const upperOther = OTHER.replace(/0/g, "A");
    expect(descriptorProblems(recorded({ hash: upperOther }), encoded)).toEqual([]);
    expect(descriptorSchemaProblems(recorded({ hash: upperOther })).map((p) => p.column)).toEqual([
      "resources.claims.hash",
    ]);
  });

  it("leaves a size written as a string to the schema check, not a second, self-contradicting stale size", () => {
    const bytes = String(encoded.claims.byteLength);
    const descriptor = recorded({ bytes });
    expect(descriptorProblems(descriptor, encoded)).toEqual([]);
    expect(descriptorSchemaProblems(descriptor).map((p) => p.column)).toEqual(["resources.claims.bytes"]);
  });

  it("tells a resource none of Tally's tables once, not again for the schema it lacks (an outside review)", () => {
    const fresh = buildDescriptor(TINY_DESCRIPTOR, encoded) as { resources: Record<string, unknown>[] };
    const descriptor = { ...fresh, resources: [...fresh.resources, { name: "extra", path: "/etc/passwd" }] };
    expect(descriptorSchemaProblems(descriptor)).toEqual([]);
    expect(descriptorProblems(descriptor, encoded).map((p) => p.column)).toEqual(["resources.extra"]);
    // One of Tally's own tables without its schema is still the schema check's.
    const claims = fresh.resources.map((r) => (r.name === "claims" ? { ...r, schema: undefined } : r));
    expect(descriptorSchemaProblems({ ...fresh, resources: claims }).map((p) => p.column)).toEqual([
      "resources.claims.schema",
    ]);
  });

  // An outside audit: "Invalid input: expected object, received array", then a missing resource
  // for each of eight tables; a path given as a list was told twice.
  it("says in words what a key must be or that it is missing, and each problem once", () => {
    const array = [TINY_DESCRIPTOR];
    expect(descriptorSchemaProblems(array).map((p) => p.message)).toEqual([
      "the descriptor: must be a JSON object, not an array",
    ]);
    expect(descriptorProblems(array, encoded)).toEqual([]);
    const listedPath = recorded({ path: ["claims.csv"] });
    expect(descriptorSchemaProblems(listedPath).map((p) => p.message)).toEqual([
      "resources.claims.path: must be a string, not an array",
    ]);
    expect(descriptorProblems(listedPath, encoded)).toEqual([]);
    const { name: _, ...nameless } = recorded({}) as Record<string, unknown>;
    expect(descriptorSchemaProblems(nameless).map((p) => p.message)).toEqual([
      "name: is missing (a string is needed)",
    ]);
  });

  it("names a resource by its name in schema problems, as every other descriptor problem does", () => {
    const problems = descriptorSchemaProblems(recorded({ hash: "md5:abc" }));
    expect(problems.map((p) => p.column)).toEqual(["resources.claims.hash"]);
    expect(problems[0]!.message.startsWith("resources.claims.hash: ")).toBe(true);
  });

  it("tells a release to restore its files, not to refresh its descriptor", () => {
    const [stale] = descriptorProblems(recorded({ hash: OTHER }), encoded, {}, RELEASE_REMEDY);
    expect(stale!.message).toMatch(
      /: released files never change: restore the release from version control$/,
    );
    expect(stale!.message).not.toContain("pnpm dataset hash");
  });
});
