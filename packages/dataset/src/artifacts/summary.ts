import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedDataset } from "../load/loadedDataset.js";
import { type ReleaseSummary, releaseSummarySchema, type TableCounts } from "../schema/artifacts.js";
import { claimViews } from "./claimViews.js";

/** What the artifact writers read of a loaded dataset. */
export type ReleaseSource = Pick<LoadedDataset, "ref" | "descriptor" | "tables" | "absentColumns">;

/** The event and metric group the dashboard opens on, or null when there is none to show. */
export type Focus = ReleaseSummary["focus"];
/** What the release build adds to the summary once the validator has run. */
export type SummaryOptions = Pick<ReleaseSummary, "focus" | "files"> & {
  validation?: ReleaseSummary["validation"];
  quotes_verified?: boolean | null;
};

export const SUMMARY_FILE = "summary.json";

export function tableCountsOf({ tables }: Pick<LoadedDataset, "tables">): TableCounts {
  return {
    sources: tables.sources.length,
    events: tables.events.length,
    metrics: tables.metrics.length,
    claims: tables.claims.length,
  };
}

/** The release's `created` date from its descriptor; a frozen release always has one. */
export function createdOf({ ref, descriptor }: Pick<LoadedDataset, "ref" | "descriptor">): string {
  const created = descriptor?.created;
  if (created === undefined)
    throw new Error(
      `${join(ref.path, "datapackage.json")}: no "created" date, which the release artifacts need`,
    );
  return created;
}

/**
 * The summary that paints the dashboard's first view before DuckDB-WASM starts. Only the focus
 * group's claims are joined and embedded, so it stays small on a release of a million claims.
 */
export function releaseSummaryOf(
  loaded: ReleaseSource,
  { focus, files, validation = null, quotes_verified = null }: SummaryOptions,
): ReleaseSummary {
  const focus_claims =
    focus === null
      ? []
      : claimViews(
          loaded.tables,
          (c) => c.event_id === focus.event_id && c.metric === focus.metric,
          loaded.absentColumns,
        );
  return releaseSummarySchema.parse({
    name: loaded.ref.name,
    title: loaded.descriptor?.title,
    version: loaded.ref.version,
    created: createdOf(loaded),
    counts: tableCountsOf(loaded),
    files,
    focus,
    focus_claims,
    validation,
    quotes_verified,
    licenses: (loaded.descriptor?.licenses ?? []).map(({ name, path, title }) => ({ name, path, title })),
  });
}

/** Writes `summary.json` into `outDir` and returns what it wrote. */
export async function writeSummary(
  loaded: ReleaseSource,
  outDir: string,
  options: SummaryOptions,
): Promise<ReleaseSummary> {
  const summary = releaseSummaryOf(loaded, options);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
