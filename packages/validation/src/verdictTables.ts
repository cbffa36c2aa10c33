import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byCodeUnit } from "@tally/dataset";
import { writeParquetOfArrow } from "@tally/dataset/node";
import {
  Bool,
  type DataType,
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import type { GroupVerdict } from "./finding.js";

export const VERDICTS_FILE = "verdicts.arrows";
export const READINGS_FILE = "readings.arrows";
export const READING_CLAIMS_FILE = "reading_claims.arrows";

type Column = { name: string; type: DataType; nullable: boolean; values: unknown[] };

/** An Arrow table with exactly these column types and nullability (never inferred from the values). */
function tableOf(columns: readonly Column[], length: number): Table {
  const fields = columns.map((c) => new Field(c.name, c.type, c.nullable));
  const children = columns.map((c) => {
    if (c.values.length !== length)
      throw new RangeError(`${c.name} has ${c.values.length} rows, not ${length}`);
    if (!c.nullable)
      for (let i = 0; i < length; i++)
        if (c.values[i] === null) throw new TypeError(`${c.name} row ${i + 1} is null`);
    return vectorFromArray(c.values, c.type).data[0]!;
  });
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, struct)]);
}

const utf8 = (name: string, values: unknown[], nullable = false): Column => ({
  name,
  type: new Utf8(),
  nullable,
  values,
});
const int32 = (name: string, values: unknown[], nullable = false): Column => ({
  name,
  type: new Int32(),
  nullable,
  values,
});
/** A range end: null is unbounded (or, on verdicts, no envelope at all: see reading_count). */
const float64 = (name: string, values: unknown[]): Column => ({
  name,
  type: new Float64(),
  nullable: true,
  values,
});
const bool = (name: string, values: unknown[]): Column => ({
  name,
  type: new Bool(),
  nullable: false,
  values,
});

/**
 * The groups in (event_id, metric) order, compared by code unit as DuckDB compares VARCHAR, so
 * the tables load sorted and a lookup by event skips whole row groups on their min/max.
 */
function sortedGroups(groups: readonly GroupVerdict[]): GroupVerdict[] {
  return [...groups].sort((a, b) => byCodeUnit(a.event_id, b.event_id) || byCodeUnit(a.metric, b.metric));
}

/**
 * `verdicts.arrows`: one row per event and metric group with the validator's verdict, the number of
 * independent origins, the widest finite gap ratio (null when there is no conflict or one gap is
 * unbounded) and its band, how many claims, conflicting pairs, readings and spanning claims the
 * group holds, and its envelope. A null envelope end is unbounded when `reading_count` > 0; a group
 * without readings has no envelope and both ends null.
 */
export function verdictsTableOf(groups: readonly GroupVerdict[]): Table {
  const sorted = sortedGroups(groups);
  const per = (name: string, type: DataType, of: (g: GroupVerdict) => unknown, nullable = false): Column => ({
    name,
    type,
    nullable,
    values: sorted.map(of),
  });
  return tableOf(
    [
      per("event_id", new Utf8(), (g) => g.event_id),
      per("metric", new Utf8(), (g) => g.metric),
      per("verdict", new Utf8(), (g) => g.verdict),
      per("origins", new Int32(), (g) => g.origins),
      per("max_gap_ratio", new Float64(), (g) => g.max_gap_ratio, true),
      per("claim_count", new Int32(), (g) => g.claim_ids.length),
      per("band", new Utf8(), (g) => g.band, true),
      per("pairs", new Int32(), (g) => g.pairs),
      per("reading_count", new Int32(), (g) => g.readings.length),
      per("spanning_count", new Int32(), (g) => g.spanning.length),
      per("envelope_low", new Float64(), (g) => g.envelope?.low ?? null, true),
      per("envelope_high", new Float64(), (g) => g.envelope?.high ?? null, true),
    ],
    sorted.length,
  );
}

/**
 * `readings.arrows`: one row per reading, numbered from 0 within its group in the validator's order
 * (by common range, lowest first), with its common range (null ends unbounded, open ends flagged),
 * how many claims and independent origins support it, and whether it is the most corroborated
 * (true on every reading of a tie).
 */
