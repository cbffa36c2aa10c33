import { TABLE_NAMES, type Tables } from "@tally/dataset";
import { tableFromIPC } from "apache-arrow";
import { fetchArtifact } from "./dataSource.js";

/**
 * A row with each list cell (an Arrow vector, such as a claim's `reported_via`) as a plain array of
 * its items, as the loader gives it: `diffReleases` compares lists by their items.
 */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row))
    if (value !== null && typeof value === "object" && Symbol.iterator in value)
      row[key] = Array.from(value as Iterable<unknown>);
  return row;
}

/**
 * A release's four tables read straight from its Arrow files (no engine needed), as the row
 * objects `diffReleases` compares. The artifacts were written from validated rows, so their
 * column types already are the schema's.
 */
export async function readReleaseTables(base: string, version: string): Promise<Tables> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const bytes = await fetchArtifact(base, version, `${name}.arrow`, `Release ${version}'s ${name} table`);
      return [
        name,
        tableFromIPC(bytes)
          .toArray()
          .map((r) => plainRow(r.toJSON())),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Tables;
}
