import { ALL_TABLE_NAMES, type AnyTableName, TABLE_NAMES, type Tables } from "@tally/dataset";
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
 * A release's tables read straight from its Arrow files (no engine needed), as the row objects
 * `diffReleases` compares: the four, and each optional table (assessments, the vocabularies) whose
 * file the index lists for it (`listed`; a build before them has none, and is compared on the
 * four). The artifacts were written from validated rows, so their column types already are the
 * schema's.
 */
export async function readReleaseTables(
  base: string,
  version: string,
  listed: Readonly<Record<string, string>> = {},
): Promise<Pick<Tables, (typeof TABLE_NAMES)[number]> & Partial<Tables>> {
  const names: AnyTableName[] = ALL_TABLE_NAMES.filter(
    (name) => (TABLE_NAMES as readonly string[]).includes(name) || `${name}.arrows` in listed,
  );
  const entries = await Promise.all(
    names.map(async (name) => {
      const bytes = await fetchArtifact(
        base,
        version,
        `${name}.arrows`,
        `Release ${version}'s ${name} table`,
      );
      return [
        name,
        tableFromIPC(bytes)
          .toArray()
          .map((r) => plainRow(r.toJSON())),
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Pick<Tables, (typeof TABLE_NAMES)[number]> &
    Partial<Tables>;
}
