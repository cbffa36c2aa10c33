import {
  BUILT_IN_VOCABULARIES,
  EVENT_SHORT_TITLE_SQL,
  METRIC_LABEL_SQL,
  REPORTED_VIA_SEPARATOR,
  VOCABULARY_KEYS,
  vocabularyWordsSql,
} from "@tally/dataset";
import { releaseFiles } from "./releaseFiles.js";

/**
 * A release whose summary does not list a vocabulary table (built before the release build wrote
 * them) gets the built-in one, as `claimViews()` does for a dataset without the file, so both
 * paths label the same ids alike.
 */
const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const sqlValue = (v: unknown) =>
  v === null ? "NULL" : typeof v === "boolean" || typeof v === "number" ? String(v) : sqlString(String(v));
/** Columns beyond key and label that queries read: a unit's whole and max make shares imply counts. */
const EXTRA_COLUMNS: Partial<Record<keyof typeof VOCABULARY_KEYS, readonly string[]>> = {
  units: ["whole", "max"],
};
const BUILT_IN_TABLES = Object.entries(VOCABULARY_KEYS)
  .map(([table, key]) => {
    const rows = BUILT_IN_VOCABULARIES[table as keyof typeof VOCABULARY_KEYS] as readonly Record<
      string,
      unknown
    >[];
    const columns = [key, "label", ...(EXTRA_COLUMNS[table as keyof typeof VOCABULARY_KEYS] ?? [])];
    const values = rows.map((r) => `(${columns.map((c) => sqlValue(r[c])).join(", ")})`).join(", ");
    return `CREATE TABLE IF NOT EXISTS ${table} AS SELECT * FROM (VALUES ${values}) v(${columns.map((c) => `"${c}"`).join(", ")});`;
  })
  .join("\n");

const label = (table: keyof typeof VOCABULARY_KEYS, alias: string, id: string) =>
  `COALESCE(NULLIF(${alias}.label, ''), ${vocabularyWordsSql(table, id)})`;

/**
 * Every table and view a release's session has once `CLAIM_VIEW_SQL` has run, in load order: the
 * tables `releaseFiles` loads, the vocabulary tables written from the built-in words when the
 * release has none, and `claim_view`. The SQL console names them from here.
 */
export function sessionTables(files: Readonly<Record<string, string>>): string[] {
  const loaded = releaseFiles(files).map((f) => f.table as string);
  return [...new Set([...loaded, ...Object.keys(VOCABULARY_KEYS), "claim_view"])];
}

/**
 * Claims joined with their source, event and metric in the ClaimView shape — the same inner join
 * as `claimViews()` in @tally/dataset, so summary.json and DuckDB give the same rows.
 */
export const CLAIM_VIEW_SQL = `
-- Artifacts built before labels and short titles existed lack these columns: add them empty.
ALTER TABLE metrics ADD COLUMN IF NOT EXISTS label VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS short_title VARCHAR;
-- Likewise claims' reported_via (an outlet list) and sources' title_inferred, added for 1.1.0;
-- a release cut before them (1.0.0) has them NULL, recorded neither way, as claimViews() says.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS reported_via VARCHAR[];
ALTER TABLE sources ADD COLUMN IF NOT EXISTS title_inferred BOOLEAN;
${BUILT_IN_TABLES}
-- A units table written before whole and max: its shares imply no counts (impliedCounts.ts).
ALTER TABLE units ADD COLUMN IF NOT EXISTS whole BOOLEAN;
ALTER TABLE units ADD COLUMN IF NOT EXISTS "max" DOUBLE;
CREATE OR REPLACE VIEW claim_view AS
SELECT
  c.claim_id, c.event_id, e.title AS event_title,
  ${EVENT_SHORT_TITLE_SQL} AS event_short_title, e.date AS event_date,
  e.date_precision AS event_date_precision, e.date_inferred AS event_date_inferred,
  e.date_end AS event_date_end, e.category,
  ${label("categories", "vc", "e.category")} AS category_label, c.metric,
  ${METRIC_LABEL_SQL} AS metric_label, m.unit, ${label("units", "vu", "m.unit")} AS unit_label,
  m.kind AS metric_kind, c.qualifier, c.value_low, c.value_high, c.figure_text, c.attributed_to,
  c.attributed_kind, ${label("attributed_kinds", "va", "c.attributed_kind")} AS attributed_kind_label,
  c.first_reported_by,
  NULLIF(array_to_string(c.reported_via, '${REPORTED_VIA_SEPARATOR}'), '') AS reported_via,
  c.repeats_claim_id, c.base_claim_id, c.as_of, c.as_of_inferred,
  c.quote, c.vague, c.notes, c.source_id, s.outlet, s.via, s.title AS source_title,
  s.title_inferred AS source_title_inferred, s.author,
  s.published, s.published_precision, s.published_inferred, s.url, s.kind AS source_kind,
  ${label("source_kinds", "vs", "s.kind")} AS source_kind_label
FROM claims c
JOIN sources s USING (source_id)
JOIN events e USING (event_id)
JOIN metrics m ON m.metric = c.metric
LEFT JOIN categories vc ON vc.category = e.category
LEFT JOIN units vu ON vu.unit = m.unit
LEFT JOIN attributed_kinds va ON va.attributed_kind = c.attributed_kind
LEFT JOIN source_kinds vs ON vs.source_kind = s.kind`;
