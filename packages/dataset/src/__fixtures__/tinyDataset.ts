import { rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll } from "vitest";
import { readCsv } from "../csv/readCsv.js";
import { buildDescriptor } from "../datapackage/buildDescriptor.js";
import { formatJson } from "../datapackage/formatJson.js";
import { BUILT_IN_VOCABULARIES, builtInVocabularyCells } from "../schema/builtInVocabularies.js";
import {
  type AnyTableName,
  columnsOf,
  OPTIONAL_TABLE_NAMES,
  type OptionalTableName,
  TABLE_NAMES,
  TABLES,
  type TableName,
  type Tables,
  tableSpecOf,
  VOCABULARY_NAMES,
} from "../schema/tables.js";
import type { VocabularyName } from "../schema/vocabularies.js";

/**
 * A small synthetic dataset (not the real data) that loads without problems. Tests change one
 * thing in it and assert the one problem that follows. The third claim's note spans two lines,
 * so its row is 3 and its line 4, and the row after it starts on line 6.
 */
export const TINY_CSV: Record<TableName, string> = {
  sources: [
    "source_id,outlet,via,title,author,published,published_precision,published_inferred,url,kind,text_ref,notes",
    "s-wire,Example Wire,,Hundreds sent back,,2023-10-10,day,false,https://example.org/a,news,,",
    "s-ngo,Example NGO,,Report on returns,Jane Doe,2024-01,month,false,,ngo,,",
  ].join("\n"),
  events: [
    "event_id,title,date,date_precision,date_inferred,date_end,location,category,notes",
    "e-oct,Mass return,2023-10-09,day,false,,Jilin,forced_repatriation,",
    "e-2019,Detentions,2019-01,month,false,2019-06,Liaoning,detention,",
  ].join("\n"),
  metrics: [
    "metric,unit,kind,description",
    "persons_returned,persons,count,People sent back",
    "share_women,percent,share,Share who were women",
  ].join("\n"),
  claims: [
    "claim_id,event_id,source_id,metric,qualifier,value_low,value_high,figure_text,attributed_to,attributed_kind,first_reported_by,repeats_claim_id,base_claim_id,as_of,as_of_precision,as_of_inferred,quote,vague,notes",
    'c-1,e-oct,s-wire,persons_returned,about,200,200,about 200,a source in China,anonymous_source,,,,,,,"About 200 were sent back, ""reportedly"".",false,',
    "c-2,e-oct,s-ngo,persons_returned,about,600,600,approximately 600,Example NGO,ngo,,,,2024-01-15,day,false,approximately 600 people,false,",
    'c-3,e-oct,s-ngo,share_women,about,80,80,80%,Example NGO,ngo,,,c-2,,,,about 80% of them were women,false,"a note',
    'on two lines"',
    "c-4,e-2019,s-wire,persons_returned,at_least,100,,hundreds,police,government,,,,,,,hundreds were held,true,",
  ].join("\n"),
};

function vocabularyCsv(vocabulary: VocabularyName): string {
  return stringify(builtInVocabularyCells(vocabulary), {
    header: true,
    columns: columnsOf(vocabulary),
  }).trimEnd();
}

/**
 * The optional tables of the tiny dataset, written only when a test asks for them: one assessment
 * of the October return, resting on its two counts (c-3 is a share, of another group); each
 * vocabulary as the built-in one, as a file a test can extend.
 */
export const TINY_OPTIONAL_CSV: Record<OptionalTableName, string> = {
  assessments: [
    "event_id,metric,low,best,high,claim_ids,rationale,assessed_by,assessed_on,assessed_on_precision",
    'e-oct,persons_returned,200,300,600,c-1 c-2,"Two readings, one source each",Tally maintainers,2024-02-01,day',
  ].join("\n"),
  categories: vocabularyCsv("categories"),
  attributed_kinds: vocabularyCsv("attributed_kinds"),
  source_kinds: vocabularyCsv("source_kinds"),
  units: vocabularyCsv("units"),
};

export const TINY_DESCRIPTOR = {
  name: "tiny",
  title: "A tiny synthetic dataset",
  version: "0.1.0",
  created: "2024-01-01T00:00:00.000Z",
  licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0" }],
  sources: [{ title: "Synthetic test data" }],
};