export function readingsTableOf(groups: readonly GroupVerdict[]): Table {
  const cols = {
    event_id: [] as string[],
    metric: [] as string[],
    reading: [] as number[],
    low: [] as (number | null)[],
    high: [] as (number | null)[],
    low_open: [] as boolean[],
    high_open: [] as boolean[],
    claim_count: [] as number[],
    origins: [] as number[],
    most_corroborated: [] as boolean[],
  };
  for (const g of sortedGroups(groups)) {
    const most = new Set(g.most_corroborated);
    g.readings.forEach((r, i) => {
      cols.event_id.push(g.event_id);
      cols.metric.push(g.metric);
      cols.reading.push(i);
      cols.low.push(r.low);
      cols.high.push(r.high);
      cols.low_open.push(r.low_open);
      cols.high_open.push(r.high_open);
      cols.claim_count.push(r.claim_ids.length);
      cols.origins.push(r.origins);
      cols.most_corroborated.push(most.has(i));
    });
  }
  return tableOf(
    [
      utf8("event_id", cols.event_id),
      utf8("metric", cols.metric),
      int32("reading", cols.reading),
      float64("low", cols.low),
      float64("high", cols.high),
      bool("low_open", cols.low_open),
      bool("high_open", cols.high_open),
      int32("claim_count", cols.claim_count),
      int32("origins", cols.origins),
      bool("most_corroborated", cols.most_corroborated),
    ],
    cols.event_id.length,
  );
}

/**
 * `reading_claims.arrows`: which claims support which reading, a row per claim and reading (a claim
 * in two readings has two rows), then one row per spanning claim with a null reading, since it is
 * consistent with every reading and supports none of them.
 */
export function readingClaimsTableOf(groups: readonly GroupVerdict[]): Table {
  const cols = {
    event_id: [] as string[],
    metric: [] as string[],
    claim_id: [] as string[],
    reading: [] as (number | null)[],
    spanning: [] as boolean[],
  };
  const push = (g: GroupVerdict, claim: string, reading: number | null) => {
    cols.event_id.push(g.event_id);
    cols.metric.push(g.metric);
    cols.claim_id.push(claim);
    cols.reading.push(reading);
    cols.spanning.push(reading === null);
  };
  for (const g of sortedGroups(groups)) {
    g.readings.forEach((r, i) => {
      for (const id of r.claim_ids) push(g, id, i);
    });
    for (const id of g.spanning) push(g, id, null);
  }
  return tableOf(
    [
      utf8("event_id", cols.event_id),
      utf8("metric", cols.metric),
      utf8("claim_id", cols.claim_id),
      int32("reading", cols.reading, true),
      bool("spanning", cols.spanning),
    ],
    cols.event_id.length,
  );
}

/** The file name `writeVerdictTables` writes for each table, keyed as the release summary lists them. */
export interface VerdictFiles {
  verdicts: string;
  readings: string;
  reading_claims: string;
}

/**
 * Writes the verdict of every group, its readings and which claims support each reading as Arrow
 * IPC streams beside the claim tables, so the dashboard loads them into DuckDB-WASM and draws any
 * group exactly as the validator reconciled it, without fetching findings.json.
 */
export async function writeVerdictTables(
  groups: readonly GroupVerdict[],
  outDir: string,
): Promise<{ arrow: VerdictFiles; parquet: VerdictFiles }> {
  await mkdir(outDir, { recursive: true });
  const tables = {
    verdicts: verdictsTableOf(groups),
    readings: readingsTableOf(groups),
    reading_claims: readingClaimsTableOf(groups),
  };
  await writeFile(join(outDir, VERDICTS_FILE), tableToIPC(tables.verdicts, "stream"));
  await writeFile(join(outDir, READINGS_FILE), tableToIPC(tables.readings, "stream"));
  await writeFile(join(outDir, READING_CLAIMS_FILE), tableToIPC(tables.reading_claims, "stream"));
  // The same tables for SQL and Python readers, who have Parquet readers more often than Arrow
  // stream readers; the dashboard loads the streams.
  const parquet = await writeParquetOfArrow(tables, outDir);
  return {
    arrow: { verdicts: VERDICTS_FILE, readings: READINGS_FILE, reading_claims: READING_CLAIMS_FILE },
    parquet,
  };
}
