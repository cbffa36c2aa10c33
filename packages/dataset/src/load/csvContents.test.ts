import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { digestOf } from "../datapackage/hash.js";
import { TABLE_NAMES, TABLES, type TableName } from "../schema/tables.js";
import { csvContents } from "./csvContents.js";
import { DatasetReadError } from "./errors.js";

const dir = mkdtempSync(join(tmpdir(), "tally-contents-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = {} as Record<TableName, Uint8Array>;
for (const table of TABLE_NAMES) {
  csv[table] = Buffer.from(`${table}_id\n${table}-1\n`);
  writeFileSync(join(dir, TABLES[table].file), csv[table]);
}

describe("csvContents", () => {
  it("gives a small dataset's bytes as read, to be hashed where they are", async () => {
    expect(await csvContents(dir, csv)).toBe(csv);
  });

  it("gives a large dataset's digests from the files on disk, equal to hashing the bytes", async () => {
    const contents = await csvContents(dir, csv, 0);
    for (const table of TABLE_NAMES)
      expect(contents[table]).toEqual({ ...digestOf(csv[table]), head: new Uint8Array(csv[table]) });
  });

  it("hashes in a thread from exactly the size given, and in place below it", async () => {
    const total = TABLE_NAMES.reduce((sum, table) => sum + csv[table].byteLength, 0);
    expect(await csvContents(dir, csv, total + 1)).toBe(csv);
    const contents = await csvContents(dir, csv, total);
    expect(contents).not.toBe(csv);
    expect(contents.claims).toEqual({ ...digestOf(csv.claims), head: new Uint8Array(csv.claims) });
  });

  it("refuses a file whose length on disk is no longer the length read", async () => {
    const read = { ...csv, claims: Buffer.from("claim_id\n") };
    const claims = join(dir, TABLES.claims.file);
    const refused = csvContents(dir, read, 0);
    await expect(refused).rejects.toThrow(DatasetReadError);
    await expect(refused).rejects.toThrow(`${claims} changed while it was being read: validate again`);
  });
});
