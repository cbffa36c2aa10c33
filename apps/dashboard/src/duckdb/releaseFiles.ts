/**
 * The release tables the dashboard loads into DuckDB-WASM, and from which files. The tables every
 * view queries must be there; an optional one (the editorial assessments, which release 1.0.0
 * predates, and the vocabulary tables, which releases built before them lack) is loaded only when
 * the release summary's `files` lists it.
 */
export const REQUIRED_TABLES = [
  "sources",
  "events",
  "metrics",
  "claims",
  "verdicts",
  "readings",
  "reading_claims",
] as const;
export const OPTIONAL_TABLES = [
  "assessments",
  "categories",
  "attributed_kinds",
  "source_kinds",
  "units",
] as const;
export type ReleaseTable = (typeof REQUIRED_TABLES)[number] | (typeof OPTIONAL_TABLES)[number];

/**
 * Each table to load with its file, in load order. A required table the summary does not list is
 * looked for under its usual name, so a stale build fails with "not found" naming the file.
 */
export function releaseFiles(
  files: Readonly<Record<string, string>>,
): { table: ReleaseTable; file: string }[] {
  const arrow = (name: string) => {
    const file = files[name];
    return file?.endsWith(".arrows") ? file : undefined;
  };
  return [
    ...REQUIRED_TABLES.map((table) => ({ table, file: arrow(table) ?? `${table}.arrows` })),
    ...OPTIONAL_TABLES.flatMap((table) => {
      const file = arrow(table);
      return file ? [{ table, file }] : [];
    }),
  ];
}

/** Whether the release has a table the dashboard may query (an optional one only when listed). */
export function hasTable(files: Readonly<Record<string, string>>, table: ReleaseTable): boolean {
  return releaseFiles(files).some((f) => f.table === table);
}