export interface TinyOptions {
  /** Replace a table's CSV (text or raw bytes); an optional table is written only when given here. */
  csv?: Partial<Record<AnyTableName, string | Uint8Array>>;
  /** Descriptor to write: built with fresh hashes by default; `null` writes none; a string is written as is. */
  descriptor?: "fresh" | null | string;
  /** Hash the original tiny CSVs, then write the replaced ones (a stale descriptor). */
  staleDescriptor?: boolean;
}

const encode = (v: string | Uint8Array) => (typeof v === "string" ? new TextEncoder().encode(v) : v);

/**
 * The folders a test file made for tiny datasets, removed after its tests: a run makes hundreds,
 * and none should outlive it. A hook, not the process's exit: vitest ends its workers by signal.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tally-tiny-"));
  made.push(dir);
  return dir;
}

export async function writeTinyDataset(dir?: string, options: TinyOptions = {}): Promise<string> {
  const target = dir ?? (await temporaryDir());
  const bytes = {} as Record<TableName, Uint8Array>;
  const original = {} as Record<TableName, Uint8Array>;
  for (const table of TABLE_NAMES) {
    original[table] = encode(TINY_CSV[table]);
    bytes[table] = encode(options.csv?.[table] ?? TINY_CSV[table]);
    await writeFile(join(target, TABLES[table].file), bytes[table]);
  }
  const optionalBytes: Partial<Record<OptionalTableName, Uint8Array>> = {};
  const optionalOriginal: Partial<Record<OptionalTableName, Uint8Array>> = {};
  for (const table of OPTIONAL_TABLE_NAMES) {
    const given = options.csv?.[table];
    if (given === undefined) continue;
    optionalOriginal[table] = encode(TINY_OPTIONAL_CSV[table]);
    optionalBytes[table] = encode(given);
    await writeFile(join(target, tableSpecOf(table).file), optionalBytes[table]);
  }
  const descriptor = options.descriptor === undefined ? "fresh" : options.descriptor;
  if (typeof descriptor === "string" && descriptor !== "fresh")
    await writeFile(join(target, "datapackage.json"), descriptor);
  else if (descriptor === "fresh")
    await writeFile(
      join(target, "datapackage.json"),
      formatJson(
        options.staleDescriptor
          ? buildDescriptor(TINY_DESCRIPTOR, original, optionalOriginal)
          : buildDescriptor(TINY_DESCRIPTOR, bytes, optionalBytes),
      ),
    );
  return target;
}

/**
 * The tiny dataset's tables parsed in memory, as a release's rows are (no files, no descriptor):
 * the four, no assessments, and the built-in vocabularies, as a dataset without their files loads.
 */
export function tinyTables(): Tables {
  const tables = {} as Record<string, unknown[]>;
  for (const table of TABLE_NAMES)
    tables[table] = readCsv(TINY_CSV[table], TABLES[table].file, table).rows.map((r) =>
      TABLES[table].schema.parse(r.cells),
    );
  for (const vocabulary of VOCABULARY_NAMES) tables[vocabulary] = [...BUILT_IN_VOCABULARIES[vocabulary]];
  tables.assessments = [];
  return tables as Tables;
}

/** The tiny claims CSV with one cell replaced (row is the 1-based data row). */
export function withClaimCell(row: number, column: string, value: string): string {
  return withClaimCells(row, { [column]: value });
}

/** The tiny claims CSV with cells of one row replaced, by column (row is the 1-based data row). */
export function withClaimCells(row: number, changes: Record<string, string>): string {
  const lines = TINY_CSV.claims.split("\n");
  const header = lines[0]!.split(",");
  // c-1 has a quoted comma and c-3 spans lines, so rows are rewritten only for simple rows.
  const index = { 2: 2, 4: 5 }[row];
  if (index === undefined) throw new Error(`withClaimCells supports rows 2 and 4, not ${row}`);
  const cells = lines[index]!.split(",");
  for (const [column, value] of Object.entries(changes)) cells[header.indexOf(column)] = value;
  lines[index] = cells.join(",");
  return lines.join("\n");
}
