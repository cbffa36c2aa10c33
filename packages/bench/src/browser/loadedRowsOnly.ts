import { createReadStream, createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { TABLE_NAMES, TABLES } from "@tally/dataset";
import { loadDataset } from "@tally/dataset/node";
import { parse } from "csv-parse";

/**
 * Rewrites the working copy in `dataDir` without the rows that fail their row schema, byte for
 * byte otherwise. A release is only cut from data that loads (the release build's Parquet step
 * casts every cell), while the generator plants broken rows for the validator benchmark. Returns
 * how many rows were dropped per file.
 */
export async function keepLoadedRows(dataDir: string): Promise<Record<string, number>> {
  const loaded = await loadDataset(dataDir, { kind: "working" });
  const dropped: Record<string, number> = {};
  for (const table of TABLE_NAMES) {
    const file = join(dataDir, TABLES[table].file);
    const loadedAt = loaded.locations[table];
    const kept = new Set(loadedAt.row.subarray(0, loadedAt.length));
    let row = 0;
    let removed = 0;
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    const parser = createReadStream(file).pipe(parse({ raw: true, relax_column_count: true }));
    for await (const record of parser as AsyncIterable<{ raw: string }>) {
      // Row 0 is the header; data rows are 1-based as the loader numbers them.
      if (row === 0 || kept.has(row)) {
        if (!out.write(record.raw)) await new Promise<void>((r) => out.once("drain", () => r()));
      } else removed++;
      row++;
    }
    out.end();
    await finished(out);
    await rename(partial, file);
    if (removed > 0) dropped[TABLES[table].file] = removed;
  }
  return dropped;
}
