import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
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

export const VERDICTS_FILE = "verdicts.arrow";
export const CONFLICT_PAIRS_FILE = "conflict_pairs.arrow";

type Column = { name: string; type: DataType; nullable: boolean; values: unknown[] };

/** An Arrow table with exactly these column types and nullability (never inferred from the values). */
function tableOf(columns: readonly Column[], length: number): Table {
  const fields = columns.map((c) => new Field(c.name, c.type, c.nullable));
  const children = columns.map((c) => {
    for (let i = 0; i < length; i++)
      if (c.values[i] === null && !c.nullable) throw new TypeError(`${c.name} row ${i + 1} is null`);
    return vectorFromArray(c.values, c.type).data[0]!;
  });
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, struct)]);
}

/**
 * The groups in (event_id, metric) order, compared by code unit as DuckDB compares VARCHAR, so
 * the tables load sorted and a lookup by event skips whole row groups on their min/max.
 */
function sortedGroups(groups: readonly GroupVerdict[]): GroupVerdict[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups].sort((a, b) => cmp(a.event_id, b.event_id) || cmp(a.metric, b.metric));
}

/**
 * `verdicts.arrow`: one row per event and metric group with the validator's verdict, the number of
 * independent origins, the widest finite gap ratio (null when there is no conflict or one gap is
 * unbounded) and how many claims the group holds.
 */
export function verdictsTableOf(groups: readonly GroupVerdict[]): Table {
  const sorted = sortedGroups(groups);
  return tableOf(
    [
      { name: "event_id", type: new Utf8(), nullable: false, values: sorted.map((g) => g.event_id) },
      { name: "metric", type: new Utf8(), nullable: false, values: sorted.map((g) => g.metric) },
      { name: "verdict", type: new Utf8(), nullable: false, values: sorted.map((g) => g.verdict) },
      { name: "origins", type: new Int32(), nullable: false, values: sorted.map((g) => g.origins) },
      {
        name: "max_gap_ratio",
        type: new Float64(),
        nullable: true,
        values: sorted.map((g) => g.max_gap_ratio),
      },
      {
        name: "claim_count",
        type: new Int32(),
        nullable: false,
        values: sorted.map((g) => g.claim_ids.length),
      },
    ],
    sorted.length,
  );
}

/**
 * `conflict_pairs.arrow`: one row per conflicting pair, as the validator named it (claim_a, claim_b
 * in its order), with its gap ratio (null when unbounded) and band.
 */
export function conflictPairsTableOf(groups: readonly GroupVerdict[]): Table {
  const cols = {
    event_id: [] as string[],
    metric: [] as string[],
    claim_a: [] as string[],
    claim_b: [] as string[],
    gap_ratio: [] as (number | null)[],
    band: [] as string[],
  };
  for (const g of sortedGroups(groups))
    for (const c of g.conflicts) {
      cols.event_id.push(g.event_id);
      cols.metric.push(g.metric);
      cols.claim_a.push(c.claim_ids[0]);
      cols.claim_b.push(c.claim_ids[1]);
      cols.gap_ratio.push(c.gap_ratio);
      cols.band.push(c.band);
    }
  return tableOf(
    [
      { name: "event_id", type: new Utf8(), nullable: false, values: cols.event_id },
      { name: "metric", type: new Utf8(), nullable: false, values: cols.metric },
      { name: "claim_a", type: new Utf8(), nullable: false, values: cols.claim_a },
      { name: "claim_b", type: new Utf8(), nullable: false, values: cols.claim_b },
      { name: "gap_ratio", type: new Float64(), nullable: true, values: cols.gap_ratio },
      { name: "band", type: new Utf8(), nullable: false, values: cols.band },
    ],
    cols.event_id.length,
  );
}

/**
 * Writes the verdict of every group as Arrow IPC streams beside the claim tables, so the dashboard
 * loads them into DuckDB-WASM and colours any group with exactly what the validator decided,
 * without fetching findings.json. Returns the file name written for each table.
 */
export async function writeVerdictTables(
  groups: readonly GroupVerdict[],
  outDir: string,
): Promise<{ verdicts: string; conflict_pairs: string }> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, VERDICTS_FILE), tableToIPC(verdictsTableOf(groups), "stream"));
  await writeFile(join(outDir, CONFLICT_PAIRS_FILE), tableToIPC(conflictPairsTableOf(groups), "stream"));
  return { verdicts: VERDICTS_FILE, conflict_pairs: CONFLICT_PAIRS_FILE };
}
