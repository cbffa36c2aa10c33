import {
  ABSENT_COLUMNS_KEY,
  type AbsentColumns,
  ALL_TABLE_NAMES,
  type AnyTableName,
  TABLE_NAMES,
  type Tables,
} from "@tally/dataset";
import { type Table, tableFromIPC } from "apache-arrow";
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
 * The columns an Arrow table says its release lacks (null in every row there): the release build
 * lists them in the schema's metadata. A file built before it did lists none.
 */
export function absentColumnsOf(table: Table): string[] {
  const listed = table.schema.metadata.get(ABSENT_COLUMNS_KEY);
  if (listed === undefined) return [];
  const names: unknown = JSON.parse(listed);
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}

/** A release's rows, and the columns it lacks, as `diffReleases` takes them. */
export interface ReleaseTables {
  /**
   * Typed as the loader's rows, which they are except in the columns `absent` names: null there
   * in every row (the loader reads false or an empty list), so read those only through the diff.
   */
  tables: Pick<Tables, (typeof TABLE_NAMES)[number]> & Partial<Tables>;
  absent: AbsentColumns;
}

/**
 * A release's tables read straight from its Arrow files (no engine needed), as the row objects
 * `diffReleases` compares: the four, and each optional table (assessments, the vocabularies) whose
 * file the index lists for it (`listed`; a build before them has none, and is compared on the
 * four). The artifacts were written from validated rows, so their column types already are the
 * schema's. `absent` names the columns the release predates (release 1.0.0 has no
 * `title_inferred`): not values to compare.
 */
export async function readReleaseTables(
  base: string,
  version: string,
  listed: Readonly<Record<string, string>> = {},
): Promise<ReleaseTables> {
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
      const table = tableFromIPC(bytes);
      return [name, table.toArray().map((r) => plainRow(r.toJSON())), absentColumnsOf(table)] as const;
    }),
  );
  return {
    tables: Object.fromEntries(
      entries.map(([name, rows]) => [name, rows]),
    ) as unknown as ReleaseTables["tables"],
    absent: Object.fromEntries(
      entries.filter(([, , absent]) => absent.length > 0).map(([name, , absent]) => [name, absent]),
    ),
  };
}
